-- A counter that moves with every change to what the public site shows. Rendered public pages are
-- cached per process and checked against it on each request, so a write in any process (or by hand
-- in SQL) is seen at once everywhere: the triggers make it impossible to forget.
CREATE TABLE catalogue_revision (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  n bigint NOT NULL DEFAULT 0
);--> statement-breakpoint
INSERT INTO catalogue_revision (id, n) VALUES (1, 0);--> statement-breakpoint
CREATE OR REPLACE FUNCTION pietura_bump_catalogue_revision() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE catalogue_revision SET n = n + 1 WHERE id = 1;
  RETURN NULL;
END $$;--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['municipality', 'organisation', 'category', 'service', 'service_version',
    'life_situation', 'life_situation_step', 'centre', 'centre_hours', 'centre_exception']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
      FOR EACH STATEMENT EXECUTE FUNCTION pietura_bump_catalogue_revision()', t || '_bumps_revision', t);
  END LOOP;
END $$;
