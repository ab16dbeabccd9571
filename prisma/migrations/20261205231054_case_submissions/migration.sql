-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('DRAFT', 'RECEIVED', 'UNDER_CONSIDERATION', 'ACTED_UPON', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseClosure" AS ENUM ('DECLINED', 'MERGED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseAffected" AS ENUM ('ONE_PERSON', 'SEVERAL_PEOPLE', 'GROUP');

-- CreateEnum
CREATE TYPE "CaseResponsible" AS ENUM ('STATE', 'OTHER_ACTOR');

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "caseSubmissionId" UUID,
ADD COLUMN     "caseUpdateId" UUID;

-- CreateTable
CREATE TABLE "CaseSubmission" (
    "id" UUID NOT NULL,
    "receiptNumber" TEXT,
    "receiptYear" INTEGER,
    "receiptSeq" INTEGER,
    "status" "CaseStatus" NOT NULL DEFAULT 'DRAFT',
    "closure" "CaseClosure",
    "closureNote" TEXT,
    "mergedIntoId" UUID,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "language" VARCHAR(8) NOT NULL DEFAULT 'en',
    "title" TEXT NOT NULL,
    "affected" "CaseAffected" NOT NULL,
    "affectedCount" INTEGER,
    "victims" TEXT NOT NULL,
    "consentToName" BOOLEAN NOT NULL DEFAULT false,
    "responsible" "CaseResponsible" NOT NULL,
    "stateId" UUID,
    "otherActorName" TEXT,
    "whatHappened" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "occurredOn" DATE,
    "ongoing" BOOLEAN NOT NULL DEFAULT false,
    "domesticRemedies" TEXT,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "confidentialParts" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sourceName" TEXT,
    "sourceOrganisation" TEXT,
    "sourceEmail" TEXT,
    "sourcePhone" TEXT,
    "sourceRelation" TEXT,
    "submittedById" UUID,
    "tokenHash" TEXT NOT NULL,
    "proofOfWork" TEXT,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "CaseSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseSubmissionMandate" (
    "caseId" UUID NOT NULL,
    "mandateId" UUID NOT NULL,
    "suggested" BOOLEAN NOT NULL DEFAULT false,
    "assignedAt" TIMESTAMP(3),
    "assignedById" UUID,

    CONSTRAINT "CaseSubmissionMandate_pkey" PRIMARY KEY ("caseId","mandateId")
);

-- CreateTable
CREATE TABLE "CaseQuestion" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "askedAt" TIMESTAMP(3) NOT NULL,
    "askedById" UUID,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "CaseQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseUpdate" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "questionId" UUID,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseSubmissionCommunication" (
    "caseId" UUID NOT NULL,
    "communicationId" UUID NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "openedById" UUID,

    CONSTRAINT "CaseSubmissionCommunication_pkey" PRIMARY KEY ("caseId","communicationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CaseSubmission_receiptNumber_key" ON "CaseSubmission"("receiptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "CaseSubmission_tokenHash_key" ON "CaseSubmission"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "CaseSubmission_proofOfWork_key" ON "CaseSubmission"("proofOfWork");

-- CreateIndex
CREATE INDEX "CaseSubmission_status_urgent_submittedAt_idx" ON "CaseSubmission"("status", "urgent", "submittedAt");

-- CreateIndex
CREATE INDEX "CaseSubmission_stateId_idx" ON "CaseSubmission"("stateId");

-- CreateIndex
CREATE INDEX "CaseSubmission_submittedAt_idx" ON "CaseSubmission"("submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaseSubmission_receiptYear_receiptSeq_key" ON "CaseSubmission"("receiptYear", "receiptSeq");

-- CreateIndex
CREATE INDEX "CaseSubmissionMandate_mandateId_assignedAt_idx" ON "CaseSubmissionMandate"("mandateId", "assignedAt");

-- CreateIndex
CREATE INDEX "CaseQuestion_caseId_askedAt_idx" ON "CaseQuestion"("caseId", "askedAt");

-- CreateIndex
CREATE INDEX "CaseUpdate_caseId_createdAt_idx" ON "CaseUpdate"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseNote_caseId_createdAt_idx" ON "CaseNote"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseSubmissionCommunication_communicationId_idx" ON "CaseSubmissionCommunication"("communicationId");

-- CreateIndex
CREATE INDEX "Attachment_caseSubmissionId_idx" ON "Attachment"("caseSubmissionId");

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_caseSubmissionId_fkey" FOREIGN KEY ("caseSubmissionId") REFERENCES "CaseSubmission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_caseUpdateId_fkey" FOREIGN KEY ("caseUpdateId") REFERENCES "CaseUpdate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSubmission" ADD CONSTRAINT "CaseSubmission_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "CaseSubmission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSubmission" ADD CONSTRAINT "CaseSubmission_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSubmission" ADD CONSTRAINT "CaseSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSubmissionMandate" ADD CONSTRAINT "CaseSubmissionMandate_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSubmissionMandate" ADD CONSTRAINT "CaseSubmissionMandate_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseQuestion" ADD CONSTRAINT "CaseQuestion_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseUpdate" ADD CONSTRAINT "CaseUpdate_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseUpdate" ADD CONSTRAINT "CaseUpdate_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "CaseQuestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSubmissionCommunication" ADD CONSTRAINT "CaseSubmissionCommunication_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "CaseSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseSubmissionCommunication" ADD CONSTRAINT "CaseSubmissionCommunication_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
