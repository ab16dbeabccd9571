import "server-only";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import { Prisma } from "../generated/prisma/client";
import { getSettings } from "../platform/get-settings";
import { concernByState, concernWindowStart, type ConcernPair, type StateConcern } from "./concern";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";

/**
 * Which letters count: "public" — published communications only (R5), for the public State page;
 * "all" — every communication sent, for the secretariat.
 */
export type ConcernScope = "public" | "all";

/**
 * R21: the (State, mandate) pairs of the rolling window — a mandate that led or signed a communication
 * sent to the State, or published a press release (a statement) about it, through the letter or the
 * visit it is about. One query; grouping and the flag are in concern.ts.
 */
async function concernPairs({ scope, from, now, stateId, db }: { scope: ConcernScope; from: Date; now: Date; stateId?: string; db: Db }) {
  const published = scope === "public" ? Prisma.sql`AND c."publicFrom" <= ${now}` : Prisma.empty;
  const oneState = stateId ? Prisma.sql`AND x.state_id = ${stateId}::uuid` : Prisma.empty;
  return db.$queryRaw<ConcernPair[]>`
    SELECT DISTINCT x.state_id::text AS "stateId", x.mandate_id::text AS "mandateId" FROM (
      SELECT c."addresseeStateId" AS state_id, cm."mandateId" AS mandate_id
      FROM "Communication" c
      JOIN "CommunicationMandate" cm ON cm."communicationId" = c."id" AND cm."status" IN ('LEAD', 'SIGNED')
      WHERE c."status" = 'SENT' AND c."addresseeStateId" IS NOT NULL
        AND c."sentAt" > ${from} AND c."sentAt" <= ${now} ${published}
      UNION ALL
      SELECT COALESCE(c."addresseeStateId", vr."stateId") AS state_id, pr."mandateId" AS mandate_id
      FROM "PressRelease" pr
      LEFT JOIN "Communication" c ON c."id" = pr."communicationId"
      LEFT JOIN "Visit" v ON v."id" = pr."visitId"
      LEFT JOIN "VisitRequest" vr ON vr."id" = v."visitRequestId"
      WHERE pr."status" = 'PUBLISHED' AND pr."mandateId" IS NOT NULL
        AND pr."publishedAt" > ${from} AND pr."publishedAt" <= ${now}
    ) x
    WHERE x.state_id IS NOT NULL ${oneState}`;
}

async function concernSettings(db: Db) {
  const settings = await getSettings(db);
  return { threshold: settings["concern.mandateThreshold"], windowMonths: settings["concern.windowMonths"] };
}

/**
 * One State's concern across mandates, with the mandates named: the public scope on its public page;
 * every letter (`all`) only for an actor who may manage cooperation (the secretariat).
 */
export async function getStateConcern({
  stateId,
  now,
  scope = "public",
  actor = null,
  db = prisma,
}: {
  stateId: string;
  now: Date;
  scope?: ConcernScope;
  actor?: Actor | null;
  db?: Db;
}) {
  if (scope === "all") assertCan(actor, "cooperation:manage");
  const { threshold, windowMonths } = await concernSettings(db);
  const from = concernWindowStart(now, windowMonths);
  const [concern] = concernByState(await concernPairs({ scope, from, now, stateId, db }), threshold);
  const mandateIds = concern?.mandateIds ?? [];
  const mandates = mandateIds.length
    ? await db.mandate.findMany({ where: { id: { in: mandateIds } }, orderBy: { titleEn: "asc" }, select: { slug: true, ...TITLE_FIELDS } })
    : [];
  return { count: concern?.count ?? 0, flagged: concern?.flagged ?? false, threshold, windowMonths, from, mandates };
}
export type StateConcernView = Awaited<ReturnType<typeof getStateConcern>>;

/**
 * The secretariat's view: every State at or over the threshold, counting every communication sent
 * (`all`), beside the count the public sees. Only for an actor who may manage cooperation.
 */
export async function findStatesOfConcern({ actor, now, db = prisma }: { actor: Actor | null; now: Date; db?: Db }) {
  assertCan(actor, "cooperation:manage");
  const { threshold, windowMonths } = await concernSettings(db);
  const from = concernWindowStart(now, windowMonths);
  const [all, pub] = await Promise.all([concernPairs({ scope: "all", from, now, db }), concernPairs({ scope: "public", from, now, db })]);
  const flagged: StateConcern[] = concernByState(all, threshold).filter((s) => s.flagged);
  const publicCount = new Map(concernByState(pub, threshold).map((s) => [s.stateId, s.count]));
  const ids = flagged.map((s) => s.stateId);
  const [states, mandates] = await Promise.all([
    ids.length ? db.state.findMany({ where: { id: { in: ids } }, select: { id: true, iso3: true, ...NAME_FIELDS } }) : [],
    ids.length
      ? db.mandate.findMany({
          where: { id: { in: [...new Set(flagged.flatMap((s) => s.mandateIds))] } },
          select: { id: true, slug: true, ...TITLE_FIELDS },
        })
      : [],
  ]);
  const stateById = new Map(states.map((s) => [s.id, s]));
  const mandateById = new Map(mandates.map((m) => [m.id, m]));
  const rows = flagged.map((s) => ({
    state: stateById.get(s.stateId)!,
    count: s.count,
    publicCount: publicCount.get(s.stateId) ?? 0,
    mandates: s.mandateIds.map((id) => mandateById.get(id)!).sort((a, b) => a.titleEn.localeCompare(b.titleEn)),
  }));
  return { threshold, windowMonths, from, rows };
}
export type StatesOfConcern = Awaited<ReturnType<typeof findStatesOfConcern>>;
