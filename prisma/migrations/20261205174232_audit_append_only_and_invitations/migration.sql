-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "changedFields" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "UserInvitation" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "UserInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UserInvitation_tokenHash_key" ON "UserInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "UserInvitation_userId_idx" ON "UserInvitation"("userId");

-- AddForeignKey
ALTER TABLE "UserInvitation" ADD CONSTRAINT "UserInvitation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (a trigger is not expressible in schema.prisma, and the snapshot beside this
-- file is unaffected). Issue 13, item 6. The migration runner splits at every semicolon, comments
-- included: the function body spells its semicolons as \073 (as in search_replies_vector).

-- Entries written before this migration may hold confidential values (letter and draft bodies,
-- annexes, answers, Internal Advisory Mechanism texts, booking topics…): drop them, once, before the
-- log becomes append-only. The lists are those of lib/audit/audit-fields.ts at this migration.
UPDATE "AuditEntry" SET
  "before" = CASE WHEN jsonb_typeof("before") = 'object' THEN "before" - ARRAY['password', 'passwordHash', 'token', 'tokenHash', 'statusTokenHash', 'secret'] ELSE "before" END,
  "after" = CASE WHEN jsonb_typeof("after") = 'object' THEN "after" - ARRAY['password', 'passwordHash', 'token', 'tokenHash', 'statusTokenHash', 'secret'] ELSE "after" END;
UPDATE "AuditEntry" AS e SET
  "before" = CASE WHEN jsonb_typeof(e."before") = 'object' THEN e."before" - c.fields ELSE e."before" END,
  "after" = CASE WHEN jsonb_typeof(e."after") = 'object' THEN e."after" - c.fields ELSE e."after" END
FROM (VALUES
  ('Communication', ARRAY['subject', 'summary', 'body', 'confidentialAnnex', 'reviewComment', 'comment']),
  ('CommunicationReply', ARRAY['body', 'translation']),
  ('PressRelease', ARRAY['title', 'body']),
  ('QuestionnaireResponse', ARRAY['answers']),
  ('AdvisoryCase', ARRAY['title', 'description', 'recommendation', 'outcome']),
  ('OfficeHourSlot', ARRAY['topic', 'bookingTopic']),
  ('ReprisalCase', ARRAY['personsConcerned', 'cooperationContext', 'actsAlleged', 'actsDate', 'actionsTaken', 'publicSummary', 'note']),
  ('VisitRequest', ARRAY['reason', 'declineReason', 'note']),
  ('VisitEvent', ARRAY['note']),
  ('Visit', ARRAY['endOfMissionStatement', 'statement']),
  ('GoodStory', ARRAY['submitterEmail', 'submitterName', 'moderationNote'])
) AS c("entityType", fields)
WHERE e."entityType" = c."entityType";

-- The audit log is append-only: rows are inserted, never changed or removed, whoever asks.
CREATE FUNCTION "audit_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''AuditEntry is append-only: % refused'', TG_OP USING ERRCODE = ''insufficient_privilege''\073
END
';

CREATE TRIGGER "AuditEntry_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "audit_entry_append_only"();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entry_append_only"();
