import { z } from "zod";
import { genevaYear } from "../core/geneva";

/** ?year= and ?mandate= of the annual report page and CSV: an odd year means the previous full year. */
export function reportParams(sp: Record<string, string | undefined>, now: Date): { year: number; mandate?: string } {
  const current = genevaYear(now);
  const year = z.coerce
    .number()
    .int()
    .min(1990)
    .max(current)
    .catch(current - 1)
    .parse(sp.year ?? current - 1);
  const mandate = z
    .string()
    .regex(/^[a-z0-9-]{1,120}$/)
    .optional()
    .catch(undefined)
    .parse(sp.mandate || undefined);
  return { year, mandate };
}
