-- AlterTable
ALTER TABLE "ReprisalCase" ADD COLUMN     "publicSummaryWrittenById" UUID;

-- Summaries written before this column: their author is the last "reprisal.summary.write" entry of
-- the audit log for the case (four eyes applies to them too). Without one, the author stays unknown.
UPDATE "ReprisalCase" AS c
SET "publicSummaryWrittenById" = (
  SELECT a."actorId" FROM "AuditEntry" AS a
  WHERE a."action" = 'reprisal.summary.write' AND a."entityType" = 'ReprisalCase' AND a."entityId" = c."id"::text
  ORDER BY a."at" DESC, a."id" DESC
  LIMIT 1
)
WHERE c."publicSummary" IS NOT NULL;
