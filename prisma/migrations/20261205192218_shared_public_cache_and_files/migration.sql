-- CreateTable
CREATE TABLE "public_data_generation" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "value" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "public_data_generation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_files" (
    "key" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "stored_files_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "stored_files_createdAt_idx" ON "stored_files"("createdAt");

-- Written by hand (rows and triggers are not expressible in schema.prisma, and the snapshot beside this
-- file is unaffected). Issue 14: caches of public data are invalidated on every instance at the
-- moment of a change. The migration runner splits at every semicolon, comments included: the
-- function body spells its semicolons as \073.

-- The one row of the public data's generation (lib/public-cache/generation.ts).
INSERT INTO "public_data_generation" ("id", "value") VALUES (1, 0);

-- Moved on by every transaction that audits a change, at its commit (a deferred trigger: the row is
-- locked only while the transaction commits, after all its other statements, so it adds no
-- deadlock), with NOTIFY sp_public_data carrying the new value (delivered to the listeners of every
-- instance when the transaction commits, never before). The actions that change nothing a visitor
-- sees are those of NOTHING_PUBLIC in lib/audit/write-audit.ts.
CREATE FUNCTION "public_data_generation_bump"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE v bigint\073
BEGIN
  UPDATE "public_data_generation" SET "value" = "value" + 1 WHERE "id" = 1 RETURNING "value" INTO v\073
  PERFORM pg_notify(''sp_public_data'', v::text)\073
  RETURN NULL\073
END
';

CREATE CONSTRAINT TRIGGER "AuditEntry_public_data_generation" AFTER INSERT ON "AuditEntry"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW."action" NOT IN ('auth.sign-in', 'auth.sign-in-failed', 'auth.sign-in-refused', 'reprisal.view'))
  EXECUTE FUNCTION "public_data_generation_bump"();
