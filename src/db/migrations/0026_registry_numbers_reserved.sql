-- Registry numbers reserved by the filing queue and confirmed at the end of the filing statement (ADR 0018).
-- A statement that writes under reserved numbers first marks them as its own: it holds the advisory lock
-- (year, the last number it reserved) to its end. The statement that reserved the numbers after them waits while
-- that lock is held before it confirms its own, so each confirms after the one whose numbers it follows.
CREATE FUNCTION pietura_registry_numbers_reserved(y integer, reserved_from integer, taken integer) RETURNS boolean
  LANGUAGE plpgsql AS $$
BEGIN
  IF reserved_from IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(y, reserved_from + taken);
  END IF;
  RETURN true;
END
$$;--> statement-breakpoint
-- The queue of an app process knows the counter's value after the filings it sent, so the next statement can
-- write its cases under the numbers that follow without holding the counter while it does. Here, once those
-- writes are done (`written`, their row count, is an argument only so that they are evaluated first), the
-- counter moves on from `reserved_from` to `reserved_from + taken` — if it stands at `reserved_from` once the
-- filing before has finished. If anyone else took a number meanwhile, or the filing before rolled back,
-- SQLSTATE PT410 rolls the whole statement back: no number is used twice or skipped, and the queue files the
-- applications again, taking the counter first.
CREATE FUNCTION pietura_registry_numbers_confirmed(y integer, reserved_from integer, taken integer, written bigint)
  RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  moved integer;
  seen integer;
BEGIN
  IF reserved_from IS NULL OR taken IS NULL OR taken < 1 OR written IS NULL THEN
    RAISE EXCEPTION 'pietura_registry_numbers_confirmed: reserved numbers are required';
  END IF;
  -- Waits while the filing whose numbers come before holds its advisory lock, without keeping a lock of its own
  -- (a lock kept would stop that filing from beginning, if it has not yet). Its lock is released once its commit
  -- is visible. One that has not begun yet (its connection was busy) is waited for a little; one that never
  -- comes, or rolled back, fails this statement.
  FOR waited IN 0..200 LOOP
    PERFORM pg_advisory_lock_shared(y, reserved_from), pg_advisory_unlock_shared(y, reserved_from);
    SELECT last INTO seen FROM registry_counter WHERE year = y;
    EXIT WHEN coalesce(seen, 0) >= reserved_from;
    PERFORM pg_sleep(0.0005);
  END LOOP;
  IF reserved_from = 0 THEN
    INSERT INTO registry_counter (year, last) VALUES (y, taken) ON CONFLICT (year) DO NOTHING RETURNING last INTO moved;
  ELSE
    -- Another writer updating the counter meanwhile is waited for, and its value then fails the condition.
    UPDATE registry_counter SET last = reserved_from + taken WHERE year = y AND last = reserved_from
      RETURNING last INTO moved;
  END IF;
  IF moved IS NULL THEN
    RAISE EXCEPTION USING ERRCODE = 'PT410', MESSAGE = 'The registry counter moved since the numbers were reserved';
  END IF;
  RETURN moved;
END
$$;
