-- The numbers a filing statement takes (ADR 0018), checked once per statement instead of once per application.
--
-- A statement sent with nothing else under way takes the registry counter first and marks the numbers it expects
-- to take; statements sent after it reserve the numbers that follow those and write under them at once. If
-- someone else took a number meanwhile, the first would write under numbers the next is writing too, each then
-- waiting for the other (a deadlock PostgreSQL breaks only after deadlock_timeout). So a statement that finds the
-- counter elsewhere than expected now fails at once, before it writes anything, with the SQLSTATE of reserved
-- numbers found taken (PT410): its applications are filed again, taking the counter first.
--
-- `counter_last` is where the counter stands once the statement took it (NULL when it reserved its numbers). The
-- advisory lock on the last number marked is what a statement reserving after this one waits on
-- (pietura_registry_numbers_confirmed, migration 0026).
CREATE FUNCTION pietura_registry_numbers_taken(y integer, reserved_from integer, expected_from integer, taken integer,
  counter_last integer) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF expected_from IS NOT NULL AND counter_last IS DISTINCT FROM expected_from + taken THEN
    RAISE EXCEPTION USING ERRCODE = 'PT410', MESSAGE = 'The registry counter moved since the numbers were expected';
  END IF;
  IF coalesce(reserved_from, expected_from) IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(y, coalesce(reserved_from, expected_from) + taken);
  END IF;
  RETURN true;
END
$$;--> statement-breakpoint
DROP FUNCTION pietura_registry_numbers_reserved(integer, integer, integer);
