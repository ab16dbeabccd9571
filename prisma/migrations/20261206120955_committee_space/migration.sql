-- CreateEnum
CREATE TYPE "CommitteeRole" AS ENUM ('CHAIR', 'RAPPORTEUR', 'MEMBER');

-- CreateEnum
CREATE TYPE "CommitteeStatementStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "GuidanceTopic" AS ENUM ('SOCIAL_MEDIA', 'END_OF_MISSION_STATEMENTS', 'QUESTIONNAIRES', 'OTHER');

-- CreateTable
CREATE TABLE "CommitteeMembership" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "mandateHolderId" UUID NOT NULL,
    "role" "CommitteeRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommitteeMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeStatement" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "CommitteeStatementStatus" NOT NULL DEFAULT 'DRAFT',
    "draftedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),
    "publishedById" UUID,

    CONSTRAINT "CommitteeStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeStatementSignature" (
    "statementId" UUID NOT NULL,
    "mandateHolderId" UUID NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CommitteeStatementSignature_pkey" PRIMARY KEY ("statementId","mandateHolderId")
);

-- CreateTable
CREATE TABLE "GuidanceDocument" (
    "id" UUID NOT NULL,
    "topic" "GuidanceTopic" NOT NULL,
    "latestVersion" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuidanceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuidanceVersion" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "changeSummary" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GuidanceVersion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommitteeMembership_year_role_idx" ON "CommitteeMembership"("year", "role");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeMembership_year_mandateHolderId_key" ON "CommitteeMembership"("year", "mandateHolderId");

-- CreateIndex
CREATE INDEX "CommitteeStatement_status_publishedAt_idx" ON "CommitteeStatement"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "CommitteeStatement_year_idx" ON "CommitteeStatement"("year");

-- CreateIndex
CREATE INDEX "CommitteeStatementSignature_mandateHolderId_idx" ON "CommitteeStatementSignature"("mandateHolderId");

-- CreateIndex
CREATE INDEX "GuidanceDocument_topic_idx" ON "GuidanceDocument"("topic");

-- CreateIndex
CREATE UNIQUE INDEX "GuidanceVersion_documentId_number_key" ON "GuidanceVersion"("documentId", "number");

-- AddForeignKey
ALTER TABLE "CommitteeMembership" ADD CONSTRAINT "CommitteeMembership_mandateHolderId_fkey" FOREIGN KEY ("mandateHolderId") REFERENCES "MandateHolder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeStatement" ADD CONSTRAINT "CommitteeStatement_draftedById_fkey" FOREIGN KEY ("draftedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeStatement" ADD CONSTRAINT "CommitteeStatement_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeStatementSignature" ADD CONSTRAINT "CommitteeStatementSignature_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "CommitteeStatement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeStatementSignature" ADD CONSTRAINT "CommitteeStatementSignature_mandateHolderId_fkey" FOREIGN KEY ("mandateHolderId") REFERENCES "MandateHolder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceVersion" ADD CONSTRAINT "GuidanceVersion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "GuidanceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuidanceVersion" ADD CONSTRAINT "GuidanceVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
