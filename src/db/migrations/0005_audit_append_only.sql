-- The audit trail is append-only (R24): the database itself refuses to change or remove its rows.
CREATE OR REPLACE FUNCTION pietura_audit_log_append_only() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;--> statement-breakpoint
CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION pietura_audit_log_append_only();--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION pietura_audit_log_append_only();--> statement-breakpoint
-- The end of the hash chain: appends lock this row, so concurrent writers chain one after another.
INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, 0, repeat('0', 64));
