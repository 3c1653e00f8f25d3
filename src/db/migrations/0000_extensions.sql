-- Extensions for search (R6). PGlite loads them at every open; on PostgreSQL they need the contrib package.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- unaccent() is only STABLE (it depends on search_path); a wrapper naming its dictionary can be IMMUTABLE and indexed.
CREATE OR REPLACE FUNCTION pietura_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION pietura_normalise(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(pietura_unaccent($1)) $$;
