-- Public search in six languages (issue 15, item 5). Texts in English, French, Spanish, Russian and
-- Arabic are stemmed in their language, any other language (Chinese included) is indexed word by word
-- ('simple'), and accents and diacritics fold everywhere: "detencion" finds "detención".
--
-- Accents fold through the unaccent extension (contrib, shipped with PostgreSQL, embedded-postgres and
-- PGlite, which loads it in lib/db/pglite-import.ts), used as the filtering dictionary it is meant to
-- be in text-search configurations of our own, sp_<language>: a copy of PostgreSQL's configuration
-- whose words go through unaccent before the stemmer. A configuration rather than unaccent() around
-- the text: to_tsvector(regconfig, text) stays IMMUTABLE (a generated column needs that), the query
-- side folds the same way without a wrapper, and ts_headline, which parses the stored text with the
-- same configuration, still marks "détention" for a search for "detention".
--
-- Chinese, Japanese, Thai... are written without spaces: the application writes the reply's words
-- spaced in "bodyWords" (lib/core/word-breaks.ts, Intl.Segmenter), which the vector reads instead of
-- the body. Replies stored before this migration are spaced by lib/db/search-words.ts when it is applied.
-- Keep semicolons out of these comments: the migration runner splits statements on them.

-- AlterTable
ALTER TABLE "CommunicationReply" ADD COLUMN     "bodyWords" TEXT;

-- unaccent is a trusted extension (PostgreSQL 13+): the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION sp_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION sp_english ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem;

CREATE TEXT SEARCH CONFIGURATION sp_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION sp_french ALTER MAPPING FOR word, hword, hword_part WITH unaccent, french_stem;

CREATE TEXT SEARCH CONFIGURATION sp_spanish (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION sp_spanish ALTER MAPPING FOR word, hword, hword_part WITH unaccent, spanish_stem;

-- Words in Latin letters keep PostgreSQL's mapping (english_stem for ASCII words in Russian text).
CREATE TEXT SEARCH CONFIGURATION sp_russian (COPY = pg_catalog.russian);
ALTER TEXT SEARCH CONFIGURATION sp_russian ALTER MAPPING FOR word, hword, hword_part WITH unaccent, russian_stem;

-- The Arabic stemmer removes short vowels (harakat) and the article and its prepositions itself.
CREATE TEXT SEARCH CONFIGURATION sp_arabic (COPY = pg_catalog.arabic);
ALTER TEXT SEARCH CONFIGURATION sp_arabic ALTER MAPPING FOR word, hword, hword_part WITH unaccent, arabic_stem;

CREATE TEXT SEARCH CONFIGURATION sp_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION sp_simple ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;

-- The vectors are made again with these configurations (generated columns cannot be altered, their
-- GIN indexes go with them). The CASE is the one of configFor in lib/search/search-filters.ts.
ALTER TABLE "Communication" DROP COLUMN "searchVector";

ALTER TABLE "Communication" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector(CASE "language" WHEN 'en' THEN 'sp_english'::regconfig WHEN 'fr' THEN 'sp_french'::regconfig WHEN 'es' THEN 'sp_spanish'::regconfig WHEN 'ru' THEN 'sp_russian'::regconfig WHEN 'ar' THEN 'sp_arabic'::regconfig ELSE 'sp_simple'::regconfig END, coalesce("subject", '')), 'A')
  || setweight(to_tsvector(CASE "language" WHEN 'en' THEN 'sp_english'::regconfig WHEN 'fr' THEN 'sp_french'::regconfig WHEN 'es' THEN 'sp_spanish'::regconfig WHEN 'ru' THEN 'sp_russian'::regconfig WHEN 'ar' THEN 'sp_arabic'::regconfig ELSE 'sp_simple'::regconfig END, coalesce("summary", '')), 'B')
  || setweight(to_tsvector(CASE "language" WHEN 'en' THEN 'sp_english'::regconfig WHEN 'fr' THEN 'sp_french'::regconfig WHEN 'es' THEN 'sp_spanish'::regconfig WHEN 'ru' THEN 'sp_russian'::regconfig WHEN 'ar' THEN 'sp_arabic'::regconfig ELSE 'sp_simple'::regconfig END, coalesce("body", '')), 'C')
) STORED;

CREATE INDEX "Communication_searchVector_idx" ON "Communication" USING GIN ("searchVector");

ALTER TABLE "CommunicationReply" DROP COLUMN "searchVector";

ALTER TABLE "CommunicationReply" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector(CASE "language" WHEN 'en' THEN 'sp_english'::regconfig WHEN 'fr' THEN 'sp_french'::regconfig WHEN 'es' THEN 'sp_spanish'::regconfig WHEN 'ru' THEN 'sp_russian'::regconfig WHEN 'ar' THEN 'sp_arabic'::regconfig ELSE 'sp_simple'::regconfig END, coalesce("bodyWords", "body", ''))
  || to_tsvector(CASE "translationLanguage" WHEN 'en' THEN 'sp_english'::regconfig WHEN 'fr' THEN 'sp_french'::regconfig WHEN 'es' THEN 'sp_spanish'::regconfig WHEN 'ru' THEN 'sp_russian'::regconfig WHEN 'ar' THEN 'sp_arabic'::regconfig ELSE 'sp_simple'::regconfig END, coalesce("translation", ''))
) STORED;

CREATE INDEX "CommunicationReply_searchVector_idx" ON "CommunicationReply" USING GIN ("searchVector");

-- The letters' "repliesVector" (kept by the triggers of migration search_replies_vector) from the new vectors.
UPDATE "Communication" c
SET "repliesVector" = x.v
FROM (SELECT r."communicationId", sp_tsvector_agg(r."searchVector") AS v FROM "CommunicationReply" r GROUP BY r."communicationId") x
WHERE x."communicationId" = c.id;

-- The new columns have no statistics yet, and a table rewrite does not wake autovacuum: without them
-- the planner guesses how many letters a word matches (the search's totals and its choice of plan).
ANALYZE "Communication";
ANALYZE "CommunicationReply";
