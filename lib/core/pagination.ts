import { z } from "zod";

export const PAGE_MAX = 100_000;

/** A page number from the query string; anything odd means page 1. */
export const pageSchema = z.coerce.number().int().min(1).max(PAGE_MAX).catch(1);
