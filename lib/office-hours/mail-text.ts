// Confirmation mails of office-hour bookings (R17): the time in Geneva and in the reader's own zone.
import { GENEVA_TIME_ZONE } from "../core/geneva";

function when(startsAt: Date, endsAt: Date, timeZone: string): string {
  const fmt = (tz: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: tz });
  const endFmt = (tz: string) => new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: tz });
  const geneva = `${fmt(GENEVA_TIME_ZONE).format(startsAt)}–${endFmt(GENEVA_TIME_ZONE).format(endsAt)} (Geneva time)`;
  if (timeZone === GENEVA_TIME_ZONE) return geneva;
  return `${geneva}; ${fmt(timeZone).format(startsAt)}–${endFmt(timeZone).format(endsAt)} (${timeZone})`;
}

export type SlotMail = {
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  holderName: string;
  stateName: string;
  topic: string | null;
  url: string;
};

export function bookingMailText(kind: "booked" | "cancelled", slot: SlotMail, reader: { timeZone: string; audience: "holder" | "state" }) {
  const verb = kind === "booked" ? "booked" : "cancelled";
  const subject =
    kind === "booked"
      ? `Office hour booked: ${slot.stateName} with ${slot.holderName}`
      : `Office hour cancelled: ${slot.stateName} with ${slot.holderName}`;
  const lines = [
    reader.audience === "holder"
      ? `${slot.stateName} has ${verb} your office hour.`
      : `Your State has ${verb} an office hour with ${slot.holderName}.`,
    "",
    `When: ${when(slot.startsAt, slot.endsAt, reader.timeZone)}`,
    slot.location ? `Where: ${slot.location}` : null,
    kind === "booked" && reader.audience === "holder" && slot.topic ? `Topic: ${slot.topic}` : null,
    kind === "cancelled" ? "The slot is open again for other States." : null,
    "",
    `SP Portal: ${slot.url}`,
  ].filter((l): l is string => l !== null);
  return { subject, text: lines.join("\n") };
}
