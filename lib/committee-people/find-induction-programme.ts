import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/policy";
import { INDUCTION_SESSION_SELECT } from "./induction-session-select";
import { loadPage } from "../core/pagination";

/** A material: a link (`url`) or a file (downloaded at /api/committee/induction-materials/<id>). */
export type InductionMaterialRow = { id: string; title: string; url: string | null; file: boolean };

/**
 * The induction programme, sessions newest first. Its outline is public (CC3); each session's
 * materials come only to an actor who may read them (holders, the secretariat) — for anyone else they
 * are not even read, and `materials` is null.
 */
export async function findInductionProgramme({ actor, page = 1 }: { actor: Actor | null; page?: number }) {
  const list = await loadPage({
    page,
    count: () => prisma.inductionSession.count(),
    rows: (w) =>
      prisma.inductionSession.findMany({
        orderBy: [{ startsOn: "desc" }, { id: "asc" }],
        ...w,
        select: INDUCTION_SESSION_SELECT,
      }),
  });
  if (!can(actor, "induction:view-materials"))
    return { ...list, rows: list.rows.map((s) => ({ ...s, materials: null as InductionMaterialRow[] | null })) };
  const materials = await prisma.inductionMaterial.findMany({
    where: { sessionId: { in: list.rows.map((s) => s.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, sessionId: true, title: true, url: true, attachment: { select: { id: true } } },
  });
  return {
    ...list,
    rows: list.rows.map((s) => ({
      ...s,
      materials: materials
        .filter((m) => m.sessionId === s.id)
        .map(({ id, title, url, attachment }): InductionMaterialRow => ({ id, title, url, file: attachment !== null })) as
        InductionMaterialRow[] | null,
    })),
  };
}
export type InductionProgramme = Awaited<ReturnType<typeof findInductionProgramme>>;
export type InductionSessionRow = InductionProgramme["rows"][number];

/** The sessions to choose from when adding a material (secretariat). */
export async function findInductionSessionChoices() {
  return prisma.inductionSession.findMany({
    orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    take: 200,
    select: { id: true, title: true, startsOn: true },
  });
}

/** One session for the secretariat to edit, with its materials; null when there is none. */
export async function getInductionSession({ actor, id }: { actor: Actor; id: string }) {
  assertCan(actor, "committee:manage");
  const session = await prisma.inductionSession.findUnique({
    where: { id },
    select: {
      ...INDUCTION_SESSION_SELECT,
      materials: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, title: true, url: true, attachment: { select: { id: true } } },
      },
    },
  });
  if (!session) return null;
  return {
    ...session,
    materials: session.materials.map(({ id, title, url, attachment }): InductionMaterialRow => ({
      id,
      title,
      url,
      file: attachment !== null,
    })),
  };
}
export type InductionSessionDetail = NonNullable<Awaited<ReturnType<typeof getInductionSession>>>;
