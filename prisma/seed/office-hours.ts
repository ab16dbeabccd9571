// "SP office hours" (R17): ~30 future 30-minute slots of a few holders in Geneva, a few booked.
import type { HolderRef, SampleContext } from "./context";
import { Rng } from "./random";
import { addDays, DAY, MINUTE, zurichTime } from "./time";

export const OFFICE_HOUR_SLOTS = 30;
const TIMES: [number, number][] = [
  [10, 0],
  [10, 30],
  [11, 0],
  [14, 0],
  [14, 30],
  [15, 0],
  [15, 30],
];
const LOCATIONS = ["Palais des Nations, Room XXIII", "Palais Wilson, Room 1-025", "Online (video link sent on booking)"];

export async function seedOfficeHours(ctx: SampleContext): Promise<number> {
  const { db, ref, now, seed, log } = ctx;
  const rng = new Rng(seed, "office-hours");
  const demo = ref.currentHolders.get(ref.holderMandateSlug)![0]!;
  const cosigner = ref.currentHolders.get(ref.cosignerMandateSlug)![0]!;
  const others = rng.sample(
    [...ref.currentHolders.values()].map((h) => h[0]!).filter((h) => h.id !== demo.id && h.id !== cosigner.id),
    2,
  );
  const holders = [demo, cosigner, ...others];
  const days: Date[] = [];
  for (let d = addDays(now, 2); days.length < 30; d = addDays(d, 1)) if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) days.push(d);
  const seen = new Set<string>();
  const slots = [];
  for (let k = 0; slots.length < OFFICE_HOUR_SLOTS && k < 1000; k++) {
    const holder: HolderRef = holders[slots.length % holders.length]!;
    const [h, m] = rng.pick(TIMES);
    const startsAt = zurichTime(rng.pick(days), h, m);
    const key = `${holder.id}:${startsAt.toISOString()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    slots.push({
      id: rng.uuid(),
      mandateHolderId: holder.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * MINUTE),
      location: rng.pick(LOCATIONS),
      bookedByStateId: null as string | null,
      bookedByUserId: null as string | null,
      bookedAt: null as Date | null,
    });
  }
  slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  const bookings: [string, string | null][] = [
    [ref.stateByIso3.get("NOR")!.id, ref.users.state],
    [ref.stateByIso3.get("NOR")!.id, ref.users.state],
    [ref.stateByIso3.get("BRA")!.id, ref.users.state2],
    ...rng
      .sample(
        ref.states.filter((s) => s.member && s.iso3 !== "NOR" && s.iso3 !== "BRA"),
        3,
      )
      .map((s) => [s.id, null] as [string, null]),
  ];
  const booked = rng.sample(
    slots.filter((s) => s.mandateHolderId !== demo.id || rng.chance(0.5)),
    bookings.length,
  );
  booked.forEach((slot, i) => {
    slot.bookedByStateId = bookings[i]![0];
    slot.bookedByUserId = bookings[i]![1];
    slot.bookedAt = new Date(now.getTime() - rng.int(1, 10) * DAY);
  });
  await db.officeHourSlot.createMany({ data: slots });
  log(`Office hours: ${slots.length} slots (${booked.length} booked)`);
  return slots.length;
}
