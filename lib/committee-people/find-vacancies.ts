import "server-only";
import { prisma } from "../db/client";
import { pageCount, pageWindow } from "../core/pagination";
import { TITLE_FIELDS } from "../i18n/localized";
import { computeVacancies } from "./vacancy-rules";

/**
 * Current and upcoming vacancies (CC1), computed at `now` from the tenures of active mandates, with
 * what the secretariat recorded: the appointing session (else the expected one), the shortlist and
 * the person appointed. One page of them, soonest first.
 */
export async function findVacancies({ now, page = 1 }: { now: Date; page?: number }) {
  const tenures = await prisma.mandateTenure.findMany({
    where: { mandate: { active: true } },
    select: { id: true, mandateId: true, mandateHolderId: true, startDate: true, endDate: true },
  });
  const all = computeVacancies(tenures, now);
  const { skip, take } = pageWindow(page);
  const slice = all.slice(skip, skip + take);
  const ids = slice.map((v) => v.tenureId);
  const details = await prisma.mandateTenure.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      role: true,
      mandate: { select: { slug: true, ...TITLE_FIELDS } },
      mandateHolder: { select: { name: true } },
      vacancyRecord: { select: { appointmentSession: true, shortlist: true, appointedName: true } },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  return {
    total: all.length,
    upcoming: all.filter((v) => v.status === "UPCOMING").length,
    current: all.filter((v) => v.status === "CURRENT").length,
    pages: pageCount(all.length),
    rows: slice.flatMap((v) => {
      const d = byId.get(v.tenureId);
      if (!d) return [];
      return [
        {
          tenureId: v.tenureId,
          status: v.status,
          termEnds: v.termEnds,
          mandate: d.mandate,
          role: d.role,
          outgoingHolder: d.mandateHolder.name,
          session: d.vacancyRecord?.appointmentSession ?? v.expectedSession.number,
          sessionRecorded: d.vacancyRecord?.appointmentSession != null,
          shortlist: d.vacancyRecord?.shortlist ?? null,
          appointedName: d.vacancyRecord?.appointedName ?? null,
        },
      ];
    }),
  };
}
export type VacancyList = Awaited<ReturnType<typeof findVacancies>>;
export type VacancyRow = VacancyList["rows"][number];
