import type { Role } from "../generated/prisma/enums";

// Who answered a call, whatever kind of respondent: a State user (for its State), a member of an
// organisation account (for its organisation, issue 17 item 3), a civil-society user, or a person
// without an account who confirmed an e-mail address (a guest, when the call accepts them).

/** The respondent's fields every view of answers selects (with the State's names it needs). */
export const respondentUserSelect = {
  role: true,
  name: true,
  organisation: true,
  memberOf: { select: { name: true } },
} as const;

type UserPart<S> = {
  role: Role;
  name: string;
  email?: string;
  organisation: string | null;
  stateId?: string | null;
  state: S | null;
  memberOf: { name: string } | null;
};

export type Respondent<S> = {
  role: Role | "GUEST";
  name: string;
  email: string;
  /** The organisation it answered for: its organisation account's name, else what its account says. */
  organisation: string | null;
  stateId: string | null;
  state: S | null;
};

/** One shape for every respondent; a guest's e-mail only where the view selected it. */
export function respondentOf<S>(r: {
  respondent: UserPart<S> | null;
  guestName?: string | null;
  guestEmail?: string | null;
}): Respondent<S> {
  if (r.respondent) {
    const u = r.respondent;
    return {
      role: u.role,
      name: u.name,
      email: u.email ?? "",
      organisation: u.memberOf?.name ?? u.organisation,
      stateId: u.stateId ?? null,
      state: u.state,
    };
  }
  return { role: "GUEST", name: r.guestName ?? "", email: r.guestEmail ?? "", organisation: null, stateId: null, state: null };
}
