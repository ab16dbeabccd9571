-- Public search (issue 4): the letter language, and full-text vectors kept by PostgreSQL itself
-- (generated columns), so every write path — dispatch, seed bulk insert, replies — stays indexed.
-- The configuration follows the language of the text, and any other language uses 'simple' (no stemming).
-- A generated column needs an IMMUTABLE expression: a CASE over regconfig literals is one.
-- The confidential annex is never part of a vector.

-- AlterTable
ALTER TABLE "Communication" ADD COLUMN     "language" VARCHAR(8) NOT NULL DEFAULT 'en';

ALTER TABLE "Communication" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(CASE "language" WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'simple'::regconfig END, coalesce("subject", '')), 'A')
  || setweight(to_tsvector(CASE "language" WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'simple'::regconfig END, coalesce("summary", '')), 'B')
  || setweight(to_tsvector(CASE "language" WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'simple'::regconfig END, coalesce("body", '')), 'C')
) STORED;

-- AlterTable
ALTER TABLE "CommunicationReply" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector(CASE "language" WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'simple'::regconfig END, coalesce("body", ''))
) STORED;

-- CreateIndex
CREATE INDEX "Communication_status_sentAt_publicFrom_idx" ON "Communication"("status", "sentAt", "publicFrom");

-- CreateIndex
CREATE INDEX "Communication_searchVector_idx" ON "Communication" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "CommunicationReply_searchVector_idx" ON "CommunicationReply" USING GIN ("searchVector");
