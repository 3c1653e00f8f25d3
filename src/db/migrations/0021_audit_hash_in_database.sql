-- Audit rows hashed by the database (hash_version 2, ADR 0009): one statement locks the chain head, takes the
-- next id, hashes the row with the built-in sha256 over jsonb_build_array(...)::text and moves the head on.
-- Rows written before keep hash_version 1 (hashed by the app, see platform/audit/chain.ts).
ALTER TABLE "audit_log" ADD COLUMN "hash_version" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
-- The registry prefix, or an error that rolls the whole statement back (no number is taken without it).
CREATE FUNCTION municipality_registry_prefix() RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  prefix text;
BEGIN
  SELECT registry_prefix INTO prefix FROM municipality WHERE id = 1;
  IF prefix IS NULL OR prefix = '' THEN
    RAISE EXCEPTION 'The municipality (and its registry prefix) must be configured first';
  END IF;
  RETURN prefix;
END
$$;
