// The plan of the sample communications: light skeletons (who, when, which mandates and themes)
// for all of them, sorted by sending date and numbered, before any text is composed. Kept small
// so that 200,000 of them fit comfortably in memory.
import type { CommunicationStatus, CommunicationType, SignatureStatus } from "../../lib/generated/prisma/enums";
import { LEAD_WEIGHT, OTHER_ACTOR_MANDATES, REPLY_LANGUAGE, THEME_AFFINITY } from "./catalog";
import type { MandateRef, Reference, StateRef, ThemeRef } from "./context";
import type { ActorRef } from "./other-actors";
import type { Lang } from "./phrases";
import { Rng, WeightedTable } from "./random";
import { addDays, businessMoment, DAY, HOUR, YEAR } from "./time";

export type CommPlan = {
  id: string;
  type: CommunicationType;
  status: CommunicationStatus;
  state: StateRef | null;
  actor: ActorRef | null;
  createdAt: Date;
  sentAt: Date | null;
  mandates: { mandate: MandateRef; status: SignatureStatus }[];
  themes: ThemeRef[];
  concernsReprisals: boolean;
  lang: Lang;
  textSeed: number;
  reference: { code: string; year: number; number: number } | null;
  draftedBy: "holder" | "cosigner" | null;
};

/** How many of `total` sample communications are unsent drafts / in review / approved. */
export function unsentCount(total: number): number {
  return Math.min(20, Math.floor(total / 10));
}

