-- The Committee's membership is recorded per year (CommitteeMembership): a holder still flagged by the
-- old column becomes a member of the current Geneva year's Committee (Geneva keeps Zurich's time zone),
-- unless it already has that seat. Roles stay for the secretariat to record.
INSERT INTO "CommitteeMembership" ("id", "year", "mandateHolderId", "role")
SELECT gen_random_uuid(), y.year, h."id", 'MEMBER'
FROM "MandateHolder" h
CROSS JOIN (SELECT EXTRACT(YEAR FROM (now() AT TIME ZONE 'Europe/Zurich'))::int AS year) y
WHERE h."coordinationCommittee"
  AND NOT EXISTS (SELECT 1 FROM "CommitteeMembership" m WHERE m."mandateHolderId" = h."id" AND m."year" = y.year);

-- AlterTable
ALTER TABLE "MandateHolder" DROP COLUMN "coordinationCommittee";

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "inductionMaterialId" UUID;

-- AlterTable
ALTER TABLE "InductionMaterial" ALTER COLUMN "url" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_inductionMaterialId_key" ON "Attachment"("inductionMaterialId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_inductionMaterialId_fkey" FOREIGN KEY ("inductionMaterialId") REFERENCES "InductionMaterial"("id") ON DELETE SET NULL ON UPDATE CASCADE;
