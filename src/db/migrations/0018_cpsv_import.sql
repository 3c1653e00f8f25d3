-- Issue 7: CPSV-AP files from other publishers. What a file says that Pietura's standard has no field
-- for is kept with the version it was imported into, so that nothing is lost and editors see it.
-- What an imported draft still needs before it can be published (no Latvian text, no category, …):
-- a list of {"item", "lv", "en"}; null when nothing is missing. docs/cpsv-ap.md, "To-do rules".
ALTER TABLE service_version ADD COLUMN import_todo jsonb;--> statement-breakpoint
-- Provenance: the service's IRI in the file it came from, and who published that file.
ALTER TABLE service_version ADD COLUMN source_iri text;--> statement-breakpoint
ALTER TABLE service_version ADD COLUMN source_publisher text;--> statement-breakpoint
-- The triples of the service (and of the nodes only it uses) that the importer could not map, as N-Triples lines.
ALTER TABLE service_version ADD COLUMN unmapped_triples jsonb;--> statement-breakpoint
-- ISO 4217 code of fee_cents; a foreign catalogue's fee is kept in the currency it is given in.
ALTER TABLE service_version ADD COLUMN fee_currency text NOT NULL DEFAULT 'EUR';--> statement-breakpoint
-- Every cost, channel, contact point, … of an imported service as the file gave them (docs/cpsv-ap.md).
ALTER TABLE service_version ADD COLUMN imported jsonb;--> statement-breakpoint
-- A cost without an amount is "not stated", never free.
ALTER TABLE service_version DROP CONSTRAINT IF EXISTS service_version_fee_kind_check;--> statement-breakpoint
ALTER TABLE service_version ADD CONSTRAINT service_version_fee_kind_check
  CHECK (fee_kind IN ('fixed', 'from', 'varies', 'not_stated'));--> statement-breakpoint
-- The place an organisation serves (dct:spatial), e.g. a foreign authority's own country: [{"iri", "name"}].
ALTER TABLE organisation ADD COLUMN spatial jsonb;--> statement-breakpoint
-- How the importer reads a channel type: a concept IRI or a free-text label (compared in lower case)
-- to a channel kind. Editors extend it with SQL or `npx pietura channel-map add MATCH KIND`.
CREATE TABLE channel_vocabulary (
  match text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('in_person', 'post', 'email', 'e_address', 'portal', 'latvija_lv', 'telephone', 'other')),
  note text
);--> statement-breakpoint
INSERT INTO channel_vocabulary (match, kind, note) VALUES
  ('https://data.norge.no/vocabulary/service-channel-type#service-bureau', 'in_person', 'Norway: service bureau'),
  ('https://data.norge.no/vocabulary/service-channel-type#online-service', 'portal', 'Norway: online service'),
  ('https://data.norge.no/vocabulary/service-channel-type#e-mail', 'email', 'Norway: e-mail'),
  ('https://data.norge.no/vocabulary/service-channel-type#telephone', 'telephone', 'Norway: telephone'),
  ('homepage', 'portal', 'free-text label'),
  ('website', 'portal', 'free-text label'),
  ('online', 'portal', 'free-text label'),
  ('e-service', 'portal', 'free-text label'),
  ('telephone', 'telephone', 'free-text label'),
  ('phone', 'telephone', 'free-text label'),
  ('mail', 'post', 'free-text label'),
  ('post', 'post', 'free-text label'),
  ('email', 'email', 'free-text label'),
  ('e-mail', 'email', 'free-text label'),
  ('face-to-face', 'in_person', 'free-text label'),
  ('in person', 'in_person', 'free-text label');
