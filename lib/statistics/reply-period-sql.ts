import { Prisma } from "../generated/prisma/client";

/**
 * R18's rule (docs/rules.md, R5's last paragraph), in SQL over a communication aliased `c`: a letter
 * counts for reply figures (reply rate, replied in time, days to reply) once its reply period has
 * ended at `now`. A letter published early because it was answered (R5, on receipt) would otherwise
 * be counted only when answered, and flatter the rate. The State profile and "Facts and figures" both
 * use it, so the two count the same letters.
 */
export function replyPeriodEndedSql(now: Date): Prisma.Sql {
  return Prisma.sql`(c."replyDueAt" <= ${now})`;
}
