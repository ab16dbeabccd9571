-- CreateEnum
CREATE TYPE "OrganisationStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- AlterEnum
ALTER TYPE "AccountLinkPurpose" ADD VALUE 'EMAIL_CONFIRMATION';

-- DropForeignKey
ALTER TABLE "QuestionnaireResponse" DROP CONSTRAINT "QuestionnaireResponse_respondentId_fkey";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "emailUnconfirmed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "organisationAdmin" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "organisationId" UUID;

-- AlterTable
ALTER TABLE "GoodStory" ADD COLUMN     "organisationId" UUID;

-- AlterTable
ALTER TABLE "Questionnaire" ADD COLUMN     "acceptsGuestAnswers" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "QuestionnaireResponse" ADD COLUMN     "guestEmail" TEXT,
ADD COLUMN     "guestName" TEXT,
ADD COLUMN     "guestTokenExpiresAt" TIMESTAMP(3),
ADD COLUMN     "guestTokenHash" TEXT,
ALTER COLUMN "respondentId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "Organisation" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "countryId" UUID NOT NULL,
    "website" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "status" "OrganisationStatus" NOT NULL DEFAULT 'PENDING',
    "emailConfirmedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "refusalReason" TEXT,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Organisation_status_emailConfirmedAt_idx" ON "Organisation"("status", "emailConfirmedAt");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireResponse_guestTokenHash_key" ON "QuestionnaireResponse"("guestTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireResponse_questionnaireId_guestEmail_key" ON "QuestionnaireResponse"("questionnaireId", "guestEmail");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodStory" ADD CONSTRAINT "GoodStory_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
