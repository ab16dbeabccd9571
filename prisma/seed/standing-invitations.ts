// Standing invitations: ~125 States (Norway and Brazil among them), extended between 1999 and
// 2024; two of them withdrawn since.
import type { SampleContext } from "./context";
import { Rng } from "./random";
import { DAY, YEAR } from "./time";

export const STANDING_INVITATIONS = 125;

/** Returns the ids of States whose standing invitation is in force. */
export async function seedStandingInvitations(ctx: SampleContext): Promise<Set<string>> {
  const { db, ref, now, seed, log } = ctx;
  const rng = new Rng(seed, "standing-invitations");
  const forced = ["NOR", "BRA"].map((iso3) => ref.stateByIso3.get(iso3)!);
  const others = rng.sample(
    ref.states.filter((s) => s.member && !forced.includes(s)),
    STANDING_INVITATIONS - forced.length,
  );
  const chosen = [...forced, ...others].sort((a, b) => a.iso3.localeCompare(b.iso3));
  const withdrawn = new Set(rng.sample(others, 2).map((s) => s.id));
  const from = Date.UTC(1999, 0, 1);
  const to = Date.UTC(2024, 11, 31);
  const rows = chosen.map((s) => {
    const extendedOn = new Date(from + Math.floor(rng.between(0, (to - from) / DAY)) * DAY);
    const withdrawnOn = withdrawn.has(s.id)
      ? new Date(Math.min(extendedOn.getTime() + rng.between(2, 8) * YEAR, now.getTime() - 30 * DAY))
      : null;
    return {
      id: rng.uuid(),
      stateId: s.id,
      extendedOn,
      withdrawnOn: withdrawnOn
        ? new Date(Date.UTC(withdrawnOn.getUTCFullYear(), withdrawnOn.getUTCMonth(), withdrawnOn.getUTCDate()))
        : null,
      note: withdrawnOn
        ? "[Sample] Standing invitation withdrawn by note verbale."
        : "[Sample] Standing invitation to all thematic special procedures, extended by note verbale.",
    };
  });
  await db.standingInvitation.createMany({ data: rows });
  log(`Standing invitations: ${rows.length} (${withdrawn.size} withdrawn)`);
  return new Set(rows.filter((r) => !r.withdrawnOn).map((r) => r.stateId));
}
