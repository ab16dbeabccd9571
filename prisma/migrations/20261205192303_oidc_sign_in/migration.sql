-- AlterTable
ALTER TABLE "User" ADD COLUMN     "passwordSignInDisabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "UserSession" ADD COLUMN     "method" TEXT NOT NULL DEFAULT 'password';
