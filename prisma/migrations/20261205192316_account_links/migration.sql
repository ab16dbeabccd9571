-- CreateEnum
CREATE TYPE "AccountLinkPurpose" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "invitationPending" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "UserInvitation" ADD COLUMN     "purpose" "AccountLinkPurpose" NOT NULL DEFAULT 'INVITATION';

-- Administrators invited by `npm run admin:create` who have not yet set their password.
UPDATE "User" u SET "invitationPending" = true
WHERE u."lastSignInAt" IS NULL
  AND EXISTS (SELECT 1 FROM "UserInvitation" i WHERE i."userId" = u."id")
  AND NOT EXISTS (SELECT 1 FROM "AuditEntry" a WHERE a."entityId" = u."id"::text AND a."action" = 'user.accept-invitation');
