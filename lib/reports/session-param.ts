import { z } from "zod";
import { bodyOfSlug, bodySlug, type ReportBodyCode } from "./constants";

/** The portal's session filter, "hrc-61": a session of a body, or undefined for any other value. */
export const sessionParamSchema = z
  .string()
  .optional()
  .transform((v) => {
    const m = /^([a-z]{2,3})-(\d{1,3})$/.exec(v ?? "");
    const body = m ? bodyOfSlug(m[1]!) : null;
    return m && body ? { body, number: Number(m[2]) } : undefined;
  })
  .catch(undefined);

export function sessionParam(s: { body: ReportBodyCode; number: number }): string {
  return `${bodySlug(s.body)}-${s.number}`;
}
