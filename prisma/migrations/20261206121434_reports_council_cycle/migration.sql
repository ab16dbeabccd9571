-- CreateEnum
CREATE TYPE "ReportBody" AS ENUM ('HRC', 'GA');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('THEMATIC', 'COUNTRY_VISIT', 'OTHER');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "language" TEXT,
ADD COLUMN     "reportId" UUID;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "body" "ReportBody" NOT NULL DEFAULT 'HRC',
ADD COLUMN     "dueAt" DATE,
ADD COLUMN     "kind" "ReportKind" NOT NULL DEFAULT 'OTHER',
ADD COLUMN     "summary" TEXT,
ADD COLUMN     "summaryPublishedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_reportId_language_key" ON "Attachment"("reportId", "language");

-- CreateIndex
CREATE INDEX "Report_body_councilSession_idx" ON "Report"("body", "councilSession");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Reports recorded on a visit before R19 are country visit reports
UPDATE "Report" SET "kind" = 'COUNTRY_VISIT' WHERE "visitId" IS NOT NULL;
