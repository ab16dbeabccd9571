/** The seats of the Coordination Committee, in the order they are offered (no zod here: client forms import it). */
export const COMMITTEE_ROLES = ["CHAIR", "RAPPORTEUR", "MEMBER"] as const;
