import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Db } from "../db/types";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../core/errors";
import { loadPage } from "../core/pagination";
import { publicAttachmentScope, publicEventScope, publicVisitRequestScope } from "./scope";
import { PUBLIC_NOTE_KINDS } from "./event-visibility";
import { cycleOf, presentationDelayDays } from "./calendar";
import type { PublicFilters } from "./schemas";
import { VISIT_STATUSES } from "./state-machine";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

const STATE = { iso3: true, ...NAME_FIELDS } as const;
const MANDATE = { slug: true, ...TITLE_FIELDS } as const;

/** Filters of the public visits database: State, mandate, status, and year (of the request or of the visit). */
export function publicVisitWhere(f: PublicFilters): Prisma.VisitRequestWhereInput {
  const and: Prisma.VisitRequestWhereInput[] = [publicVisitRequestScope];
  if (f.state) and.push({ state: { is: { iso3: f.state } } });
  if (f.mandate) and.push({ mandate: { is: { slug: f.mandate } } });
  if (f.status) and.push({ status: f.status });
  if (f.year) {
    const c = cycleOf(f.year);
    const yearStart = new Date(Date.UTC(f.year, 0, 1));
    const yearEnd = new Date(Date.UTC(f.year + 1, 0, 1));
    and.push({ OR: [{ requestedAt: { gte: c.start, lt: c.end } }, { visit: { is: { startDate: { gte: yearStart, lt: yearEnd } } } }] });
  }
  return { AND: and };
}

/**
 * The public visits database (R9): every request that was sent, and every State's invitation (that the
 * State invited is public; its message, periods and note verbale are not), with its status and — once scheduled —
 * the visit's dates and the delay to the Council (R11). Nothing private is selected here: no purpose,
 * no decline reason, no dates a State proposed, no statement before publication.
 */
export async function findPublicVisits({ filters, page = 1, db = prisma }: { filters: PublicFilters; page?: number; db?: Db }) {
  const where = publicVisitWhere(filters);
  const { total, pages, rows } = await loadPage({
    page,
    count: () => db.visitRequest.count({ where }),
    rows: (w) =>
      db.visitRequest.findMany({
        where,
        orderBy: [{ requestedAt: "desc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          initiator: true,
          status: true,
          requestedAt: true,
          mandate: { select: MANDATE },
          state: { select: STATE },
          visit: {
            select: { startDate: true, endDate: true, reports: { where: { publishedAt: { not: null } }, select: { presentedAt: true } } },
          },
        },
      }),
  });
  return {
    total,
    pages,
    rows: rows.map(({ visit, ...r }) => ({ ...r, visit: publicVisitDates(r.status, visit) })),
  };
}

/** The visit's dates are public once it is scheduled (R9); a postponed or withdrawn visit shows none. */
function publicVisitDates<V extends { startDate: Date; endDate: Date; reports: { presentedAt: Date | null }[] }>(
  status: string,
  v: V | null,
) {
  if (!v || !VISIT_STATUSES.includes(status as never)) return null;
  const presentedAt = v.reports.find((x) => x.presentedAt)?.presentedAt ?? null;
  return { startDate: v.startDate, endDate: v.endDate, delayDays: presentationDelayDays(v.endDate, presentedAt) };
}

/** Filter choices: States and mandates that have public requests. */
export async function publicVisitFacets(db: Db = prisma) {
  const [states, mandates] = await Promise.all([
    db.state.findMany({ where: { visitRequests: { some: publicVisitRequestScope } }, orderBy: { nameEn: "asc" }, select: STATE }),
    db.mandate.findMany({ where: { visitRequests: { some: publicVisitRequestScope } }, orderBy: { titleEn: "asc" }, select: MANDATE }),
  ]);
  return { states, mandates };
}

/** One request on the public record: public timeline entries and documents, published statement and report. */
export async function getPublicVisit({ visitRequestId, now, db = prisma }: { visitRequestId: string; now: Date; db?: Db }) {
  if (!z.uuid().safeParse(visitRequestId).success) throw new AppError("NOT_FOUND", "No such visit");
  const r = await db.visitRequest.findFirst({
    where: { AND: [{ id: visitRequestId }, publicVisitRequestScope] },
    select: {
      id: true,
      initiator: true,
      status: true,
      requestedAt: true,
      mandate: { select: MANDATE },
      state: { select: STATE },
      events: {
        where: publicEventScope,
        orderBy: [{ at: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          kind: true,
          at: true,
          note: true,
          attachments: { where: publicAttachmentScope, select: { id: true, fileName: true, contentType: true, size: true } },
        },
      },
      visit: {
        select: {
          startDate: true,
          endDate: true,
          statementPublishedAt: true,
          endOfMissionStatement: true,
          statementWordCount: true,
          reports: {
            where: { publishedAt: { not: null, lte: now } },
            select: {
              id: true,
              symbol: true,
              title: true,
              submittedAt: true,
              councilSession: true,
              presentedAt: true,
              recommendations: {
                orderBy: { createdAt: "asc" },
                select: {
                  id: true,
                  text: true,
                  status: true,
                  statusEvidence: true,
                  statusUpdatedAt: true,
                  themes: {
                    select: {
                      theme: { select: { slug: true, ...NAME_FIELDS } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!r) throw new AppError("NOT_FOUND", "No such visit");
  const v = r.visit;
  const published = v?.statementPublishedAt && v.statementPublishedAt <= now;
  return {
    ...r,
    events: r.events.map((e) => ({ ...e, note: PUBLIC_NOTE_KINDS.has(e.kind) ? e.note : null })),
    visit: publicVisitDates(r.status, v ? { ...v, reports: v.reports } : null),
    statement: published ? { text: v!.endOfMissionStatement, words: v!.statementWordCount, publishedAt: v!.statementPublishedAt! } : null,
    reports: v && VISIT_STATUSES.includes(r.status) ? v.reports : [],
  };
}
export type PublicVisit = Awaited<ReturnType<typeof getPublicVisit>>;
