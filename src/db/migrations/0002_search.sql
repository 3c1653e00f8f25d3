-- Normalised (lower-case, no diacritics) search text of each standard: titles apart from body so titles rank higher.
ALTER TABLE service_version ADD COLUMN search_title text GENERATED ALWAYS AS (
  pietura_normalise(coalesce(name->>'lv', '') || ' ' || coalesce(name->>'en', ''))
) STORED;--> statement-breakpoint
ALTER TABLE service_version ADD COLUMN search_body text GENERATED ALWAYS AS (
  pietura_normalise(
    coalesce(keywords->>'lv', '') || ' ' || coalesce(keywords->>'en', '') || ' ' ||
    coalesce(description->>'lv', '') || ' ' || coalesce(description->>'en', '') || ' ' ||
    coalesce(result->>'lv', '') || ' ' || coalesce(result->>'en', '') || ' ' ||
    coalesce(who_may_apply->>'lv', '') || ' ' || coalesce(who_may_apply->>'en', '')
  )
) STORED;--> statement-breakpoint
CREATE INDEX service_version_search_title_trgm ON service_version USING gin (search_title gin_trgm_ops);--> statement-breakpoint
CREATE INDEX service_version_search_body_trgm ON service_version USING gin (search_body gin_trgm_ops);--> statement-breakpoint
CREATE INDEX service_version_search_tsv ON service_version USING gin (
  to_tsvector('simple', search_title || ' ' || search_body)
);
