-- CreateEnum
CREATE TYPE "RoleGrantStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "missionAdmin" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RoleGrantRequest" (
    "id" UUID NOT NULL,
    "targetUserId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "previousRole" "Role",
    "newAccount" BOOLEAN NOT NULL DEFAULT false,
    "status" "RoleGrantStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "RoleGrantRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoleGrantRequest_status_createdAt_idx" ON "RoleGrantRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "RoleGrantRequest_targetUserId_idx" ON "RoleGrantRequest"("targetUserId");

-- AddForeignKey
ALTER TABLE "RoleGrantRequest" ADD CONSTRAINT "RoleGrantRequest_targetUserId_fkey" FOREIGN KEY ("targetUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrantRequest" ADD CONSTRAINT "RoleGrantRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrantRequest" ADD CONSTRAINT "RoleGrantRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Four eyes: at most one pending request per account, even when two admins ask at the same time
-- (hand-written: Prisma's schema has no partial index).
CREATE UNIQUE INDEX "RoleGrantRequest_one_pending_per_target" ON "RoleGrantRequest"("targetUserId") WHERE "status" = 'PENDING';
