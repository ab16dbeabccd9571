-- CreateTable
CREATE TABLE "InductionSession" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "location" TEXT NOT NULL,
    "outline" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InductionSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InductionMaterial" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InductionMaterial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VacancyRecord" (
    "id" UUID NOT NULL,
    "tenureId" UUID NOT NULL,
    "appointmentSession" INTEGER,
    "shortlist" TEXT,
    "appointedName" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VacancyRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultativeGroupMember" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "regionalGroup" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultativeGroupMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormerHolderEngagement" (
    "id" UUID NOT NULL,
    "mandateHolderId" UUID NOT NULL,
    "mandateId" UUID NOT NULL,
    "activity" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormerHolderEngagement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExternalResource" (
    "id" UUID NOT NULL,
    "mandateId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "amountUsd" INTEGER,
    "inKind" TEXT,
    "purpose" TEXT NOT NULL,
    "declaredByRole" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExternalResource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InductionSession_startsOn_idx" ON "InductionSession"("startsOn");

-- CreateIndex
CREATE INDEX "InductionMaterial_sessionId_idx" ON "InductionMaterial"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "VacancyRecord_tenureId_key" ON "VacancyRecord"("tenureId");

-- CreateIndex
CREATE INDEX "ConsultativeGroupMember_year_idx" ON "ConsultativeGroupMember"("year");

-- CreateIndex
CREATE INDEX "FormerHolderEngagement_occurredOn_idx" ON "FormerHolderEngagement"("occurredOn");

-- CreateIndex
CREATE INDEX "FormerHolderEngagement_mandateHolderId_idx" ON "FormerHolderEngagement"("mandateHolderId");

-- CreateIndex
CREATE INDEX "ExternalResource_mandateId_year_idx" ON "ExternalResource"("mandateId", "year");

-- CreateIndex
CREATE INDEX "ExternalResource_year_idx" ON "ExternalResource"("year");

-- AddForeignKey
ALTER TABLE "InductionMaterial" ADD CONSTRAINT "InductionMaterial_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "InductionSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VacancyRecord" ADD CONSTRAINT "VacancyRecord_tenureId_fkey" FOREIGN KEY ("tenureId") REFERENCES "MandateTenure"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormerHolderEngagement" ADD CONSTRAINT "FormerHolderEngagement_mandateHolderId_fkey" FOREIGN KEY ("mandateHolderId") REFERENCES "MandateHolder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormerHolderEngagement" ADD CONSTRAINT "FormerHolderEngagement_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExternalResource" ADD CONSTRAINT "ExternalResource_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
