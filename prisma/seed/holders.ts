// Fictional mandate holders: one current holder per mandate (five for a Working Group, one of them
// chair), a few past holders with ended tenures, six members of the Coordination Committee.
// Rows have ids derived from the mandate slug, so re-running inserts nothing new.
import type { Db, HolderRef, Log, MandateRef, StateRef } from "./context";
import { NameGenerator } from "./names";
import { Rng, stableUuid } from "./random";
import { addDays, dateOnly, DAY, YEAR } from "./time";
import { COSIGNER_MANDATE_SLUG, HOLDER_MANDATE_SLUG } from "./mandates";
import { genevaYear } from "../../lib/core/geneva";

const PAST_HOLDER_MANDATES = 8;
const COORDINATION_COMMITTEE_SIZE = 6;

type HolderRow = { id: string; name: string; nationality: string };
type TenureRow = {
  id: string;
  mandateId: string;
  mandateHolderId: string;
  role: "HOLDER" | "MEMBER" | "CHAIR";
  startDate: Date;
  endDate: Date | null;
};

export async function seedHolders(
  db: Db,
  mandates: MandateRef[],
  states: StateRef[],
  now: Date,
  seed: number,
  log: Log,
): Promise<Map<string, HolderRef[]>> {
  const rng = new Rng(seed, "holders");
  const names = new NameGenerator(rng.fork("names"));
  const members = states.filter((s) => s.member);
  const holders: HolderRow[] = [];
  const tenures: TenureRow[] = [];
  const currentIds: string[] = [];
  let pastCount = 0;
  const earliest = (m: MandateRef) => Date.UTC(m.established, 3, 1);

  for (const m of mandates) {
    const seats = m.body === "WORKING_GROUP" ? 5 : 1;
    const nationalityPool = members.filter((s) => s.id !== m.countryId);
    let firstStart = now;
    for (let k = 0; k < seats; k++) {
      let start = dateOnly(new Date(now.getTime() - rng.between(0.3, 5.8) * YEAR));
      if (start.getTime() < earliest(m)) start = dateOnly(new Date(earliest(m) + rng.int(30, 300) * DAY));
      if (start.getTime() > now.getTime() - 30 * DAY) start = dateOnly(addDays(now, -rng.int(30, 90)));
      if (start < firstStart) firstStart = start;
      const id = stableUuid(`holder:${m.slug}:current:${k}`);
      holders.push({ id, name: names.next(), nationality: rng.pick(nationalityPool).nameEn });
      const role = seats === 1 ? "HOLDER" : k === 0 ? "CHAIR" : "MEMBER";
      tenures.push({
        id: stableUuid(`tenure:${m.slug}:current:${k}`),
        mandateId: m.id,
        mandateHolderId: id,
        role,
        startDate: start,
        endDate: null,
      });
      if (seats === 1 || k === 0) currentIds.push(id);
    }
    // A predecessor who served the six years before, where the mandate is old enough.
    const pastEnd = addDays(firstStart, -1);
    const pastStart = dateOnly(new Date(pastEnd.getTime() - 6 * YEAR + DAY));
    const eligible = pastStart.getTime() >= earliest(m);
    if (eligible && pastCount < PAST_HOLDER_MANDATES && rng.chance(0.3)) {
      pastCount++;
      const id = stableUuid(`holder:${m.slug}:past:0`);
      holders.push({ id, name: names.next(), nationality: rng.pick(nationalityPool).nameEn });
      const role = seats === 1 ? "HOLDER" : "MEMBER";
      tenures.push({
        id: stableUuid(`tenure:${m.slug}:past:0`),
        mandateId: m.id,
        mandateHolderId: id,
        role,
        startDate: pastStart,
        endDate: pastEnd,
      });
    }
  }
  // The Coordination Committee (R15): the demo co-signer sits on it, the demo holder does not (it sees
  // only the advisory cases it is a party to); the other seats are drawn among the current holders.
  const cosignerId = stableUuid(`holder:${COSIGNER_MANDATE_SLUG}:current:0`);
  const holderId = stableUuid(`holder:${HOLDER_MANDATE_SLUG}:current:0`);
  const others = currentIds.filter((id) => id !== cosignerId && id !== holderId);
  const committee = [...(currentIds.includes(cosignerId) ? [cosignerId] : []), ...rng.sample(others, COORDINATION_COMMITTEE_SIZE)].slice(
    0,
    COORDINATION_COMMITTEE_SIZE,
  );

  const createdHolders = await db.mandateHolder.createMany({ data: holders, skipDuplicates: true });
  const createdTenures = await db.mandateTenure.createMany({ data: tenures, skipDuplicates: true });
  // They sit on this year's Committee (its seats are per year: lib/auth/committee-seat.ts); the first
  // two besides the co-signer chair it and are its Rapporteur. Earlier years: ./committee.ts.
  const year = genevaYear(now);
  const seated = [...committee].sort();
  const officers = seated.filter((id) => id !== cosignerId);
  await db.committeeMembership.createMany({
    data: seated.map((id) => ({
      id: stableUuid(`committee:${year}:${id}`),
      year,
      mandateHolderId: id,
      role: id === officers[0] ? "CHAIR" : id === officers[1] ? "RAPPORTEUR" : "MEMBER",
    })),
    skipDuplicates: true,
  });
  if (createdHolders.count || createdTenures.count)
    log(`Mandate holders: ${createdHolders.count} created, ${createdTenures.count} tenures`);
  return currentHolders(db, mandates, now);
}

const ROLE_ORDER = { CHAIR: 0, HOLDER: 1, VICE_CHAIR: 2, MEMBER: 3 } as const;

/** Holders serving each mandate at `now`, chair or single holder first. */
export async function currentHolders(db: Db, mandates: MandateRef[], now: Date): Promise<Map<string, HolderRef[]>> {
  const slugById = new Map(mandates.map((m) => [m.id, m.slug]));
  const rows = await db.mandateTenure.findMany({
    where: {
      mandateId: { in: mandates.map((m) => m.id) },
      startDate: { lte: now },
      OR: [{ endDate: null }, { endDate: { gte: dateOnly(now) } }],
    },
    include: { mandateHolder: { select: { id: true, name: true } } },
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
  });
  rows.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const out = new Map<string, HolderRef[]>();
  for (const t of rows) {
    const slug = slugById.get(t.mandateId)!;
    const list = out.get(slug) ?? [];
    list.push({ id: t.mandateHolder.id, name: t.mandateHolder.name, mandateSlug: slug });
    out.set(slug, list);
  }
  return out;
}
