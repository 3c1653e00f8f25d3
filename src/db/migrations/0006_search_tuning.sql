-- Search (R6) at catalogue scale (docs/search.md). Fuzzy matching of every query word against the whole
-- text of every standard cost ~0.7 ms a row and word; instead each query word is matched against the
-- catalogue's vocabulary (each distinct word once, trigram-indexed), and the standards holding the words
-- found are then picked by an array index.
ALTER TABLE service_version ADD COLUMN search_title_words text[] GENERATED ALWAYS AS (
  tsvector_to_array(to_tsvector('simple', pietura_normalise(coalesce(name->>'lv', '') || ' ' || coalesce(name->>'en', ''))))
) STORED;--> statement-breakpoint
ALTER TABLE service_version ADD COLUMN search_words text[] GENERATED ALWAYS AS (
  tsvector_to_array(to_tsvector('simple', pietura_normalise(
    coalesce(name->>'lv', '') || ' ' || coalesce(name->>'en', '') || ' ' ||
    coalesce(keywords->>'lv', '') || ' ' || coalesce(keywords->>'en', '') || ' ' ||
    coalesce(description->>'lv', '') || ' ' || coalesce(description->>'en', '') || ' ' ||
    coalesce(result->>'lv', '') || ' ' || coalesce(result->>'en', '') || ' ' ||
    coalesce(who_may_apply->>'lv', '') || ' ' || coalesce(who_may_apply->>'en', '')
  )))
) STORED;--> statement-breakpoint
CREATE INDEX service_version_search_words_gin ON service_version USING gin (search_words);--> statement-breakpoint
-- The trigram and tsvector indexes over the whole body text are no longer read by any query.
DROP INDEX IF EXISTS service_version_search_body_trgm;--> statement-breakpoint
DROP INDEX IF EXISTS service_version_search_tsv;--> statement-breakpoint
-- Every word any version has ever held. Words of drafts or of deleted rows only widen the candidates:
-- a standard is found only through the words it holds itself.
CREATE TABLE search_vocabulary (word text COLLATE "C" PRIMARY KEY);--> statement-breakpoint
CREATE INDEX search_vocabulary_trgm ON search_vocabulary USING gin (word gin_trgm_ops);--> statement-breakpoint
CREATE OR REPLACE FUNCTION pietura_add_search_words() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  INSERT INTO search_vocabulary (word) SELECT DISTINCT unnest(NEW.search_words) ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER service_version_search_words_insert AFTER INSERT ON service_version
  FOR EACH ROW EXECUTE FUNCTION pietura_add_search_words();--> statement-breakpoint
CREATE TRIGGER service_version_search_words_update AFTER UPDATE ON service_version
  FOR EACH ROW WHEN (NEW.search_words IS DISTINCT FROM OLD.search_words)
  EXECUTE FUNCTION pietura_add_search_words();--> statement-breakpoint
INSERT INTO search_vocabulary (word) SELECT DISTINCT unnest(search_words) FROM service_version ON CONFLICT DO NOTHING;
