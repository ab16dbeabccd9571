-- CreateEnum
CREATE TYPE "ProactiveRequestOutcome" AS ENUM ('ANSWERED', 'PARTLY_ANSWERED', 'NO_ANSWER');

-- CreateTable
CREATE TABLE "ProactiveInformationRequest" (
    "id" UUID NOT NULL,
    "stateId" UUID NOT NULL,
    "requestedOn" DATE NOT NULL,
    "subject" TEXT NOT NULL,
    "outcome" "ProactiveRequestOutcome",
    "outcomeOn" DATE,
    "recordedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProactiveInformationRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProactiveInformationRequestMandate" (
    "requestId" UUID NOT NULL,
    "mandateId" UUID NOT NULL,

    CONSTRAINT "ProactiveInformationRequestMandate_pkey" PRIMARY KEY ("requestId","mandateId")
);

-- CreateIndex
CREATE INDEX "ProactiveInformationRequest_stateId_requestedOn_idx" ON "ProactiveInformationRequest"("stateId", "requestedOn");

-- CreateIndex
CREATE INDEX "ProactiveInformationRequest_requestedOn_idx" ON "ProactiveInformationRequest"("requestedOn");

-- CreateIndex
CREATE INDEX "ProactiveInformationRequestMandate_mandateId_idx" ON "ProactiveInformationRequestMandate"("mandateId");

-- AddForeignKey
ALTER TABLE "ProactiveInformationRequest" ADD CONSTRAINT "ProactiveInformationRequest_stateId_fkey" FOREIGN KEY ("stateId") REFERENCES "State"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProactiveInformationRequestMandate" ADD CONSTRAINT "ProactiveInformationRequestMandate_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "ProactiveInformationRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProactiveInformationRequestMandate" ADD CONSTRAINT "ProactiveInformationRequestMandate_mandateId_fkey" FOREIGN KEY ("mandateId") REFERENCES "Mandate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
