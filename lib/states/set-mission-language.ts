import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCanAny, managesMissionLanguage } from "../auth/policy";
import { AppError } from "../core/errors";
import { writeAudit } from "../platform/write-audit";
import type { MissionLanguageInput } from "./schemas";

/**
 * The language the portal writes a mission's mail in (issue 15, item 3): letters, reminders, follow-up
 * letters, press releases shared in advance, visit letters and notices, each one mail to the mission
 * with its focal point in copy. Set by the mission's administrator (where it names its focal point) or
 * by the secretariat for any mission.
 */
export async function setMissionLanguage({ actor, input }: { actor: Actor; input: MissionLanguageInput }) {
  assertCanAny(actor, ["state:manage-focal-point", "mission:appoint-admin"]);
  // A mission administrator names no State: it is its own.
  const stateId = input.stateId ?? actor.stateId;
  if (!stateId) throw new AppError("INVALID_INPUT", "No State");
  // Another State's mission is not found rather than forbidden.
  if (!managesMissionLanguage(actor, stateId)) throw new AppError("NOT_FOUND", "No such State");
  return prisma.$transaction(async (tx) => {
    const before = await tx.state.findUnique({ where: { id: stateId }, select: { locale: true } });
    if (!before) throw new AppError("NOT_FOUND", "No such State");
    const after = await tx.state.update({ where: { id: stateId }, data: { locale: input.locale }, select: { id: true, locale: true } });
    await writeAudit(tx, {
      actor,
      action: "state.set-mission-language",
      entityType: "State",
      entityId: stateId,
      before,
      after: { locale: after.locale },
    });
    return after;
  });
}
