-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "VisitEventKind" ADD VALUE 'STATEMENT_SHARED';
ALTER TYPE "VisitEventKind" ADD VALUE 'CIVIL_SOCIETY_DEBRIEFING';
ALTER TYPE "VisitEventKind" ADD VALUE 'WITHDRAWAL';

-- AlterTable
ALTER TABLE "VisitRequest" ADD COLUMN     "requestedById" UUID,
ADD COLUMN     "stateProposedEnd" DATE,
ADD COLUMN     "stateProposedStart" DATE;

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "statusUpdatedById" UUID;

-- AlterTable
ALTER TABLE "ReprisalCase" ADD COLUMN     "createdById" UUID,
ADD COLUMN     "publicSummaryClearedById" UUID;

-- AlterTable
ALTER TABLE "GoodStory" ADD COLUMN     "statusTokenHash" TEXT,
ADD COLUMN     "submitterName" TEXT;

-- AlterTable
ALTER TABLE "Questionnaire" ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "approvedById" UUID,
ADD COLUMN     "createdById" UUID;

-- AlterTable
ALTER TABLE "OfficeHourSlot" ADD COLUMN     "bookingTopic" TEXT,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE UNIQUE INDEX "GoodStory_statusTokenHash_key" ON "GoodStory"("statusTokenHash");
