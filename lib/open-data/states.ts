import "server-only";
import { genevaYear } from "../core/geneva";
import { byLocale } from "../i18n/localized";
import { findStates } from "../states/find-states";
import { getStateCooperation, getStateProfile } from "../statistics/state-profile";

// States for the open data (R18): public facts only — names, regional group, status, Council
// membership; never the mission contacts or focal points.

export async function listApiStates({ now }: { now: Date }) {
  const states = await findStates(genevaYear(now));
  return states.map((s) => ({
    iso3: s.iso3,
    names: byLocale(s, "name"),
    regionalGroup: s.regionalGroup,
    status: s.status,
    councilMember: s.councilTerms.length > 0,
  }));
}

/** One State with the same cooperation figures as its public profile page (R18). */
export async function getApiState({ iso3, now }: { iso3: string; now: Date }) {
  const state = await getStateProfile({ iso3 });
  const cooperation = await getStateCooperation({ stateId: state.id, now });
  const year = genevaYear(now);
  return {
    iso3: state.iso3,
    names: byLocale(state, "name"),
    regionalGroup: state.regionalGroup,
    status: state.status,
    councilMember: state.councilTerms.some((t) => t.fromYear <= year && t.toYear >= year),
    councilTerms: state.councilTerms.map((t) => ({ fromYear: t.fromYear, toYear: t.toYear })),
    standingInvitations: state.standingInvitations.map((i) => ({ extendedOn: i.extendedOn, withdrawnOn: i.withdrawnOn })),
    cooperation,
  };
}
