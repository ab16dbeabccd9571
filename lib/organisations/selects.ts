// The fields of an organisation and of its members, the same for every page.
import { NAME_FIELDS } from "../i18n/localized";

export const organisationSelect = {
  id: true,
  name: true,
  website: true,
  contactName: true,
  contactEmail: true,
  status: true,
  emailConfirmedAt: true,
  decidedAt: true,
  refusalReason: true,
  createdAt: true,
  country: { select: { iso3: true, ...NAME_FIELDS } },
} as const;

export const memberSelect = {
  id: true,
  name: true,
  email: true,
  active: true,
  organisationAdmin: true,
  invitationPending: true,
  lastSignInAt: true,
  createdAt: true,
} as const;
