-- Written by hand. A user's choice of the language of their account (the language switcher, issue 15)
-- changes nothing a visitor sees: it joins the actions that do not move the public data's generation
-- on (NOTHING_PUBLIC in lib/platform/write-audit.ts).
DROP TRIGGER "AuditEntry_public_data_generation" ON "AuditEntry";

CREATE CONSTRAINT TRIGGER "AuditEntry_public_data_generation" AFTER INSERT ON "AuditEntry"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (NEW."action" NOT IN ('auth.sign-in', 'auth.sign-in-failed', 'auth.sign-in-refused', 'reprisal.view', 'reprisal.summary.clear-refused', 'user.set-own-locale'))
  EXECUTE FUNCTION "public_data_generation_bump"();
