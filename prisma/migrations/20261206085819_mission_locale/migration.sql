-- AlterTable
ALTER TABLE "State" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "GoodStory" ADD COLUMN     "language" VARCHAR(8) NOT NULL DEFAULT 'en';
