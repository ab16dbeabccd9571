// Reference data: States, Council terms, mandates, themes, settings, fictional mandate holders and
// the demo accounts. Everything is upserted by a unique key, so re-running changes nothing.
import type { Db, Log, Reference } from "./context";
import { seedHolders } from "./holders";
import { COSIGNER_MANDATE_SLUG, HOLDER_MANDATE_SLUG, seedMandates, seedThemes } from "./mandates";
import { seedSettings } from "./settings";
import { seedCouncilMemberships, seedStates } from "./states";
import { seedUsers } from "./users";
import { seedOrganisations } from "./organisations";

export async function seedReference(db: Db, now: Date, seed: number, log: Log): Promise<Reference> {
  const states = await seedStates(db, log);
  const stateByIso3 = new Map(states.map((s) => [s.iso3, s]));
  await seedCouncilMemberships(db, stateByIso3, log);
  const mandates = await seedMandates(db, stateByIso3, log);
  const themes = await seedThemes(db, log);
  const created = await seedSettings(db);
  if (created) log(`Settings: ${created} created`);
  const currentHolders = await seedHolders(db, mandates, states, now, seed, log);
  const holder = currentHolders.get(HOLDER_MANDATE_SLUG)?.[0];
  const cosigner = currentHolders.get(COSIGNER_MANDATE_SLUG)?.[0];
  if (!holder || !cosigner) throw new Error("No current holder for the demo mandates");
  const users = await seedUsers(db, { holder, cosigner, state: stateByIso3.get("NOR")!, state2: stateByIso3.get("BRA")! }, log);
  await seedOrganisations(db, { users, stateByIso3 }, log);
  return {
    states,
    stateByIso3,
    mandates,
    mandateBySlug: new Map(mandates.map((m) => [m.slug, m])),
    themes,
    themeBySlug: new Map(themes.map((t) => [t.slug, t])),
    currentHolders,
    users,
    holderMandateSlug: HOLDER_MANDATE_SLUG,
    cosignerMandateSlug: COSIGNER_MANDATE_SLUG,
  };
}
