-- Public search (issue 4): a letter is found by its own text or by the text of its replies (R5).
-- "repliesVector" holds the concatenated vectors of a letter's replies, kept by statement-level
-- triggers on "CommunicationReply" (one UPDATE per statement, also for bulk inserts), so a search is
-- one bitmap over two GIN indexes of "Communication" instead of a join with the replies.
-- Keep semicolons out of these comments: the migration runner splits statements on them (it knows
-- no quoting at all), hence the function body as an E-string with \073 for each semicolon.

-- AlterTable
ALTER TABLE "Communication" ADD COLUMN     "repliesVector" tsvector;

-- The vectors of a set of rows, concatenated (tsvector_concat is the function behind ||).
CREATE AGGREGATE sp_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

CREATE FUNCTION sp_refresh_replies_vector() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Communication" c
  SET "repliesVector" = (SELECT sp_tsvector_agg(r."searchVector") FROM "CommunicationReply" r WHERE r."communicationId" = c.id)
  WHERE c.id IN (SELECT DISTINCT ch."communicationId" FROM changed_replies ch)\073
  RETURN NULL\073
END
';

CREATE TRIGGER "CommunicationReply_vector_insert" AFTER INSERT ON "CommunicationReply"
  REFERENCING NEW TABLE AS changed_replies FOR EACH STATEMENT EXECUTE FUNCTION sp_refresh_replies_vector();
CREATE TRIGGER "CommunicationReply_vector_update_new" AFTER UPDATE ON "CommunicationReply"
  REFERENCING NEW TABLE AS changed_replies FOR EACH STATEMENT EXECUTE FUNCTION sp_refresh_replies_vector();
CREATE TRIGGER "CommunicationReply_vector_update_old" AFTER UPDATE ON "CommunicationReply"
  REFERENCING OLD TABLE AS changed_replies FOR EACH STATEMENT EXECUTE FUNCTION sp_refresh_replies_vector();
CREATE TRIGGER "CommunicationReply_vector_delete" AFTER DELETE ON "CommunicationReply"
  REFERENCING OLD TABLE AS changed_replies FOR EACH STATEMENT EXECUTE FUNCTION sp_refresh_replies_vector();

-- Letters that already have replies.
UPDATE "Communication" c
SET "repliesVector" = x.v
FROM (SELECT r."communicationId", sp_tsvector_agg(r."searchVector") AS v FROM "CommunicationReply" r GROUP BY r."communicationId") x
WHERE x."communicationId" = c.id;

-- CreateIndex
CREATE INDEX "Communication_repliesVector_idx" ON "Communication" USING GIN ("repliesVector");

-- CreateIndex
CREATE INDEX "Communication_publicFrom_id_idx" ON "Communication"("publicFrom" DESC, "id" DESC);
