import { z } from "zod";

/** A page number from the query string; anything odd means page 1. */
export const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1);