export function planCommunications(
  ref: Reference,
  actors: ActorRef[],
  total: number,
  now: Date,
  seed: number,
  existingMax: Map<string, number>,
): CommPlan[] {
  const rng = new Rng(seed, "communications");
  const thematic = ref.mandates.filter((m) => m.kind === "THEMATIC");
  const leadTable = new WeightedTable(
    thematic,
    thematic.map((m) => LEAD_WEIGHT[m.slug] ?? 1),
  );
  const countryMandates = new Map<string, MandateRef[]>();
  for (const m of ref.mandates) if (m.countryId) countryMandates.set(m.countryId, [...(countryMandates.get(m.countryId) ?? []), m]);

  // A few States receive many communications, most receive some (a Zipf-like spread).
  const ranked = rng.shuffle(ref.states);
  const weights = ranked.map((_, i) => 1 / Math.pow(i + 1, 0.9) + 0.01);
  const bra = ranked.findIndex((s) => s.iso3 === "BRA");
  const nor = ranked.findIndex((s) => s.iso3 === "NOR");
  if (bra >= 0) weights[bra] = weights[0]! * 0.6;
  if (nor >= 0) weights[nor] = Math.max(weights[nor]!, 0.03);
  const stateTable = new WeightedTable(ranked, weights);
  const actorTable = new WeightedTable(
    actors,
    actors.map((a) => (a.kind === "BUSINESS" ? 2 : 1)),
  );
  const forced = [ref.stateByIso3.get("BRA")!, ref.stateByIso3.get("BRA")!, ref.stateByIso3.get("NOR")!, ref.stateByIso3.get("NOR")!];

  const pickCoSigners = (lead: MandateRef, count: number): MandateRef[] => {
    const out: MandateRef[] = [];
    for (let tries = 0; out.length < count && tries < 20; tries++) {
      const m = leadTable.pick(rng);
      if (m.slug !== lead.slug && !out.includes(m)) out.push(m);
    }
    return out;
  };
  const pickThemes = (mandates: MandateRef[], reprisals: boolean): ThemeRef[] => {
    const count = rng.int(1, 3);
    const affinity = [...new Set(mandates.flatMap((m) => THEME_AFFINITY[m.slug] ?? ["sdg-16"]))];
    const chosen = rng
      .shuffle(affinity)
      .slice(0, count)
      .map((slug) => ref.themeBySlug.get(slug))
      .filter((t): t is ThemeRef => !!t);
    while (chosen.length < count) {
      const t = rng.pick(ref.themes);
      if (!chosen.includes(t)) chosen.push(t);
    }
    const reprisalTheme = ref.themeBySlug.get("reprisals");
    if (reprisals && reprisalTheme && !chosen.includes(reprisalTheme)) chosen.splice(Math.min(chosen.length, 2), 1, reprisalTheme);
    return chosen;
  };
  const pickLang = (state: StateRef | null): Lang => {
    const home = state ? REPLY_LANGUAGE[state.iso3] : undefined;
    const r = rng.float();
    if (r < (home === "fr" ? 0.25 : 0.03)) return "fr";
    if (r > 1 - (home === "es" ? 0.25 : 0.03)) return "es";
    return "en";
  };

  const sentTotal = total - unsentCount(total);
  const sent: CommPlan[] = [];
  for (let i = 0; i < sentTotal; i++) {
    const force = sentTotal >= 20 && i < forced.length ? forced[i]! : null;
    const toState = force !== null || rng.chance(0.85);
    const state = force ?? (toState ? stateTable.pick(rng) : null);
    const actor = state ? null : actorTable.pick(rng);
    // Other letters (on legislation and policy) go to States: AL ~55%, UA ~30%, OL ~15% overall.
    const r = rng.float();
    const type: CommunicationType = state ? (r < 0.52 ? "AL" : r < 0.82 ? "UA" : "OL") : r < 0.7 ? "AL" : "UA";
    const recent = force !== null && i % 2 === 0;
    const day = new Date(now.getTime() - (recent ? rng.between(3 * DAY, 40 * DAY) : rng.between(3 * DAY, 6 * YEAR)));
    let sentAt = type === "UA" ? day : businessMoment(day, rng);
    if (sentAt.getTime() > now.getTime() - HOUR) sentAt = addDays(sentAt, -7);

    let lead: MandateRef;
    const ownCountry = state ? countryMandates.get(state.id) : undefined;
    if (force !== null && i % 2 === 0) lead = ref.mandateBySlug.get(ref.holderMandateSlug)!;
    else if (ownCountry && rng.chance(0.5)) lead = rng.pick(ownCountry);
    else if (actor) lead = ref.mandateBySlug.get(rng.pick(OTHER_ACTOR_MANDATES[actor.kind])) ?? leadTable.pick(rng);
    else lead = leadTable.pick(rng);
    const coSigners = rng.chance(0.4) ? pickCoSigners(lead, rng.chance(0.7) ? 1 : 2) : [];
    const concernsReprisals = state !== null && rng.chance(0.094); // ~8% of all
    sent.push({
      id: rng.uuid(),
      type,
      status: "SENT",
      state,
      actor,
      createdAt: new Date(sentAt.getTime() - rng.int(2, 20) * DAY),
      sentAt,
      mandates: [{ mandate: lead, status: "LEAD" }, ...coSigners.map((mandate) => ({ mandate, status: "SIGNED" as const }))],
      themes: pickThemes([lead, ...coSigners], concernsReprisals),
      concernsReprisals,
      lang: pickLang(state),
      textSeed: rng.int(0, 0x7fffffff),
      reference: null,
      draftedBy: null,
    });
  }
  sent.sort((a, b) => a.sentAt!.getTime() - b.sentAt!.getTime() || a.id.localeCompare(b.id));
  const counters = new Map(existingMax);
  for (const c of sent) {
    const code = c.state ? c.state.iso3 : "OTH";
    const year = c.sentAt!.getUTCFullYear();
    const key = `${code}|${year}`;
    const number = (counters.get(key) ?? 0) + 1;
    counters.set(key, number);
    c.reference = { code, year, number };
  }

  // Recent work in progress: drafts, communications in review and approved ones.
  const unsent: CommPlan[] = [];
  const holderMandate = ref.mandateBySlug.get(ref.holderMandateSlug)!;
  const cosignerMandate = ref.mandateBySlug.get(ref.cosignerMandateSlug)!;
  const special: { status: CommunicationStatus; type: CommunicationType; cosign: boolean }[] = [
    { status: "IN_REVIEW", type: "AL", cosign: true },
    { status: "DRAFT", type: "AL", cosign: false },
    { status: "DRAFT", type: "UA", cosign: false },
    { status: "APPROVED", type: "OL", cosign: false },
  ];
  for (let k = 0; k < total - sentTotal; k++) {
    const spec = special[k];
    const r = rng.float();
    const type: CommunicationType = spec?.type ?? (r < 0.55 ? "AL" : r < 0.85 ? "UA" : "OL");
    const status: CommunicationStatus = spec?.status ?? rng.pick(["DRAFT", "DRAFT", "IN_REVIEW", "APPROVED"] as const);
    const state = stateTable.pick(rng);
    const lead = spec ? holderMandate : leadTable.pick(rng);
    const coSigners = spec?.cosign ? [cosignerMandate] : spec ? [] : rng.chance(0.4) ? pickCoSigners(lead, 1) : [];
    const coStatus: SignatureStatus =
      spec?.cosign || status === "DRAFT" ? "INVITED" : status === "APPROVED" ? "SIGNED" : rng.pick(["INVITED", "SIGNED"] as const);
    const concernsReprisals = rng.chance(0.08);
    unsent.push({
      id: rng.uuid(),
      type,
      status,
      state,
      actor: null,
      createdAt: new Date(now.getTime() - rng.between(2 * DAY, 30 * DAY)),
      sentAt: null,
      mandates: [{ mandate: lead, status: "LEAD" }, ...coSigners.map((mandate) => ({ mandate, status: coStatus }))],
      themes: pickThemes([lead, ...coSigners], concernsReprisals),
      concernsReprisals,
      lang: pickLang(state),
      textSeed: rng.int(0, 0x7fffffff),
      reference: null,
      draftedBy: lead.slug === ref.holderMandateSlug ? "holder" : lead.slug === ref.cosignerMandateSlug ? "cosigner" : null,
    });
  }
  return [...sent, ...unsent];
}
