-- The audit chain head locked, read and moved each by a statement of its own (ADR 0013). A filing
-- statement waits on the registry counter for the filing before it; the head, read with the statement's
-- own snapshot, is then out of date, and PostgreSQL rechecks it with EvalPlanQual, which starts the whole
-- (large) plan of the statement a second time. A function's statement takes a fresh snapshot, which
-- already sees the head as the last writer left it. `after` orders the lock after the caller's own (the
-- registry counter): the head is locked only once it is known (STRICT: no lock and no row when it is null).
CREATE FUNCTION pietura_audit_head_locked(after bigint) RETURNS TABLE (last_id bigint, last_hash text)
  LANGUAGE plpgsql STRICT AS $$
BEGIN
  RETURN QUERY SELECT h.last_id, h.last_hash FROM audit_chain_head h WHERE h.id = 1 FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit_chain_head is missing: run the migrations';
  END IF;
END
$$;--> statement-breakpoint
-- Moves the head to the last row appended (locked before by pietura_audit_head_locked); returns its id.
CREATE FUNCTION pietura_audit_head_moved(new_id bigint, new_hash text) RETURNS bigint
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE audit_chain_head SET last_id = new_id, last_hash = new_hash WHERE id = 1;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'audit_chain_head is missing: run the migrations';
  END IF;
  RETURN new_id;
END
$$;
