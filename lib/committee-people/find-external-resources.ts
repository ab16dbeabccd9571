import "server-only";
import { prisma } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { loadPage } from "../core/pagination";
import { TITLE_FIELDS } from "../i18n/localized";
import { grandTotal, resourceTotals } from "./resource-totals";

const rowSelect = {
  id: true,
  year: true,
  source: true,
  amountUsd: true,
  inKind: true,
  purpose: true,
  declaredByRole: true,
  mandateId: true,
  mandate: { select: { slug: true, ...TITLE_FIELDS } },
} as const;

/**
 * The public register of external resources (CC2), filtered by year and/or mandate, one page of
 * declarations newest year first, with the totals of the whole selection: overall and per mandate and year.
 */
export async function findExternalResources({
  year,
  mandateSlug,
  page = 1,
}: {
  year?: number | undefined;
  mandateSlug?: string | undefined;
  page?: number;
}) {
  const where: Prisma.ExternalResourceWhereInput = {
    ...(year !== undefined ? { year } : {}),
    ...(mandateSlug !== undefined ? { mandate: { slug: mandateSlug } } : {}),
  };
  const [list, facts, years] = await Promise.all([
    loadPage({
      page,
      count: () => prisma.externalResource.count({ where }),
      rows: (w) =>
        prisma.externalResource.findMany({
          where,
          orderBy: [{ year: "desc" }, { createdAt: "desc" }, { id: "asc" }],
          ...w,
          select: rowSelect,
        }),
    }),
    prisma.externalResource.findMany({ where, select: { mandateId: true, year: true, amountUsd: true } }),
    prisma.externalResource.findMany({ distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  const totals = resourceTotals(facts);
  const mandates = await prisma.mandate.findMany({
    where: { id: { in: [...new Set(totals.map((t) => t.mandateId))] } },
    select: { id: true, slug: true, ...TITLE_FIELDS },
  });
  const mandateById = new Map(mandates.map((m) => [m.id, m]));
  return {
    rows: list.rows,
    pages: list.pages,
    count: list.total,
    sum: grandTotal(facts),
    totals: totals.flatMap((t) => {
      const mandate = mandateById.get(t.mandateId);
      return mandate ? [{ ...t, mandate }] : [];
    }),
    years: years.map((y) => y.year),
  };
}
export type ExternalResourceList = Awaited<ReturnType<typeof findExternalResources>>;
export type ExternalResourceRow = ExternalResourceList["rows"][number];

/** The declarations of the mandates an actor serves (its workspace), newest first. */
export async function findOwnExternalResources({ mandateIds }: { mandateIds: readonly string[] }) {
  return prisma.externalResource.findMany({
    where: { mandateId: { in: [...mandateIds] } },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    take: 200,
    select: rowSelect,
  });
}

/** A mandate's declared resources per year (its public page). */
export async function findMandateResourceTotals({ mandateId }: { mandateId: string }) {
  const facts = await prisma.externalResource.findMany({ where: { mandateId }, select: { mandateId: true, year: true, amountUsd: true } });
  return resourceTotals(facts);
}

/** One declaration for the secretariat to correct; null when there is none. */
export async function getExternalResource({ id }: { id: string }) {
  return prisma.externalResource.findUnique({ where: { id }, select: rowSelect });
}
