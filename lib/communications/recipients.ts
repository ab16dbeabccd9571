// Who a letter, its reminder and its follow-up letters go to. R2: the mission's generic address, with
// a copy to its active focal point and to each copied State's mission and focal point. Used by
// dispatch-communication.ts and by lib/follow-up.

const activeFocalPoints = { where: { active: true }, select: { email: true } } as const;

/** Prisma `select` for the addressee and copies of a Communication, as communicationRecipients needs. */
export const recipientSelect = {
  addresseeState: { select: { nameEn: true, missionName: true, missionEmail: true, focalPoints: activeFocalPoints } },
  addresseeOtherActor: { select: { name: true, email: true } },
  copies: { select: { state: { select: { missionEmail: true, focalPoints: activeFocalPoints } } } },
} as const;

type FocalPoints = { focalPoints: { email: string }[] };
export type RecipientSource = {
  addresseeState: ({ nameEn: string; missionName: string | null; missionEmail: string | null } & FocalPoints) | null;
  addresseeOtherActor: { name: string; email: string | null } | null;
  copies: { state: { missionEmail: string | null } & FocalPoints }[];
};

export function communicationRecipients(c: RecipientSource): { to: string[]; cc: string[]; addressee: string } {
  const to = [c.addresseeState?.missionEmail ?? c.addresseeOtherActor?.email].filter((e): e is string => !!e?.trim());
  const cc = [
    ...(c.addresseeState?.focalPoints.map((f) => f.email) ?? []),
    ...c.copies.flatMap((copy) => [copy.state.missionEmail, ...copy.state.focalPoints.map((f) => f.email)]),
  ].filter((e): e is string => !!e?.trim());
  const addressee = c.addresseeState
    ? (c.addresseeState.missionName ?? `Permanent Mission of ${c.addresseeState.nameEn}`)
    : (c.addresseeOtherActor?.name ?? "");
  return { to, cc, addressee };
}
