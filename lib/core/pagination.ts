import { z } from "zod";

export const PAGE_MAX = 100_000;

/** A page number from the query string; anything odd means page 1. */
export const pageSchema = z.coerce.number().int().min(1).max(PAGE_MAX).catch(1);

/** Rows on a page of the portal's lists: one size everywhere, so every list feels the same. */
export const PAGE_SIZE = 25;

/**
 * Rows on a page of the logs (audit log, outbox, follow-up): they are read top to bottom, looking for
 * one moment, so a page holds more.
 */
export const LOG_PAGE_SIZE = 50;

/** The rows of page `page` (from 1) as Prisma's skip and take. */
export function pageWindow(page: number, size: number = PAGE_SIZE): { skip: number; take: number } {
  return { skip: (page - 1) * size, take: size };
}

/** How many pages `total` rows fill: at least 1, so an empty list still has its (empty) first page. */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * One page of a list and the count of the whole list, queried together (they do not wait on each
 * other). `rows` gets the page's window to pass to findMany.
 */
export async function loadPage<T>({
  page,
  size = PAGE_SIZE,
  count,
  rows,
}: {
  page: number;
  size?: number;
  count: () => Promise<number>;
  rows: (window: { skip: number; take: number }) => Promise<T[]>;
}): Promise<{ total: number; pages: number; rows: T[] }> {
  const [total, found] = await Promise.all([count(), rows(pageWindow(page, size))]);
  return { total, pages: pageCount(total, size), rows: found };
}
