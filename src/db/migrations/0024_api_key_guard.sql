-- Open311 keeps API keys (hashed) in memory, so a request costs no round trip to find its key; the statement
-- that writes with a key checks that the key is still not revoked (ADR 0014), so a revocation made by any
-- process counts from the next request on.
-- True when the key exists and is not revoked; otherwise an error (SQLSTATE PT403) that rolls the whole
-- statement back, so nothing is written and no number is taken in the name of a revoked key.
CREATE FUNCTION pietura_api_key_usable(key_id integer) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM api_key WHERE id = key_id AND revoked_at IS NULL) THEN
    RAISE EXCEPTION USING ERRCODE = 'PT403', MESSAGE = 'The API key was revoked';
  END IF;
  RETURN true;
END
$$;
