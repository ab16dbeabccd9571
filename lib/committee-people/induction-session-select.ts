/** The fields of an induction session (CC3): its outline, public; its materials are read apart. */
export const INDUCTION_SESSION_SELECT = { id: true, title: true, startsOn: true, endsOn: true, location: true, outline: true } as const;
