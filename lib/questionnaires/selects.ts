// The fields of a call shown in lists and headers, the same for every page.
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
        select: { id: true, slug: true, titleEn: true, titleFr: true, titleEs: true, titleAr: true, titleZh: true, titleRu: true },
      },
    },
  },
  themes: {
    select: { theme: { select: { slug: true, nameEn: true, nameFr: true, nameEs: true, nameAr: true, nameZh: true, nameRu: true } } },
  },
} as const;

export const questionSelect = { id: true, position: true, kind: true, text: true, choices: true, required: true } as const;
