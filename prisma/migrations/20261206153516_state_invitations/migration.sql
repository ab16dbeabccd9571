-- CreateEnum
CREATE TYPE "VisitInitiator" AS ENUM ('MANDATE', 'STATE');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "VisitRequestStatus" ADD VALUE 'INVITED';
ALTER TYPE "VisitRequestStatus" ADD VALUE 'INVITATION_DEFERRED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "VisitEventKind" ADD VALUE 'INVITATION';
ALTER TYPE "VisitEventKind" ADD VALUE 'INVITATION_ACCEPTED';
ALTER TYPE "VisitEventKind" ADD VALUE 'INVITATION_DECLINED';
ALTER TYPE "VisitEventKind" ADD VALUE 'INVITATION_DEFERRED';

-- AlterTable
ALTER TABLE "VisitRequest" ADD COLUMN     "initiator" "VisitInitiator" NOT NULL DEFAULT 'MANDATE';
