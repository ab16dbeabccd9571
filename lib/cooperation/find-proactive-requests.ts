import "server-only";
import { prisma } from "../db/client";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { loadPage } from "../core/pagination";
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

/** R21: the secretariat's list of proactive requests, newest first, one page. Confidential to it. */
export async function findProactiveRequests({ actor, page }: { actor: Actor; page: number }) {
  assertCan(actor, "cooperation:manage");
  return loadPage({
    page,
    count: () => prisma.proactiveInformationRequest.count(),
    rows: (w) =>
      prisma.proactiveInformationRequest.findMany({
        orderBy: [{ requestedOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
        ...w,
        select: {
          id: true,
          requestedOn: true,
          subject: true,
          outcome: true,
          outcomeOn: true,
          state: { select: { iso3: true, ...NAME_FIELDS } },
          mandates: { select: { mandate: { select: { slug: true, ...TITLE_FIELDS } } } },
        },
      }),
  });
}
export type ProactiveRequestRow = Awaited<ReturnType<typeof findProactiveRequests>>["rows"][number];

/** The choices of the form: every State and every active mandate. */
export async function getProactiveRequestChoices({ actor }: { actor: Actor }) {
  assertCan(actor, "cooperation:manage");
  const [states, mandates] = await Promise.all([
    prisma.state.findMany({ orderBy: { nameEn: "asc" }, select: { id: true, ...NAME_FIELDS } }),
    prisma.mandate.findMany({ where: { active: true }, orderBy: { titleEn: "asc" }, select: { id: true, ...TITLE_FIELDS } }),
  ]);
  return { states, mandates };
}
