-- Every new catalogue revision is announced (LISTEN pietura_catalogue_revision), so a process serving
-- cached pages learns of it without asking on every request (src/db/catalogue-revision.ts). The
-- trigger sits on the counter itself: every bump is announced, whichever table or hand-written SQL
-- moved it. NOTIFY is sent at commit; several bumps in one transaction send each value.
CREATE OR REPLACE FUNCTION pietura_notify_catalogue_revision() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('pietura_catalogue_revision', NEW.n::text);
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER catalogue_revision_notifies AFTER INSERT OR UPDATE ON catalogue_revision
  FOR EACH ROW EXECUTE FUNCTION pietura_notify_catalogue_revision();
