-- A filing statement sent with nothing else under way takes the registry counter first and marks the numbers it
-- expects to take (ADR 0018); statements sent after it reserve the numbers that follow those and write under
-- them at once. If someone else took a number meanwhile, the first would write under numbers the next is
-- writing too, each then waiting for the other (a deadlock PostgreSQL breaks only after deadlock_timeout).
-- So a statement that finds the counter elsewhere than expected fails at once, before it writes anything, with
-- the SQLSTATE of reserved numbers found taken (PT410): its applications are filed again, taking the counter first.
CREATE FUNCTION pietura_registry_counter_as_expected(expected_from integer, taken integer, counter_last integer)
  RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF expected_from IS NOT NULL AND counter_last IS DISTINCT FROM expected_from + taken THEN
    RAISE EXCEPTION USING ERRCODE = 'PT410', MESSAGE = 'The registry counter moved since the numbers were expected';
  END IF;
  RETURN true;
END
$$;
