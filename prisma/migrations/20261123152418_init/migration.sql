-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('SECRETARIAT', 'MANDATE_HOLDER', 'STATE', 'CIVIL_SOCIETY', 'ADMIN');

-- CreateEnum
CREATE TYPE "RegionalGroup" AS ENUM ('AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WESTERN_EUROPEAN_OTHERS');

-- CreateEnum
CREATE TYPE "StateStatus" AS ENUM ('MEMBER', 'OBSERVER');

-- CreateEnum
CREATE TYPE "OtherActorKind" AS ENUM ('BUSINESS', 'INTERNATIONAL_ORGANISATION', 'ARMED_GROUP', 'OTHER');

-- CreateEnum
CREATE TYPE "MandateKind" AS ENUM ('THEMATIC', 'COUNTRY');

-- CreateEnum
CREATE TYPE "MandateBody" AS ENUM ('SPECIAL_RAPPORTEUR', 'INDEPENDENT_EXPERT', 'WORKING_GROUP');

-- CreateEnum
CREATE TYPE "TenureRole" AS ENUM ('HOLDER', 'MEMBER', 'CHAIR', 'VICE_CHAIR');

-- CreateEnum
CREATE TYPE "ThemeKind" AS ENUM ('CROSS_CUTTING', 'SDG');

-- CreateEnum
CREATE TYPE "CommunicationType" AS ENUM ('AL', 'UA', 'OL');

-- CreateEnum
CREATE TYPE "CommunicationStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'SCHEDULED', 'SENT', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "AddresseeKind" AS ENUM ('STATE', 'OTHER_ACTOR');

-- CreateEnum
CREATE TYPE "SignatureStatus" AS ENUM ('LEAD', 'INVITED', 'SIGNED', 'DECLINED');

-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('NOT_NEEDED', 'PENDING', 'AVAILABLE');

