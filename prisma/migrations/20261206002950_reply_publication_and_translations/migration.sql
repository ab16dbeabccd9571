-- Replies published on receipt (issue 17, item 4, R5): the letter keeps what the setting was when it
-- was sent ("publishRepliesOnReceipt", what its text told the addressee), a reply records the
-- secretariat's translation (language, date, and a translation file among its attachments).
-- Letters sent before keep the rule they were sent under: false.
-- Keep semicolons out of these comments: the migration runner splits statements on them.

-- AlterTable
ALTER TABLE "Communication" ADD COLUMN     "publishRepliesOnReceipt" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "CommunicationReply" ADD COLUMN     "translatedAt" TIMESTAMP(3),
ADD COLUMN     "translationLanguage" VARCHAR(8);

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "isTranslation" BOOLEAN NOT NULL DEFAULT false;

-- A reply is found by its translation too: the generated vector adds the translation in the
-- translation's language configuration ('simple' for any other). Generated columns cannot be
-- altered, so the column (and its GIN index) is made again, and the letters' "repliesVector",
-- kept by the triggers of migration search_replies_vector, is refreshed from the new vectors.
ALTER TABLE "CommunicationReply" DROP COLUMN "searchVector";

ALTER TABLE "CommunicationReply" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector(CASE "language" WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'simple'::regconfig END, coalesce("body", ''))
  || to_tsvector(CASE "translationLanguage" WHEN 'en' THEN 'english'::regconfig WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig ELSE 'simple'::regconfig END, coalesce("translation", ''))
) STORED;

CREATE INDEX "CommunicationReply_searchVector_idx" ON "CommunicationReply" USING GIN ("searchVector");

-- Translations stored so far were into English.
UPDATE "CommunicationReply" SET "translationLanguage" = 'en' WHERE "translation" IS NOT NULL AND "translationLanguage" IS NULL;

UPDATE "Communication" c
SET "repliesVector" = x.v
FROM (SELECT r."communicationId", sp_tsvector_agg(r."searchVector") AS v FROM "CommunicationReply" r GROUP BY r."communicationId") x
WHERE x."communicationId" = c.id;
