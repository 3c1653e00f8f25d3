-- Intake keeps what it looks up (the version, the centres, the working calendar) in memory per catalogue
-- revision and files against it in one statement that first checks the revision is still the same (ADR 0011).
-- The deadlines depend on the moved working days, so a change to them moves the revision as well.
CREATE TRIGGER calendar_moved_day_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON calendar_moved_day
  FOR EACH STATEMENT EXECUTE FUNCTION pietura_bump_catalogue_revision();--> statement-breakpoint
-- True when the catalogue revision is still `expected`; otherwise an error (SQLSTATE PT409) that rolls the
-- whole statement back, so nothing is written and no number is taken with what the caller knew.
CREATE FUNCTION pietura_catalogue_unchanged(expected bigint) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT n FROM catalogue_revision WHERE id = 1) IS DISTINCT FROM expected THEN
    RAISE EXCEPTION USING ERRCODE = 'PT409', MESSAGE = 'The catalogue changed since it was read';
  END IF;
  RETURN true;
END
$$;