-- CreateEnum
CREATE TYPE "PressReleaseStatus" AS ENUM ('DRAFT', 'SHARED_WITH_STATE', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "VisitRequestStatus" AS ENUM ('DRAFT', 'REQUESTED', 'REMINDED', 'ACCEPTED', 'DATES_PROPOSED', 'POSTPONED', 'DECLINED', 'SCHEDULED', 'COMPLETED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "VisitEventKind" AS ENUM ('REQUEST', 'REMINDER', 'ACCEPTANCE', 'DATES_PROPOSED', 'POSTPONEMENT', 'DECLINE', 'STANDING_INVITATION_LETTER', 'SCHEDULED', 'END_OF_MISSION_STATEMENT', 'DEBRIEFING', 'REPORT', 'FOLLOW_UP', 'NOTE');

-- CreateEnum
CREATE TYPE "ImplementationStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'PARTIALLY_IMPLEMENTED', 'IMPLEMENTED', 'NOT_IMPLEMENTED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ReprisalConfidentiality" AS ENUM ('STRICTLY_CONFIDENTIAL', 'CONFIDENTIAL', 'PUBLIC_SUMMARY_CLEARED');

-- CreateEnum
CREATE TYPE "ReprisalStatus" AS ENUM ('OPEN', 'FOLLOW_UP', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReferralBody" AS ENUM ('HIGH_COMMISSIONER', 'COUNCIL_PRESIDENT', 'ASSISTANT_SECRETARY_GENERAL');

-- CreateEnum
CREATE TYPE "GoodStoryStatus" AS ENUM ('SUBMITTED', 'NEEDS_INFORMATION', 'PUBLISHED', 'REJECTED');

-- CreateEnum
CREATE TYPE "QuestionnaireStatus" AS ENUM ('DRAFT', 'PENDING_APPROVAL', 'OPEN', 'CLOSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "QuestionnaireAudience" AS ENUM ('STATES', 'CIVIL_SOCIETY', 'ALL');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'FILE_UPLOAD');

-- CreateEnum
CREATE TYPE "AdvisoryCategory" AS ENUM ('CONTEMPLATED_ACTIVITY', 'STATE_REFERRAL', 'SYSTEMIC_ISSUE');

-- CreateEnum
CREATE TYPE "AdvisoryStatus" AS ENUM ('OPEN', 'UNDER_CONSIDERATION', 'CLOSED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'HELD', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Zurich',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "stateId" UUID,
    "mandateHolderId" UUID,
    "organisation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "lastSignInAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "State" (
    "id" UUID NOT NULL,
    "iso3" CHAR(3) NOT NULL,
    "iso2" CHAR(2) NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "regionalGroup" "RegionalGroup" NOT NULL,
    "status" "StateStatus" NOT NULL DEFAULT 'MEMBER',
    "missionName" TEXT,
    "missionEmail" TEXT,
    "missionAddress" TEXT,
    "missionPhone" TEXT,

    CONSTRAINT "State_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CouncilMembership" (
    "id" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "fromYear" INTEGER NOT NULL,
    "toYear" INTEGER NOT NULL,

    CONSTRAINT "CouncilMembership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StateFocalPoint" (
    "id" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StateFocalPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OtherActor" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OtherActorKind" NOT NULL,
    "homeStateId" UUID,
    "email" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OtherActor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Mandate" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "MandateKind" NOT NULL,
    "body" "MandateBody" NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleFr" TEXT NOT NULL,
    "titleEs" TEXT NOT NULL,
    "established" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "email" TEXT,
    "countryId" UUID,

    CONSTRAINT "Mandate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MandateHolder" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nationality" TEXT,
    "coordinationCommittee" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MandateHolder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MandateTenure" (
    "id" UUID NOT NULL,
    "mandateId" UUID NOT NULL,
    "mandateHolderId" UUID NOT NULL,
    "role" "TenureRole" NOT NULL DEFAULT 'HOLDER',
    "startDate" DATE NOT NULL,
    "endDate" DATE,

    CONSTRAINT "MandateTenure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ThemeKind" NOT NULL,
    "sdgNumber" INTEGER,
    "nameEn" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Communication" (
    "id" UUID NOT NULL,
    "type" "CommunicationType" NOT NULL,
    "status" "CommunicationStatus" NOT NULL DEFAULT 'DRAFT',
    "reference" TEXT,
    "referenceCode" VARCHAR(3),
    "referenceYear" INTEGER,
    "referenceNumber" INTEGER,
    "addresseeKind" "AddresseeKind" NOT NULL,
    "addresseeStateId" UUID,
    "addresseeOtherActorId" UUID,
    "subject" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "confidentialAnnex" TEXT,
    "annexReleasedToState" BOOLEAN NOT NULL DEFAULT false,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "concernsReprisals" BOOLEAN NOT NULL DEFAULT false,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "reviewComment" TEXT,
    "draftedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "replyDueAt" TIMESTAMP(3),
    "publicFrom" TIMESTAMP(3),

    CONSTRAINT "Communication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommunicationMandate" (
    "communicationId" UUID NOT NULL,
    "mandateId" UUID NOT NULL,
    "status" "SignatureStatus" NOT NULL,
    "respondedAt" TIMESTAMP(3),
    "comment" TEXT,

    CONSTRAINT "CommunicationMandate_pkey" PRIMARY KEY ("communicationId","mandateId")
);

-- CreateTable
CREATE TABLE "CommunicationCopy" (
    "communicationId" UUID NOT NULL,
    "stateId" UUID NOT NULL,

    CONSTRAINT "CommunicationCopy_pkey" PRIMARY KEY ("communicationId","stateId")
);

-- CreateTable
CREATE TABLE "CommunicationTheme" (
    "communicationId" UUID NOT NULL,
    "themeId" UUID NOT NULL,

    CONSTRAINT "CommunicationTheme_pkey" PRIMARY KEY ("communicationId","themeId")
);

-- CreateTable
CREATE TABLE "CommunicationRead" (
    "communicationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunicationRead_pkey" PRIMARY KEY ("communicationId","userId")
);

-- CreateTable
CREATE TABLE "CommunicationReply" (
    "id" UUID NOT NULL,
    "communicationId" UUID NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "language" VARCHAR(8) NOT NULL,
    "translationStatus" "TranslationStatus" NOT NULL DEFAULT 'NOT_NEEDED',
    "body" TEXT NOT NULL,
    "translation" TEXT,
    "submittedById" UUID,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommunicationReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "uploadedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "communicationId" UUID,
    "replyId" UUID,
    "visitEventId" UUID,
    "goodStoryId" UUID,
    "responseId" UUID,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PressRelease" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "PressReleaseStatus" NOT NULL DEFAULT 'DRAFT',
    "mandateId" UUID,
    "communicationId" UUID,
    "visitId" UUID,
    "sharedWithStateAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "earlyJustification" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PressRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitRequest" (
    "id" UUID NOT NULL,
    "mandateId" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "status" "VisitRequestStatus" NOT NULL DEFAULT 'DRAFT',
    "purpose" TEXT NOT NULL,
    "proposedPeriods" TEXT,
    "requestedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisitRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VisitEvent" (
    "id" UUID NOT NULL,
    "visitRequestId" UUID NOT NULL,
    "kind" "VisitEventKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "note" TEXT,
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VisitEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" UUID NOT NULL,
    "visitRequestId" UUID NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "announcedAt" TIMESTAMP(3),
    "endOfMissionStatement" TEXT,
    "statementWordCount" INTEGER,
    "statementSharedWithStateAt" TIMESTAMP(3),
    "debriefingAt" TIMESTAMP(3),
    "statementPublishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandingInvitation" (
    "id" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "extendedOn" DATE NOT NULL,
    "withdrawnOn" DATE,
    "note" TEXT,

    CONSTRAINT "StandingInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "symbol" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "mandateId" UUID NOT NULL,
    "visitId" UUID,
    "submittedAt" DATE,
    "councilSession" INTEGER,
    "presentedAt" DATE,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportTheme" (
    "reportId" UUID NOT NULL,
    "themeId" UUID NOT NULL,

    CONSTRAINT "ReportTheme_pkey" PRIMARY KEY ("reportId","themeId")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "reportId" UUID,
    "communicationId" UUID,
    "status" "ImplementationStatus" NOT NULL DEFAULT 'UNKNOWN',
    "statusEvidence" TEXT,
    "statusUpdatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationTheme" (
    "recommendationId" UUID NOT NULL,
    "themeId" UUID NOT NULL,

    CONSTRAINT "RecommendationTheme_pkey" PRIMARY KEY ("recommendationId","themeId")
);

-- CreateTable
CREATE TABLE "ReprisalCase" (
    "id" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "personsConcerned" TEXT NOT NULL,
    "cooperationContext" TEXT NOT NULL,
    "actsAlleged" TEXT NOT NULL,
    "actsDate" DATE,
    "actionsTaken" TEXT,
    "status" "ReprisalStatus" NOT NULL DEFAULT 'OPEN',
    "confidentiality" "ReprisalConfidentiality" NOT NULL DEFAULT 'STRICTLY_CONFIDENTIAL',
    "publicSummary" TEXT,
    "publicSummaryClearedAt" TIMESTAMP(3),
    "sgReportYear" INTEGER,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReprisalCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReprisalReferral" (
    "id" UUID NOT NULL,
    "reprisalCaseId" UUID NOT NULL,
    "body" "ReferralBody" NOT NULL,
    "referredAt" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "ReprisalReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReprisalCaseCommunication" (
    "reprisalCaseId" UUID NOT NULL,
    "communicationId" UUID NOT NULL,

    CONSTRAINT "ReprisalCaseCommunication_pkey" PRIMARY KEY ("reprisalCaseId","communicationId")
);

-- CreateTable
CREATE TABLE "GoodStory" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "recommendation" TEXT NOT NULL,
    "whatChanged" TEXT NOT NULL,
    "evidenceLinks" TEXT,
    "mandateId" UUID,
    "stateId" UUID,
    "status" "GoodStoryStatus" NOT NULL DEFAULT 'SUBMITTED',
    "moderationNote" TEXT,
    "submittedById" UUID,
    "submitterEmail" TEXT,
    "publishedAt" TIMESTAMP(3),
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GoodStory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoodStoryTheme" (
    "goodStoryId" UUID NOT NULL,
    "themeId" UUID NOT NULL,

    CONSTRAINT "GoodStoryTheme_pkey" PRIMARY KEY ("goodStoryId","themeId")
);

-- CreateTable
CREATE TABLE "Questionnaire" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "audience" "QuestionnaireAudience" NOT NULL,
    "status" "QuestionnaireStatus" NOT NULL DEFAULT 'DRAFT',
    "languages" TEXT[],
    "reportId" UUID,
    "councilSession" INTEGER,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "exceptionJustification" TEXT,
    "sample" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireMandate" (
    "questionnaireId" UUID NOT NULL,
    "mandateId" UUID NOT NULL,

    CONSTRAINT "QuestionnaireMandate_pkey" PRIMARY KEY ("questionnaireId","mandateId")
);

-- CreateTable
CREATE TABLE "QuestionnaireTheme" (
    "questionnaireId" UUID NOT NULL,
    "themeId" UUID NOT NULL,

    CONSTRAINT "QuestionnaireTheme_pkey" PRIMARY KEY ("questionnaireId","themeId")
);

-- CreateTable
CREATE TABLE "QuestionnaireTarget" (
    "questionnaireId" UUID NOT NULL,
    "stateId" UUID NOT NULL,

    CONSTRAINT "QuestionnaireTarget_pkey" PRIMARY KEY ("questionnaireId","stateId")
);

-- CreateTable
CREATE TABLE "Question" (
    "id" UUID NOT NULL,
    "questionnaireId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "choices" TEXT[],
    "required" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionnaireResponse" (
    "id" UUID NOT NULL,
    "questionnaireId" UUID NOT NULL,
    "respondentId" UUID NOT NULL,
    "answers" JSONB NOT NULL,
    "mayPublish" BOOLEAN NOT NULL DEFAULT false,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionnaireResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdvisoryCase" (
    "id" UUID NOT NULL,
    "category" "AdvisoryCategory" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "AdvisoryStatus" NOT NULL DEFAULT 'OPEN',
    "submittedById" UUID,
    "mandateHolderId" UUID,
    "stateId" UUID,
    "recommendation" TEXT,
    "outcome" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "sample" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AdvisoryCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OfficeHourSlot" (
    "id" UUID NOT NULL,
    "mandateHolderId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT,
    "bookedByStateId" UUID,
    "bookedByUserId" UUID,
    "bookedAt" TIMESTAMP(3),

    CONSTRAINT "OfficeHourSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "toAddresses" TEXT[],
    "ccAddresses" TEXT[],
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT,
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "notBefore" TIMESTAMP(3) NOT NULL,
    "heldReason" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "communicationId" UUID,
    "kind" TEXT NOT NULL,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_mandateHolderId_key" ON "User"("mandateHolderId");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_stateId_idx" ON "User"("stateId");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_idx" ON "AuditEntry"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE UNIQUE INDEX "State_iso3_key" ON "State"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "State_iso2_key" ON "State"("iso2");

-- CreateIndex
CREATE INDEX "State_nameEn_idx" ON "State"("nameEn");

-- CreateIndex
CREATE INDEX "State_regionalGroup_idx" ON "State"("regionalGroup");

-- CreateIndex
CREATE INDEX "CouncilMembership_fromYear_toYear_idx" ON "CouncilMembership"("fromYear", "toYear");

-- CreateIndex
CREATE UNIQUE INDEX "CouncilMembership_stateId_fromYear_key" ON "CouncilMembership"("stateId", "fromYear");

-- CreateIndex
CREATE INDEX "StateFocalPoint_stateId_active_idx" ON "StateFocalPoint"("stateId", "active");

-- CreateIndex
CREATE INDEX "OtherActor_kind_idx" ON "OtherActor"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "OtherActor_name_key" ON "OtherActor"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Mandate_slug_key" ON "Mandate"("slug");

-- CreateIndex
CREATE INDEX "Mandate_kind_active_idx" ON "Mandate"("kind", "active");

-- CreateIndex
CREATE INDEX "MandateTenure_mandateId_startDate_idx" ON "MandateTenure"("mandateId", "startDate");

-- CreateIndex
CREATE INDEX "MandateTenure_mandateHolderId_idx" ON "MandateTenure"("mandateHolderId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_sdgNumber_key" ON "Theme"("sdgNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Communication_reference_key" ON "Communication"("reference");

-- CreateIndex
CREATE INDEX "Communication_status_idx" ON "Communication"("status");

-- CreateIndex
CREATE INDEX "Communication_addresseeStateId_sentAt_idx" ON "Communication"("addresseeStateId", "sentAt");

-- CreateIndex
CREATE INDEX "Communication_addresseeOtherActorId_sentAt_idx" ON "Communication"("addresseeOtherActorId", "sentAt");

-- CreateIndex
CREATE INDEX "Communication_publicFrom_idx" ON "Communication"("publicFrom");

-- CreateIndex
CREATE INDEX "Communication_sentAt_idx" ON "Communication"("sentAt");

-- CreateIndex
CREATE INDEX "Communication_type_sentAt_idx" ON "Communication"("type", "sentAt");

-- CreateIndex
CREATE INDEX "Communication_concernsReprisals_sentAt_idx" ON "Communication"("concernsReprisals", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Communication_referenceCode_referenceYear_referenceNumber_key" ON "Communication"("referenceCode", "referenceYear", "referenceNumber");

-- CreateIndex
CREATE INDEX "CommunicationMandate_mandateId_status_idx" ON "CommunicationMandate"("mandateId", "status");

-- CreateIndex
CREATE INDEX "CommunicationCopy_stateId_idx" ON "CommunicationCopy"("stateId");

-- CreateIndex
CREATE INDEX "CommunicationTheme_themeId_idx" ON "CommunicationTheme"("themeId");

-- CreateIndex
CREATE INDEX "CommunicationReply_communicationId_receivedAt_idx" ON "CommunicationReply"("communicationId", "receivedAt");

-- CreateIndex
CREATE INDEX "CommunicationReply_receivedAt_idx" ON "CommunicationReply"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- CreateIndex
CREATE INDEX "Attachment_communicationId_idx" ON "Attachment"("communicationId");

-- CreateIndex
CREATE INDEX "Attachment_replyId_idx" ON "Attachment"("replyId");

-- CreateIndex
CREATE INDEX "Attachment_visitEventId_idx" ON "Attachment"("visitEventId");

-- CreateIndex
CREATE INDEX "Attachment_goodStoryId_idx" ON "Attachment"("goodStoryId");

-- CreateIndex
CREATE INDEX "Attachment_responseId_idx" ON "Attachment"("responseId");

-- CreateIndex
CREATE INDEX "PressRelease_communicationId_idx" ON "PressRelease"("communicationId");

-- CreateIndex
CREATE INDEX "PressRelease_visitId_idx" ON "PressRelease"("visitId");

-- CreateIndex
CREATE INDEX "PressRelease_publishedAt_idx" ON "PressRelease"("publishedAt");

-- CreateIndex
CREATE INDEX "VisitRequest_stateId_requestedAt_idx" ON "VisitRequest"("stateId", "requestedAt");

-- CreateIndex
CREATE INDEX "VisitRequest_mandateId_requestedAt_idx" ON "VisitRequest"("mandateId", "requestedAt");

-- CreateIndex
CREATE INDEX "VisitRequest_status_idx" ON "VisitRequest"("status");

-- CreateIndex
CREATE INDEX "VisitEvent_visitRequestId_at_idx" ON "VisitEvent"("visitRequestId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_visitRequestId_key" ON "Visit"("visitRequestId");

-- CreateIndex
CREATE INDEX "Visit_startDate_idx" ON "Visit"("startDate");

-- CreateIndex
CREATE INDEX "StandingInvitation_stateId_idx" ON "StandingInvitation"("stateId");

-- CreateIndex
CREATE UNIQUE INDEX "Report_symbol_key" ON "Report"("symbol");

-- CreateIndex
CREATE INDEX "Report_mandateId_presentedAt_idx" ON "Report"("mandateId", "presentedAt");

-- CreateIndex
CREATE INDEX "ReportTheme_themeId_idx" ON "ReportTheme"("themeId");

-- CreateIndex
CREATE INDEX "Recommendation_reportId_idx" ON "Recommendation"("reportId");

-- CreateIndex
CREATE INDEX "Recommendation_communicationId_idx" ON "Recommendation"("communicationId");

-- CreateIndex
CREATE INDEX "Recommendation_status_idx" ON "Recommendation"("status");

-- CreateIndex
CREATE INDEX "RecommendationTheme_themeId_idx" ON "RecommendationTheme"("themeId");

-- CreateIndex
CREATE INDEX "ReprisalCase_stateId_idx" ON "ReprisalCase"("stateId");

-- CreateIndex
CREATE INDEX "ReprisalCase_confidentiality_publicSummaryClearedAt_idx" ON "ReprisalCase"("confidentiality", "publicSummaryClearedAt");

-- CreateIndex
CREATE INDEX "ReprisalCase_sgReportYear_idx" ON "ReprisalCase"("sgReportYear");

-- CreateIndex
CREATE INDEX "ReprisalReferral_reprisalCaseId_idx" ON "ReprisalReferral"("reprisalCaseId");

-- CreateIndex
CREATE INDEX "ReprisalCaseCommunication_communicationId_idx" ON "ReprisalCaseCommunication"("communicationId");

-- CreateIndex
CREATE INDEX "GoodStory_status_publishedAt_idx" ON "GoodStory"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "GoodStory_stateId_idx" ON "GoodStory"("stateId");

-- CreateIndex
CREATE INDEX "GoodStoryTheme_themeId_idx" ON "GoodStoryTheme"("themeId");

-- CreateIndex
CREATE INDEX "Questionnaire_status_deadline_idx" ON "Questionnaire"("status", "deadline");

-- CreateIndex
CREATE INDEX "Questionnaire_opensAt_deadline_idx" ON "Questionnaire"("opensAt", "deadline");

-- CreateIndex
CREATE INDEX "QuestionnaireMandate_mandateId_idx" ON "QuestionnaireMandate"("mandateId");

-- CreateIndex
CREATE INDEX "QuestionnaireTheme_themeId_idx" ON "QuestionnaireTheme"("themeId");

-- CreateIndex
CREATE INDEX "QuestionnaireTarget_stateId_idx" ON "QuestionnaireTarget"("stateId");

-- CreateIndex
CREATE UNIQUE INDEX "Question_questionnaireId_position_key" ON "Question"("questionnaireId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionnaireResponse_questionnaireId_respondentId_key" ON "QuestionnaireResponse"("questionnaireId", "respondentId");

-- CreateIndex
CREATE INDEX "AdvisoryCase_category_openedAt_idx" ON "AdvisoryCase"("category", "openedAt");

-- CreateIndex
CREATE INDEX "OfficeHourSlot_startsAt_idx" ON "OfficeHourSlot"("startsAt");

-- CreateIndex
CREATE INDEX "OfficeHourSlot_bookedByStateId_idx" ON "OfficeHourSlot"("bookedByStateId");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_notBefore_idx" ON "OutboxMessage"("status", "notBefore");

-- CreateIndex
CREATE INDEX "OutboxMessage_communicationId_idx" ON "OutboxMessage"("communicationId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_mandateHolderId_fkey" FOREIGN KEY ("mandateHolderId") REFERENCES "MandateHolder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CouncilMembership" ADD CONSTRAINT "CouncilMembership_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StateFocalPoint" ADD CONSTRAINT "StateFocalPoint_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OtherActor" ADD CONSTRAINT "OtherActor_homeStateId_fkey" FOREIGN KEY ("homeStateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mandate" ADD CONSTRAINT "Mandate_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MandateTenure" ADD CONSTRAINT "MandateTenure_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MandateTenure" ADD CONSTRAINT "MandateTenure_mandateHolderId_fkey" FOREIGN KEY ("mandateHolderId") REFERENCES "MandateHolder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_addresseeStateId_fkey" FOREIGN KEY ("addresseeStateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_addresseeOtherActorId_fkey" FOREIGN KEY ("addresseeOtherActorId") REFERENCES "OtherActor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Communication" ADD CONSTRAINT "Communication_draftedById_fkey" FOREIGN KEY ("draftedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationMandate" ADD CONSTRAINT "CommunicationMandate_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationMandate" ADD CONSTRAINT "CommunicationMandate_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationCopy" ADD CONSTRAINT "CommunicationCopy_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationCopy" ADD CONSTRAINT "CommunicationCopy_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationTheme" ADD CONSTRAINT "CommunicationTheme_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationTheme" ADD CONSTRAINT "CommunicationTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationRead" ADD CONSTRAINT "CommunicationRead_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationRead" ADD CONSTRAINT "CommunicationRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationReply" ADD CONSTRAINT "CommunicationReply_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommunicationReply" ADD CONSTRAINT "CommunicationReply_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_replyId_fkey" FOREIGN KEY ("replyId") REFERENCES "CommunicationReply"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_visitEventId_fkey" FOREIGN KEY ("visitEventId") REFERENCES "VisitEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_goodStoryId_fkey" FOREIGN KEY ("goodStoryId") REFERENCES "GoodStory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "QuestionnaireResponse"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PressRelease" ADD CONSTRAINT "PressRelease_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitRequest" ADD CONSTRAINT "VisitRequest_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitRequest" ADD CONSTRAINT "VisitRequest_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VisitEvent" ADD CONSTRAINT "VisitEvent_visitRequestId_fkey" FOREIGN KEY ("visitRequestId") REFERENCES "VisitRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_visitRequestId_fkey" FOREIGN KEY ("visitRequestId") REFERENCES "VisitRequest"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandingInvitation" ADD CONSTRAINT "StandingInvitation_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportTheme" ADD CONSTRAINT "ReportTheme_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportTheme" ADD CONSTRAINT "ReportTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationTheme" ADD CONSTRAINT "RecommendationTheme_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationTheme" ADD CONSTRAINT "RecommendationTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReprisalCase" ADD CONSTRAINT "ReprisalCase_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReprisalReferral" ADD CONSTRAINT "ReprisalReferral_reprisalCaseId_fkey" FOREIGN KEY ("reprisalCaseId") REFERENCES "ReprisalCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReprisalCaseCommunication" ADD CONSTRAINT "ReprisalCaseCommunication_reprisalCaseId_fkey" FOREIGN KEY ("reprisalCaseId") REFERENCES "ReprisalCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReprisalCaseCommunication" ADD CONSTRAINT "ReprisalCaseCommunication_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodStory" ADD CONSTRAINT "GoodStory_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodStory" ADD CONSTRAINT "GoodStory_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodStory" ADD CONSTRAINT "GoodStory_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodStoryTheme" ADD CONSTRAINT "GoodStoryTheme_goodStoryId_fkey" FOREIGN KEY ("goodStoryId") REFERENCES "GoodStory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoodStoryTheme" ADD CONSTRAINT "GoodStoryTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Questionnaire" ADD CONSTRAINT "Questionnaire_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireMandate" ADD CONSTRAINT "QuestionnaireMandate_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireMandate" ADD CONSTRAINT "QuestionnaireMandate_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireTheme" ADD CONSTRAINT "QuestionnaireTheme_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireTheme" ADD CONSTRAINT "QuestionnaireTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireTarget" ADD CONSTRAINT "QuestionnaireTarget_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireTarget" ADD CONSTRAINT "QuestionnaireTarget_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_questionnaireId_fkey" FOREIGN KEY ("questionnaireId") REFERENCES "Questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionnaireResponse" ADD CONSTRAINT "QuestionnaireResponse_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryCase" ADD CONSTRAINT "AdvisoryCase_mandateHolderId_fkey" FOREIGN KEY ("mandateHolderId") REFERENCES "MandateHolder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisoryCase" ADD CONSTRAINT "AdvisoryCase_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeHourSlot" ADD CONSTRAINT "OfficeHourSlot_mandateHolderId_fkey" FOREIGN KEY ("mandateHolderId") REFERENCES "MandateHolder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeHourSlot" ADD CONSTRAINT "OfficeHourSlot_bookedByStateId_fkey" FOREIGN KEY ("bookedByStateId") REFERENCES "State"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OfficeHourSlot" ADD CONSTRAINT "OfficeHourSlot_bookedByUserId_fkey" FOREIGN KEY ("bookedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_communicationId_fkey" FOREIGN KEY ("communicationId") REFERENCES "Communication"("id") ON DELETE SET NULL ON UPDATE CASCADE;
