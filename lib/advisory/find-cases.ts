import "server-only";
import { z } from "zod";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { AdvisoryCategory, AdvisoryStatus } from "../generated/prisma/enums";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/policy";
import { mayHandleAdvisory } from "../auth/advisory-policy";
import { AppError } from "../core/errors";
import { loadPage } from "../core/pagination";
import { advisoryScopeFor } from "./scope";
import { ADVISORY_CATEGORIES } from "./schemas";
import { NAME_FIELDS } from "../i18n/localized";

/** The cases the actor may see (parties and handlers only, R15), newest first. */
export async function findAdvisoryCases({
  actor,
  page = 1,
  category,
  status,
}: {
  actor: Actor;
  page?: number;
  category?: AdvisoryCategory;
  status?: AdvisoryStatus;
}) {
  assertCan(actor, "advisory:submit");
  const where: Prisma.AdvisoryCaseWhereInput = { AND: [advisoryScopeFor(actor), category ? { category } : {}, status ? { status } : {}] };
  return loadPage({
    page,
    count: () => prisma.advisoryCase.count({ where }),
    rows: (w) =>
      prisma.advisoryCase.findMany({
        where,
        orderBy: [{ openedAt: "desc" }, { id: "asc" }],
        ...w,
        select: { id: true, category: true, title: true, status: true, openedAt: true, closedAt: true, sample: true },
      }),
  });
}

export async function getAdvisoryCase({ actor, caseId }: { actor: Actor; caseId: string }) {
  assertCan(actor, "advisory:submit");
  if (!z.uuid().safeParse(caseId).success) throw new AppError("NOT_FOUND", "No such case");
  const c = await prisma.advisoryCase.findFirst({
    where: { AND: [{ id: caseId }, advisoryScopeFor(actor)] },
    select: {
      id: true,
      category: true,
      title: true,
      description: true,
      status: true,
      recommendation: true,
      outcome: true,
      openedAt: true,
      closedAt: true,
      sample: true,
      submittedById: true,
      mandateHolder: { select: { name: true } },
      state: { select: { ...NAME_FIELDS } },
    },
  });
  if (!c) throw new AppError("NOT_FOUND", "No such case");
  const submitter = c.submittedById
    ? await prisma.user.findUnique({ where: { id: c.submittedById }, select: { name: true, role: true } })
    : null;
  return { ...c, submitter, canHandle: mayHandleAdvisory(actor) };
}
export type AdvisoryCaseDetail = Awaited<ReturnType<typeof getAdvisoryCase>>;

/** R15: yearly counts per category for the annual report (cases opened and closed in the year). */
export async function advisoryYearlyCounts({ actor }: { actor: Actor }) {
  if (!mayHandleAdvisory(actor)) throw new AppError("FORBIDDEN", "Not allowed: advisory:handle");
  const rows = await prisma.$queryRaw<{ year: number; category: AdvisoryCategory; opened: number; closed: number }[]>`
    SELECT y.year, y.category, y.opened, COALESCE(c.closed, 0)::int AS closed FROM (
      SELECT EXTRACT(YEAR FROM "openedAt")::int AS year, category, COUNT(*)::int AS opened FROM "AdvisoryCase" GROUP BY 1, 2
    ) y LEFT JOIN (
      SELECT EXTRACT(YEAR FROM "closedAt")::int AS year, category, COUNT(*)::int AS closed FROM "AdvisoryCase" WHERE "closedAt" IS NOT NULL GROUP BY 1, 2
    ) c ON c.year = y.year AND c.category = y.category
    ORDER BY y.year DESC`;
  const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    categories: ADVISORY_CATEGORIES.map((category) => {
      const r = rows.find((x) => x.year === year && x.category === category);
      return { category, opened: r?.opened ?? 0, closed: r?.closed ?? 0 };
    }),
  }));
}
