// The fields of a call shown in lists and headers, the same for every page.
import { NAME_FIELDS, TITLE_FIELDS } from "../i18n/localized";

export const callSummarySelect = {
  id: true,
  title: true,
  purpose: true,
  audience: true,
  status: true,
  languages: true,
  councilSession: true,
  opensAt: true,
  deadline: true,
  /** People without an account may answer (issue 17, item 3). */
  acceptsGuestAnswers: true,
  createdAt: true,
  report: { select: { symbol: true, title: true } },
  mandates: {
    select: {
      mandate: {
        select: { id: true, slug: true, ...TITLE_FIELDS },
      },
    },
  },
  themes: {
    select: { theme: { select: { slug: true, ...NAME_FIELDS } } },
  },
} as const;

export const questionSelect = { id: true, position: true, kind: true, text: true, choices: true, required: true } as const;
