-- AlterTable
ALTER TABLE "ReprisalCase" ADD COLUMN     "publicSummaryWrittenById" UUID;
