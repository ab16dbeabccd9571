// What an audit entry may keep. The audit log is read by roles (admin, secretariat) that may not read
// every record it names, so one rule holds for every entry: it keeps who, what, which record and the
// *names* of the fields that changed; the *values* of confidential fields are never stored. The
// confidential fields of each audited entity are listed here, and writeAudit applies the list to every
// entry (at any depth of `before`/`after`), so a caller cannot forget it. An entity missing from this
// table cannot be audited at all (a type error, and an error at run time): adding one means deciding.

/** Secrets no entry keeps, whatever the entity. */
const ALWAYS_CONFIDENTIAL = ["password", "passwordHash", "token", "tokenHash", "statusTokenHash", "secret"] as const;

export const AUDIT_CONFIDENTIAL_FIELDS = {
  // Drafts, the letter itself until published, the annex, the review and co-signers' comments.
  Communication: ["subject", "summary", "body", "confidentialAnnex", "reviewComment", "comment"],
  // bodyWords: the body split into words for the search (migration search_six_languages), the same text.
  CommunicationReply: ["body", "bodyWords", "translation"],
  // The draft until published. A justification for publishing early stays: accounting for it is what the log is for.
  PressRelease: ["title", "body"],
  Questionnaire: [],
  // A guest's name and address (issue 17, item 3): personal data of someone without an account.
  QuestionnaireResponse: ["answers", "guestName", "guestEmail"],
  // Internal Advisory Mechanism: everything said about the case.
  AdvisoryCase: ["title", "description", "recommendation", "outcome"],
  OfficeHourSlot: ["topic", "bookingTopic"],
  ReprisalCase: ["personsConcerned", "cooperationContext", "actsAlleged", "actsDate", "actionsTaken", "publicSummary", "note"],
  VisitRequest: ["reason", "declineReason", "note"],
  VisitEvent: ["note"],
  Visit: ["endOfMissionStatement", "statement"],
  GoodStory: ["submitterEmail", "submitterName", "moderationNote"],
  // Case submissions (issue 17): everything the source said, who the source is, questions, notes.
  CaseSubmission: [
    "title",
    "victims",
    "whatHappened",
    "location",
    "occurredOn",
    "domesticRemedies",
    "otherActorName",
    "sourceName",
    "sourceOrganisation",
    "sourceEmail",
    "sourcePhone",
    "sourceRelation",
    "closureNote",
    "note",
    "question",
    "text",
    // Which letter a submission became is kept out of the log's values: the link stays internal.
    "communicationId",
  ],
  User: ["totpSecret", "totpPendingSecret", "recoveryCodes", "codeHash", "publicKey"],
  RoleGrantRequest: [],
  // Issue 17, item 3: the contact person is personal data; the refusal's reason is kept on the record only.
  Organisation: ["contactName", "contactEmail", "refusalReason"],
  // R19: the one-page summary is the holder's draft until made public.
  Report: ["summary"],
  Recommendation: [],
  StandingInvitation: [],
  State: [],
  Setting: [],
  // A mail may quote a letter before publication: the log keeps that it was retried, never its text.
  // Issue 17, item 5: a person's choice of immediate mail or daily digest per kind; nothing confidential.
  NotificationPreference: [],
  // A run of the daily digests asked for by the secretariat: counts only.
  NotificationDigest: [],
  // R21: what was asked of the State stays with the secretariat; dates, mandates and outcome are kept.
  ProactiveInformationRequest: ["subject"],
  // The Coordination Committee (issue 18, item 5): its membership is public; a statement's text is
  // confidential until published (as a press release's); guidance is public from its first version.
  CommitteeMembership: [],
  CommitteeStatement: ["title", "body"],
  GuidanceDocument: [],
  // Issue 18, item 5: the Coordination Committee's space. Everything is public but the induction
  // materials, read by holders only: their links (shared folders) stay out of the log.
  InductionSession: [],
  InductionMaterial: ["url"],
  VacancyRecord: [],
  ConsultativeGroupMember: [],
  FormerHolderEngagement: [],
  ExternalResource: [],
  OutboxMessage: ["subject", "textBody", "htmlBody", "lastError", "toAddresses", "ccAddresses"],
} as const satisfies Record<string, readonly string[]>;

export type AuditEntityType = keyof typeof AUDIT_CONFIDENTIAL_FIELDS;

export function isAuditEntityType(value: string): value is AuditEntityType {
  return Object.hasOwn(AUDIT_CONFIDENTIAL_FIELDS, value);
}

export function confidentialFieldsOf(entityType: AuditEntityType): ReadonlySet<string> {
  return new Set<string>([...ALWAYS_CONFIDENTIAL, ...AUDIT_CONFIDENTIAL_FIELDS[entityType]]);
}

/** JSON as stored: Dates, BigInts and Decimals become plain values. */
export function toPlainJson(value: unknown): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}

/** The value without the confidential fields, at any depth (arrays and nested objects included). */
export function withoutConfidential(value: unknown, confidential: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutConfidential(v, confidential));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([k]) => !confidential.has(k))
        .map(([k, v]) => [k, withoutConfidential(v, confidential)]),
    );
  }
  return value;
}

function fieldsOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * The names of the fields that changed, sorted, without values: on an update the fields of `after`
 * whose value differs from `before` (or that `before` does not have); on a creation every field set
 * (`after` only); on a deletion every field removed (`before` only).
 */
export function changedFieldNames(before: unknown, after: unknown): string[] {
  const b = fieldsOf(before);
  const a = fieldsOf(after);
  if (Object.keys(a).length === 0) return Object.keys(b).sort();
  return Object.keys(a)
    .filter((k) => !(k in b) || JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .sort();
}

/** What an entry stores of a mutation: the names of the changed fields, and the values that are not confidential. */
export function auditRecordOf(
  entityType: string,
  before: unknown,
  after: unknown,
): { before: unknown; after: unknown; changedFields: string[] } {
  if (!isAuditEntityType(entityType)) throw new Error(`writeAudit: entity type "${entityType}" has no entry in AUDIT_CONFIDENTIAL_FIELDS`);
  const confidential = confidentialFieldsOf(entityType);
  const b = toPlainJson(before);
  const a = toPlainJson(after);
  return {
    before: withoutConfidential(b, confidential),
    after: withoutConfidential(a, confidential),
    changedFields: changedFieldNames(b, a),
  };
}
