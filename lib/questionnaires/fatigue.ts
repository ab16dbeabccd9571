import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../core/errors";
import { can } from "../auth/policy";
import { fatigueSince, ISSUED_STATUSES } from "./rules";
import { NAME_FIELDS } from "../i18n/localized";

// R12 "questionnaire fatigue": how many calls each State faces now, and how many it received in the
// last 12 months. A call counts for a State when it was addressed to it (QuestionnaireTarget) and issued.

function windows(now: Date) {
  const issued: Prisma.QuestionnaireWhereInput = { status: { in: [...ISSUED_STATUSES] }, audience: { not: "CIVIL_SOCIETY" } };
  return {
    open: { questionnaire: { is: { ...issued, status: "OPEN" as const, opensAt: { lte: now }, deadline: { gt: now } } } },
    received: { questionnaire: { is: { ...issued, opensAt: { gt: fatigueSince(now), lte: now } } } },
  } satisfies Record<string, Prisma.QuestionnaireTargetWhereInput>;
}

/** One State's figures: shown on its own workspace and to the secretariat. */
export async function getStateFatigue({ actor, stateId, now }: { actor: Actor; stateId: string; now: Date }) {
  const own = actor.role === "STATE" && actor.stateId === stateId && can(actor, "workspace:state");
  if (!own && !can(actor, "questionnaire:create")) throw new AppError("FORBIDDEN", "Not allowed");
  const w = windows(now);
  const [open, received] = await Promise.all([
    prisma.questionnaireTarget.count({ where: { stateId, ...w.open } }),
    prisma.questionnaireTarget.count({ where: { stateId, ...w.received } }),
  ]);
  return { open, received };
}

/** Every State's figures for the secretariat creating a new call, most burdened first. */
export async function getFatigueTable({ actor, now }: { actor: Actor; now: Date }) {
  if (!can(actor, "questionnaire:create") && !can(actor, "questionnaire:propose")) throw new AppError("FORBIDDEN", "Not allowed");
  const w = windows(now);
  const [states, open, received] = await Promise.all([
    prisma.state.findMany({
      orderBy: { nameEn: "asc" },
      select: { id: true, iso3: true, ...NAME_FIELDS },
    }),
    prisma.questionnaireTarget.groupBy({ by: ["stateId"], where: w.open, _count: { _all: true } }),
    prisma.questionnaireTarget.groupBy({ by: ["stateId"], where: w.received, _count: { _all: true } }),
  ]);
  const openBy = new Map(open.map((r) => [r.stateId, r._count._all]));
  const receivedBy = new Map(received.map((r) => [r.stateId, r._count._all]));
  return states
    .map((s) => ({ ...s, open: openBy.get(s.id) ?? 0, received: receivedBy.get(s.id) ?? 0 }))
    .sort((a, b) => b.open - a.open || b.received - a.received || a.nameEn.localeCompare(b.nameEn));
}
export type FatigueRow = Awaited<ReturnType<typeof getFatigueTable>>[number];
