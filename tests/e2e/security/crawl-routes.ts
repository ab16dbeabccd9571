// The authorisation crawl's table (issue 13, item 9): every page.tsx and route.ts under app/, by its
// path there, says how to fill its parameters with real records (planted by crawl-records.ts — most of
// them records that some roles must NOT see) and which people get the record. Everyone else must be
// refused: 403/404, or sent to sign in when anonymous. tests/e2e/security/crawl.spec.ts requests every
// entry as every person and fails when a file under app/ has no entry here, or an entry no file.

export const PERSONAS = ["anonymous", "secretariat", "holder", "cosigner", "norway", "brazil", "civil", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

/** The records the crawl plants or picks (ids, references, slugs). */
export type CrawlRecords = {
  /** A draft letter of the co-signer's mandate to Brazil: only its mandate and the secretariat. */
  draftLetter: string;
  /** A letter of the holder's mandate sent to Brazil, not yet public, with a confidential annex. */
  brazilLetter: string;
  brazilLetterReference: string;
  /** A file on that letter (not public), and one on Brazil's reply. */
  brazilLetterFile: string;
  replyFile: string;
  /** A public letter and its reference. */
  publicLetter: string;
  publicLetterReference: string;
  /** A press release drafted by the co-signer's mandate, not shared with any State. */
  pressDraft: string;
  publicPressRelease: string;
  /** A draft joint statement of this year's Coordination Committee (the co-signer sits on it); a published one; a guidance document. */
  committeeDraft: string;
  publicCommitteeStatement: string;
  /** A report of the co-signer's mandate being written (not public), its document, a published report. */
  reportDraft: string;
  reportFile: string;
  publicReport: string;
  /** "hrc/<n>": a session whose programme is public. */
  publicSession: string;
  guidanceDocument: string;
  /** The co-signer's mandate's request to visit Brazil (not announced), with a private file on it. */
  visitRequest: string;
  visitFile: string;
  /** A visit request of the co-signer's mandate to Brazil still in draft. */
  draftVisitRequest: string;
  publicVisit: string;
  /** The Council session period the joint communications report covers now. */
  jointReportPeriod: string;
  /** An open call for input to everyone, of a mandate neither demo holder serves; civil society answered it with a file. */
  questionnaire: string;
  responseFile: string;
  /** A call for input still in draft. */
  draftQuestionnaire: string;
  /** A strictly confidential reprisal case on the holder's letter to Brazil. */
  reprisalCase: string;
  /** An advisory case of a holder other than the demo ones: its parties and the Committee (the co-signer). */
  advisoryCase: string;
  /** A good story waiting for moderation, with a file. */
  story: string;
  storyFile: string;
  publicStory: string;
  mandateSlug: string;
  themeSlug: string;
  /** CC3: an induction session, and a material of it with a file (holders and the secretariat only). */
  inductionSession: string;
  inductionMaterial: string;
  /** CC2: a declaration of external resources of the holder's mandate. */
  externalResource: string;
  /** A user of Brazil's mission (not its administrator). */
  brazilMember: string;
  /** A case submission assigned to the holder's mandate, linked to the holder's letter to Brazil, with a file. */
  caseSubmission: string;
  caseFile: string;
  /** The token of its private link (anyone holding it sees its status: never its content). */
  caseToken: string;
  /** A case submission assigned to a third mandate only. */
  otherCaseSubmission: string;
  /** A member (not an administrator) of the civil-society demo account's own organisation. */
  organisationMember: string;
  /** An organisation waiting for the secretariat's decision, and its contact's account. */
  otherOrganisation: string;
  otherOrganisationMember: string;
  /** A notification of the holder's, leading to its letter to Brazil. */
  notification: string;
};

export const EVERYONE: readonly Persona[] = PERSONAS;
export const SIGNED_IN: readonly Persona[] = PERSONAS.filter((p) => p !== "anonymous");
const HOLDERS = ["holder", "cosigner"] as const satisfies readonly Persona[];
const STATES = ["norway", "brazil"] as const satisfies readonly Persona[];

export type CrawlRequest = {
  path: string;
  /** Who gets the record (`ok` statuses); every other person is refused. */
  allowed: readonly Persona[];
  /** What an allowed person gets; 200 unless said. */
  ok?: readonly number[];
  method?: "GET" | "POST";
  /** Form fields for a POST. */
  form?: Record<string, string>;
};
export type CrawlEntry = (r: CrawlRecords) => CrawlRequest[];

const page =
  (path: string, allowed: readonly Persona[], ok?: readonly number[]): CrawlEntry =>
  () => [{ path, allowed, ...(ok ? { ok } : {}) }];
const REDIRECT = [200, 303, 307, 308] as const;

export const CRAWL_ROUTES: Record<string, CrawlEntry> = {
  // ── sign-in ──
  "app/(auth)/invitation/[token]/page.tsx": () => [{ path: `/invitation/${"x".repeat(43)}`, allowed: EVERYONE, ok: [200, 404] }],
  "app/(auth)/signin/page.tsx": page("/signin", EVERYONE, REDIRECT),
  // Password reset by mail (issue 12, item 2): anyone asks; a link nobody was sent is "not valid".
  "app/(auth)/reset-password/page.tsx": page("/reset-password", EVERYONE, REDIRECT),
  "app/(auth)/reset-password/[token]/page.tsx": () => [{ path: `/reset-password/${"x".repeat(43)}`, allowed: EVERYONE, ok: [200, 404] }],
  "app/(auth)/signout/page.tsx": page("/signout", EVERYONE, REDIRECT),
  // The second factor's enrolment: offered to every signed-in person (issue 12, item 1).
  "app/(auth)/second-factor/page.tsx": page("/second-factor", SIGNED_IN),
  // A passkey sign-in's challenge: anyone about to sign in asks for one.
  "app/api/passkeys/options/route.ts": () => [{ path: "/api/passkeys/options", method: "POST", form: {}, allowed: EVERYONE }],

  // ── every signed-in person ──
  "app/(portal)/portal/page.tsx": page("/portal", SIGNED_IN, REDIRECT),
  "app/(portal)/portal/account/page.tsx": page("/portal/account", SIGNED_IN),
  // Notifications (issue 17, item 5): everyone's own list; one notification opens for its own reader
  // only (marked read, then the record's page); anyone else's is not found, a bad id too.
  "app/(portal)/portal/notifications/page.tsx": page("/portal/notifications", SIGNED_IN),
  "app/(portal)/portal/notifications/[id]/page.tsx": (r) => [
    { path: `/portal/notifications/${r.notification}`, allowed: ["holder"], ok: REDIRECT },
    { path: "/portal/notifications/not-an-id", allowed: [] },
  ],

  // ── administration ──
  "app/(portal)/portal/admin/page.tsx": page("/portal/admin", ["admin"]),
  "app/(portal)/portal/admin/settings/page.tsx": page("/portal/admin/settings", ["admin"]),
  "app/(portal)/portal/admin/users/page.tsx": page("/portal/admin/users", ["admin"]),
  "app/(portal)/portal/audit/page.tsx": page("/portal/audit", ["admin", "secretariat"]),
  // Mission administrators and four eyes on privileged roles (issue 12, items 5 and 6).
  "app/(portal)/portal/mission-admins/page.tsx": page("/portal/mission-admins", ["admin", "secretariat"]),
  "app/(portal)/portal/role-requests/page.tsx": page("/portal/role-requests", ["admin", "secretariat"]),

  // ── Internal Advisory Mechanism (R15) ──
  "app/(portal)/portal/advisory/page.tsx": page("/portal/advisory", ["secretariat", ...HOLDERS, ...STATES]),
  "app/(portal)/portal/advisory/new/page.tsx": page("/portal/advisory/new", ["secretariat", ...HOLDERS, ...STATES]),
  "app/(portal)/portal/advisory/[id]/page.tsx": (r) => [
    { path: `/portal/advisory/${r.advisoryCase}`, allowed: ["secretariat", "cosigner"] },
  ],

  "app/(portal)/portal/civil-society/page.tsx": page("/portal/civil-society", ["civil"]),
  // Organisation accounts (issue 17, item 3): the civil-society demo account administers its own
  // organisation; another organisation's member is not found.
  "app/(portal)/portal/organisation/page.tsx": page("/portal/organisation", ["civil"]),
  "app/(portal)/portal/organisation/members/[userId]/page.tsx": (r) => [
    { path: `/portal/organisation/members/${r.organisationMember}`, allowed: ["civil"] },
    { path: `/portal/organisation/members/${r.otherOrganisationMember}`, allowed: [] },
  ],

  // ── mandate holders ──
  "app/(portal)/portal/mandate-holder/page.tsx": page("/portal/mandate-holder", HOLDERS),
  "app/(portal)/portal/mandate-holder/communications/page.tsx": page("/portal/mandate-holder/communications", HOLDERS),
  // Case submissions (issue 17): a holder reads those assigned to its mandate, never another's.
  "app/(portal)/portal/mandate-holder/cases/page.tsx": page("/portal/mandate-holder/cases", HOLDERS),
  "app/(portal)/portal/mandate-holder/cases/[id]/page.tsx": (r) => [
    { path: `/portal/mandate-holder/cases/${r.caseSubmission}`, allowed: ["holder"] },
    { path: `/portal/mandate-holder/cases/${r.otherCaseSubmission}`, allowed: [] },
  ],
  "app/(portal)/portal/mandate-holder/communications/new/page.tsx": page("/portal/mandate-holder/communications/new", HOLDERS),
  "app/(portal)/portal/mandate-holder/communications/[id]/page.tsx": (r) => [
    { path: `/portal/mandate-holder/communications/${r.draftLetter}`, allowed: ["cosigner"] },
    { path: `/portal/mandate-holder/communications/${r.brazilLetter}`, allowed: ["holder"] },
  ],
  "app/(portal)/portal/committee/page.tsx": page("/portal/committee", ["secretariat", ...HOLDERS]),
  "app/(portal)/portal/committee/statements/page.tsx": page("/portal/committee/statements", ["secretariat", ...HOLDERS]),
  "app/(portal)/portal/committee/statements/new/page.tsx": page("/portal/committee/statements/new", ["secretariat", "cosigner"]),
  "app/(portal)/portal/committee/statements/[id]/page.tsx": (r) => [
    { path: `/portal/committee/statements/${r.committeeDraft}`, allowed: ["secretariat", "cosigner"] },
    { path: `/portal/committee/statements/${r.publicCommitteeStatement}`, allowed: ["secretariat", ...HOLDERS] },
  ],
  "app/(portal)/portal/committee/guidance/page.tsx": page("/portal/committee/guidance", ["secretariat", ...HOLDERS]),
  "app/(portal)/portal/committee/guidance/new/page.tsx": page("/portal/committee/guidance/new", ["secretariat", "cosigner"]),
  "app/(portal)/portal/committee/guidance/[id]/page.tsx": (r) => [
    { path: `/portal/committee/guidance/${r.guidanceDocument}`, allowed: ["secretariat", ...HOLDERS] },
  ],
  "app/(portal)/portal/mandate-holder/office-hours/page.tsx": page("/portal/mandate-holder/office-hours", HOLDERS),
  // The Coordination Committee's space (issue 18, item 5): holders declare resources, the secretariat keeps it.
  "app/(portal)/portal/mandate-holder/committee/page.tsx": page("/portal/mandate-holder/committee", HOLDERS),
  "app/(portal)/portal/mandate-holder/press-releases/page.tsx": page("/portal/mandate-holder/press-releases", HOLDERS),
  "app/(portal)/portal/mandate-holder/press-releases/new/page.tsx": page("/portal/mandate-holder/press-releases/new", HOLDERS),
  "app/(portal)/portal/mandate-holder/press-releases/[id]/page.tsx": (r) => [
    { path: `/portal/mandate-holder/press-releases/${r.pressDraft}`, allowed: ["cosigner"] },
  ],
  "app/(portal)/portal/mandate-holder/questionnaires/page.tsx": page("/portal/mandate-holder/questionnaires", HOLDERS),
  "app/(portal)/portal/mandate-holder/questionnaires/new/page.tsx": page("/portal/mandate-holder/questionnaires/new", HOLDERS),
  "app/(portal)/portal/mandate-holder/questionnaires/[id]/page.tsx": (r) => [
    { path: `/portal/mandate-holder/questionnaires/${r.questionnaire}`, allowed: [] },
    { path: `/portal/mandate-holder/questionnaires/${r.draftQuestionnaire}`, allowed: [] },
  ],
  "app/(portal)/portal/mandate-holder/reprisals/page.tsx": page("/portal/mandate-holder/reprisals", HOLDERS),
  "app/(portal)/portal/mandate-holder/reprisals/new/page.tsx": page("/portal/mandate-holder/reprisals/new", HOLDERS),
  "app/(portal)/portal/mandate-holder/reprisals/[id]/page.tsx": (r) => [
    { path: `/portal/mandate-holder/reprisals/${r.reprisalCase}`, allowed: ["holder"] },
  ],
  "app/(portal)/portal/mandate-holder/visits/page.tsx": page("/portal/mandate-holder/visits", HOLDERS),
  "app/(portal)/portal/mandate-holder/visits/new/page.tsx": page("/portal/mandate-holder/visits/new", HOLDERS),
  "app/(portal)/portal/mandate-holder/visits/[id]/page.tsx": (r) => [
    { path: `/portal/mandate-holder/visits/${r.visitRequest}`, allowed: ["cosigner"] },
  ],

  // ── respondents to calls for input (R12) ──
  "app/(portal)/portal/questionnaires/page.tsx": page("/portal/questionnaires", [...STATES, "civil"]),
  "app/(portal)/portal/questionnaires/[id]/page.tsx": (r) => [
    { path: `/portal/questionnaires/${r.questionnaire}`, allowed: [...STATES, "civil"] },
    { path: `/portal/questionnaires/${r.draftQuestionnaire}`, allowed: [] },
  ],

  // ── secretariat ──
  "app/(portal)/portal/secretariat/page.tsx": page("/portal/secretariat", ["secretariat"]),
  "app/(portal)/portal/secretariat/communications/page.tsx": page("/portal/secretariat/communications", ["secretariat"]),
  "app/(portal)/portal/secretariat/communications/[id]/page.tsx": (r) => [
    { path: `/portal/secretariat/communications/${r.draftLetter}`, allowed: ["secretariat"] },
    { path: `/portal/secretariat/communications/${r.brazilLetter}`, allowed: ["secretariat"] },
  ],
  "app/(portal)/portal/secretariat/cases/page.tsx": page("/portal/secretariat/cases", ["secretariat"]),
  "app/(portal)/portal/secretariat/cases/report/page.tsx": page("/portal/secretariat/cases/report", ["secretariat"]),
  "app/(portal)/portal/secretariat/cases/[id]/page.tsx": (r) => [
    { path: `/portal/secretariat/cases/${r.caseSubmission}`, allowed: ["secretariat"] },
    { path: `/portal/secretariat/cases/${r.otherCaseSubmission}`, allowed: ["secretariat"] },
  ],
  // R21: concern across mandates and the proactive requests: the secretariat's own.
  "app/(portal)/portal/secretariat/cooperation/page.tsx": page("/portal/secretariat/cooperation", ["secretariat"]),
  // R19: reports are kept by their mandate's holders and the secretariat; another mandate's holder
  // finds nothing of a report being written.
  "app/(portal)/portal/reports/page.tsx": page("/portal/reports", ["secretariat", ...HOLDERS]),
  "app/(portal)/portal/reports/new/page.tsx": page("/portal/reports/new", ["secretariat", ...HOLDERS]),
  "app/(portal)/portal/reports/[id]/page.tsx": (r) => [{ path: `/portal/reports/${r.reportDraft}`, allowed: ["secretariat", "cosigner"] }],
  "app/(portal)/portal/secretariat/follow-up/page.tsx": page("/portal/secretariat/follow-up", ["secretariat"]),
  "app/(portal)/portal/secretariat/joint-report/page.tsx": page("/portal/secretariat/joint-report", ["secretariat"]),
  "app/(portal)/portal/secretariat/joint-report/sent.csv/route.ts": (r) => [
    { path: `/portal/secretariat/joint-report/sent.csv?period=${r.jointReportPeriod}`, allowed: ["secretariat"] },
  ],
  "app/(portal)/portal/secretariat/organisations/page.tsx": page("/portal/secretariat/organisations", ["secretariat"]),
  "app/(portal)/portal/secretariat/organisations/[id]/page.tsx": (r) => [
    { path: `/portal/secretariat/organisations/${r.otherOrganisation}`, allowed: ["secretariat"] },
  ],
  "app/(portal)/portal/secretariat/outbox/page.tsx": page("/portal/secretariat/outbox", ["secretariat"]),
  "app/(portal)/portal/secretariat/committee/page.tsx": page("/portal/secretariat/committee", ["secretariat"]),
  "app/(portal)/portal/secretariat/committee/induction/[id]/page.tsx": (r) => [
    { path: `/portal/secretariat/committee/induction/${r.inductionSession}`, allowed: ["secretariat"] },
  ],
  "app/(portal)/portal/secretariat/committee/resources/[id]/page.tsx": (r) => [
    { path: `/portal/secretariat/committee/resources/${r.externalResource}`, allowed: ["secretariat"] },
  ],
  "app/(portal)/portal/secretariat/press-releases/page.tsx": page("/portal/secretariat/press-releases", ["secretariat"]),
  "app/(portal)/portal/secretariat/press-releases/[id]/page.tsx": (r) => [
    { path: `/portal/secretariat/press-releases/${r.pressDraft}`, allowed: ["secretariat"] },
  ],
  "app/(portal)/portal/secretariat/questionnaires/page.tsx": page("/portal/secretariat/questionnaires", ["secretariat"]),
  "app/(portal)/portal/secretariat/questionnaires/new/page.tsx": page("/portal/secretariat/questionnaires/new", ["secretariat"]),
  "app/(portal)/portal/secretariat/questionnaires/[id]/page.tsx": (r) => [
    { path: `/portal/secretariat/questionnaires/${r.questionnaire}`, allowed: ["secretariat"] },
    { path: `/portal/secretariat/questionnaires/${r.draftQuestionnaire}`, allowed: ["secretariat"] },
  ],
  "app/(portal)/portal/secretariat/reprisals/page.tsx": page("/portal/secretariat/reprisals", ["secretariat"]),
  "app/(portal)/portal/secretariat/reprisals/new/page.tsx": page("/portal/secretariat/reprisals/new", ["secretariat"]),
  "app/(portal)/portal/secretariat/reprisals/report/page.tsx": page("/portal/secretariat/reprisals/report", ["secretariat"]),
  "app/(portal)/portal/secretariat/reprisals/[id]/page.tsx": (r) => [
    { path: `/portal/secretariat/reprisals/${r.reprisalCase}`, allowed: ["secretariat"] },
  ],
  "app/(portal)/portal/secretariat/stories/page.tsx": page("/portal/secretariat/stories", ["secretariat"]),
  "app/(portal)/portal/secretariat/stories/[id]/page.tsx": (r) => [
    { path: `/portal/secretariat/stories/${r.story}`, allowed: ["secretariat"] },
  ],
  "app/(portal)/portal/secretariat/visits/page.tsx": page("/portal/secretariat/visits", ["secretariat"]),
  "app/(portal)/portal/secretariat/visits/[id]/page.tsx": (r) => [
    { path: `/portal/secretariat/visits/${r.visitRequest}`, allowed: ["secretariat"] },
  ],
  "app/(portal)/portal/secretariat/visits/standing-invitations/page.tsx": page("/portal/secretariat/visits/standing-invitations", [
    "secretariat",
  ]),

  // ── States ──
  "app/(portal)/portal/state/page.tsx": page("/portal/state", STATES),
  "app/(portal)/portal/state/communications/page.tsx": page("/portal/state/communications", STATES),
  "app/(portal)/portal/state/communications/[id]/page.tsx": (r) => [
    { path: `/portal/state/communications/${r.brazilLetter}`, allowed: ["brazil"] },
    { path: `/portal/state/communications/${r.draftLetter}`, allowed: [] },
  ],
  // Both demo States' accounts administer their missions: each sees its own mission's users only.
  "app/(portal)/portal/state/users/page.tsx": page("/portal/state/users", STATES),
  "app/(portal)/portal/state/users/[userId]/page.tsx": (r) => [{ path: `/portal/state/users/${r.brazilMember}`, allowed: ["brazil"] }],
  "app/(portal)/portal/state/focal-point/page.tsx": page("/portal/state/focal-point", STATES),
  "app/(portal)/portal/state/office-hours/page.tsx": page("/portal/state/office-hours", STATES),
  "app/(portal)/portal/state/press-releases/page.tsx": page("/portal/state/press-releases", STATES),
  "app/(portal)/portal/state/press-releases/[id]/page.tsx": (r) => [{ path: `/portal/state/press-releases/${r.pressDraft}`, allowed: [] }],
  "app/(portal)/portal/state/visits/page.tsx": page("/portal/state/visits", STATES),
  "app/(portal)/portal/state/visits/invite/page.tsx": page("/portal/state/visits/invite", STATES),
  "app/(portal)/portal/state/visits/[id]/page.tsx": (r) => [
    { path: `/portal/state/visits/${r.visitRequest}`, allowed: ["brazil"] },
    { path: `/portal/state/visits/${r.draftVisitRequest}`, allowed: [] },
  ],

  // ── the public database ──
  "app/(public)/page.tsx": page("/", EVERYONE),
  "app/(public)/calls-for-input/page.tsx": page("/calls-for-input", EVERYONE),
  "app/(public)/calls-for-input/[id]/page.tsx": (r) => [
    { path: `/calls-for-input/${r.questionnaire}`, allowed: EVERYONE },
    { path: `/calls-for-input/${r.draftQuestionnaire}`, allowed: [] },
  ],
  // Answers without an account (issue 17, item 3): the planted call accepts them; a draft call does not exist.
  "app/(public)/calls-for-input/[id]/answer/page.tsx": (r) => [
    { path: `/calls-for-input/${r.questionnaire}/answer`, allowed: EVERYONE },
    { path: `/calls-for-input/${r.draftQuestionnaire}/answer`, allowed: [] },
  ],
  // A guest's confirmation link nobody was sent is "not valid".
  "app/(public)/calls-for-input/confirm/[token]/page.tsx": () => [
    { path: `/calls-for-input/confirm/${"x".repeat(43)}`, allowed: EVERYONE, ok: [200, 404] },
  ],
  "app/(public)/communications/page.tsx": page("/communications", EVERYONE),
  "app/(public)/communications/outstanding/page.tsx": page("/communications/outstanding", EVERYONE),
  "app/(public)/communications/[id]/page.tsx": (r) => [
    { path: `/communications/${r.publicLetter}`, allowed: EVERYONE },
    { path: `/communications/${r.brazilLetter}`, allowed: [] },
    { path: `/communications/${r.draftLetter}`, allowed: [] },
  ],
  "app/(public)/mandates/page.tsx": page("/mandates", EVERYONE),
  "app/(public)/mandates/[slug]/page.tsx": (r) => [{ path: `/mandates/${r.mandateSlug}`, allowed: EVERYONE }],
  // The Coordination Committee's space (issue 18, item 5): drafts for the secretariat and that year's members only.
  "app/(public)/committee/page.tsx": page("/committee", EVERYONE),
  "app/(public)/committee/members/page.tsx": page("/committee/members", EVERYONE),
  "app/(public)/committee/statements/page.tsx": page("/committee/statements", EVERYONE),
  "app/(public)/committee/statements/[id]/page.tsx": (r) => [
    { path: `/committee/statements/${r.publicCommitteeStatement}`, allowed: EVERYONE },
    { path: `/committee/statements/${r.committeeDraft}`, allowed: [] },
  ],
  "app/(public)/committee/guidance/page.tsx": page("/committee/guidance", EVERYONE),
  "app/(public)/committee/guidance/[id]/page.tsx": (r) => [
    { path: `/committee/guidance/${r.guidanceDocument}?version=1`, allowed: EVERYONE },
  ],
  "app/(public)/press-releases/page.tsx": page("/press-releases", EVERYONE),
  "app/(public)/press-releases/[id]/page.tsx": (r) => [
    { path: `/press-releases/${r.publicPressRelease}`, allowed: EVERYONE },
    { path: `/press-releases/${r.pressDraft}`, allowed: [] },
  ],
  // An organisation registers (issue 17, item 3); a confirmation link nobody was sent is "not valid".
  "app/(public)/organisations/register/page.tsx": page("/organisations/register", EVERYONE),
  "app/(public)/organisations/confirm/[token]/page.tsx": () => [
    { path: `/organisations/confirm/${"x".repeat(43)}`, allowed: EVERYONE, ok: [200, 404] },
  ],
  "app/(public)/reprisals/page.tsx": page("/reprisals", EVERYONE),
  "app/(public)/committee/induction/page.tsx": page("/committee/induction", EVERYONE),
  "app/(public)/committee/vacancies/page.tsx": page("/committee/vacancies", EVERYONE),
  "app/(public)/committee/former-mandate-holders/page.tsx": page("/committee/former-mandate-holders", EVERYONE),
  "app/(public)/committee/external-resources/page.tsx": page("/committee/external-resources", EVERYONE),
  "app/(public)/standing-invitations/page.tsx": page("/standing-invitations", EVERYONE),
  "app/(public)/states/page.tsx": page("/states", EVERYONE),
  "app/(public)/states/[iso3]/page.tsx": () => [
    { path: "/states/BRA", allowed: EVERYONE },
    { path: "/states/NOR", allowed: EVERYONE },
  ],
  "app/(public)/stories/page.tsx": page("/stories", EVERYONE),
  "app/(public)/stories/[id]/page.tsx": (r) => [
    { path: `/stories/${r.publicStory}`, allowed: EVERYONE },
    { path: `/stories/${r.story}`, allowed: [] },
  ],
  "app/(public)/stories/status/page.tsx": page("/stories/status", EVERYONE),
  // Anyone submits a good story but an administrator (no story:submit).
  "app/(public)/stories/submit/page.tsx": page(
    "/stories/submit",
    PERSONAS.filter((p) => p !== "admin"),
  ),
  // Case submissions (issue 17): anyone without an account, and civil society; the private link shows
  // its status to whoever holds it — never the submission's content (the markers say so).
  "app/(public)/submit/page.tsx": page("/submit", ["anonymous", "civil"]),
  "app/(public)/submit/case/[token]/page.tsx": (r) => [
    { path: `/submit/case/${r.caseToken}`, allowed: EVERYONE },
    { path: `/submit/case/${"x".repeat(43)}`, allowed: [] },
  ],
  "app/(public)/reports/[id]/page.tsx": (r) => [
    { path: `/reports/${r.publicReport}`, allowed: EVERYONE },
    { path: `/reports/${r.reportDraft}`, allowed: [] },
  ],
  "app/(public)/sessions/page.tsx": page("/sessions", EVERYONE),
  "app/(public)/sessions/[body]/[number]/page.tsx": (r) => [{ path: `/sessions/${r.publicSession}`, allowed: EVERYONE }],
  // Issue 18, item 2: the figures of the last ended year (public data only), as a page, CSV and PDF.
  "app/(public)/facts-and-figures/page.tsx": page("/facts-and-figures", EVERYONE),
  "app/(public)/facts-and-figures/[year]/page.tsx": page("/facts-and-figures/2025", EVERYONE),
  "app/(public)/themes/page.tsx": page("/themes", EVERYONE),
  "app/(public)/themes/[slug]/page.tsx": (r) => [{ path: `/themes/${r.themeSlug}`, allowed: EVERYONE }],
  "app/(public)/visits/page.tsx": page("/visits", EVERYONE),
  "app/(public)/visits/report/page.tsx": page("/visits/report", EVERYONE),
  // R9: every request sent is on the public record — its public events only (the purpose, notes and
  // files of the request are not: the markers say so); a draft request is not.
  "app/(public)/visits/[id]/page.tsx": (r) => [
    { path: `/visits/${r.publicVisit}`, allowed: EVERYONE },
    { path: `/visits/${r.visitRequest}`, allowed: EVERYONE },
    { path: `/visits/${r.draftVisitRequest}`, allowed: [] },
  ],

  // ── files and exports ──
  "app/api/reports/documents/[id]/route.ts": (r) => [
    { path: `/api/reports/documents/${r.reportFile}`, allowed: ["secretariat", "cosigner"] },
  ],
  "app/api/facts-and-figures/[year]/csv/route.ts": page("/api/facts-and-figures/2025/csv", EVERYONE),
  "app/api/facts-and-figures/[year]/pdf/route.ts": page("/api/facts-and-figures/2025/pdf", EVERYONE),
  "app/api/committee/induction-materials/[id]/route.ts": (r) => [
    { path: `/api/committee/induction-materials/${r.inductionMaterial}`, allowed: ["secretariat", "holder", "cosigner"] },
  ],
  "app/api/attachments/[id]/route.ts": (r) => [
    { path: `/api/attachments/${r.brazilLetterFile}`, allowed: ["secretariat", "holder", "brazil"] },
    { path: `/api/attachments/${r.replyFile}`, allowed: ["secretariat", "holder", "brazil"] },
  ],
  "app/api/calls-for-input/[id]/answers.csv/route.ts": (r) => [
    { path: `/api/calls-for-input/${r.questionnaire}/answers.csv`, allowed: ["secretariat"] },
  ],
  "app/api/calls-for-input/[id]/files.zip/route.ts": (r) => [
    { path: `/api/calls-for-input/${r.questionnaire}/files.zip`, allowed: ["secretariat"] },
  ],
  "app/api/calls-for-input/files/[attachmentId]/route.ts": (r) => [
    { path: `/api/calls-for-input/files/${r.responseFile}`, allowed: ["secretariat", "civil"] },
  ],
  "app/api/communications/[id]/pdf/route.ts": (r) => [
    { path: `/api/communications/${r.publicLetter}/pdf`, allowed: EVERYONE },
    { path: `/api/communications/${r.brazilLetter}/pdf`, allowed: ["secretariat", "holder", "brazil"] },
    { path: `/api/communications/${r.draftLetter}/pdf`, allowed: [] },
  ],
  "app/api/stories/files/[id]/route.ts": (r) => [{ path: `/api/stories/files/${r.storyFile}`, allowed: ["secretariat"] }],
  "app/api/cases/files/[id]/route.ts": (r) => [{ path: `/api/cases/files/${r.caseFile}`, allowed: ["secretariat", "holder"] }],
  "app/api/visits/attachments/[id]/route.ts": (r) => [
    { path: `/api/visits/attachments/${r.visitFile}`, allowed: ["secretariat", "cosigner", "brazil"] },
  ],

  // ── feeds, open data and the rest of the API ──
  "app/api/auth/[...nextauth]/route.ts": () => [
    { path: "/api/auth/session", allowed: EVERYONE },
    { path: "/api/auth/csrf", allowed: EVERYONE },
    { path: "/api/auth/providers", allowed: EVERYONE },
  ],
  "app/api/calls-for-input/feed.atom/route.ts": page("/api/calls-for-input/feed.atom", EVERYONE),
  "app/api/reprisals/cases.csv/route.ts": page("/api/reprisals/cases.csv", EVERYONE),
  "app/api/reprisals/cases/route.ts": page("/api/reprisals/cases", EVERYONE),
  "app/api/stories/feed.atom/route.ts": page("/api/stories/feed.atom", EVERYONE),
  "app/api/test/clock/route.ts": page("/api/test/clock", EVERYONE),
  "app/api/v1/communications.atom/route.ts": page("/api/v1/communications.atom", EVERYONE),
  "app/api/v1/communications.csv/route.ts": page("/api/v1/communications.csv", EVERYONE),
  "app/api/v1/communications/route.ts": page("/api/v1/communications", EVERYONE),
  "app/api/v1/communications/[reference]/route.ts": (r) => [
    { path: `/api/v1/communications/${encodeURIComponent(r.publicLetterReference)}`, allowed: EVERYONE },
    { path: `/api/v1/communications/${encodeURIComponent(r.brazilLetterReference)}`, allowed: [] },
  ],
  "app/api/v1/mandates/route.ts": page("/api/v1/mandates", EVERYONE),
  "app/api/v1/openapi.json/route.ts": page("/api/v1/openapi.json", EVERYONE),
  // R19 in the open data: the public reports; a report being written is not found by anyone here.
  "app/api/v1/reports/route.ts": () => [
    { path: "/api/v1/reports", allowed: EVERYONE },
    { path: "/api/v1/reports?pageSize=100", allowed: EVERYONE },
  ],
  "app/api/v1/reports/[id]/route.ts": (r) => [
    { path: `/api/v1/reports/${r.publicReport}`, allowed: EVERYONE },
    { path: `/api/v1/reports/${r.reportDraft}`, allowed: [] },
  ],
  "app/api/v1/states/route.ts": page("/api/v1/states", EVERYONE),
  "app/api/v1/states/[iso3]/route.ts": () => [
    { path: "/api/v1/states/BRA", allowed: EVERYONE },
    { path: "/api/v1/states/NOR", allowed: EVERYONE },
  ],
  "app/api/visits/feed.atom/route.ts": page("/api/visits/feed.atom", EVERYONE),
  "app/api/visits/report.csv/route.ts": page("/api/visits/report.csv", EVERYONE),
  // POST only: the language switcher's form.
  "app/language/route.ts": () => [{ path: "/language", method: "POST", form: { locale: "en" }, allowed: EVERYONE, ok: [303] }],
};
