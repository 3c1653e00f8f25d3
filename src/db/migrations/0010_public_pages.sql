-- Issue 6, points 17, 21 and 22: what the public pages need beyond the standard's own fields.
-- How to read fee_cents: the exact amount ('fixed'), the lowest amount ('from'), or an example of an
-- amount that depends on the case ('varies'; fee_note explains).
ALTER TABLE service_version ADD COLUMN fee_kind text NOT NULL DEFAULT 'fixed'
  CHECK (fee_kind IN ('fixed', 'from', 'varies'));--> statement-breakpoint
-- The service a withdrawn one is replaced by, shown on the withdrawn service's page.
ALTER TABLE service ADD COLUMN replacement_service_id integer REFERENCES service (id) ON DELETE SET NULL;--> statement-breakpoint
-- Related terms that editors maintain: a query holding `term` also searches each of `related`
-- (phrases separated by ";"), e.g. "sociālais pabalsts" → "garantētais minimālais ienākums; mājokļa pabalsts".
CREATE TABLE search_synonym (
  id serial PRIMARY KEY,
  term text NOT NULL,
  related text NOT NULL,
  created_at timestamp with time zone NOT NULL DEFAULT now(),
  updated_at timestamp with time zone NOT NULL DEFAULT now()
);--> statement-breakpoint
CREATE UNIQUE INDEX search_synonym_term_uq ON search_synonym (lower(term));--> statement-breakpoint
CREATE TRIGGER search_synonym_bumps_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON search_synonym
  FOR EACH STATEMENT EXECUTE FUNCTION pietura_bump_catalogue_revision();
