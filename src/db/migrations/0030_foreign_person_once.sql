-- A foreigner without a personal code is stored once (issue 8, ADR 0008's amendment of 2026-11-30): the same
-- identity document number and date of birth are the same party, met by intake on a unique index as persons
-- and companies are met on their codes. Until now every application inserted a new row.
--
-- 1. Documents are stored as the app now normalises them (parties/identifiers.ts normaliseDocument): a–z
--    upper-cased (translate, not upper(), so that no locale changes another letter) and spaces, tabs, line
--    breaks, the no-break space, the hyphen-minus and the Unicode hyphens and dashes dropped.
UPDATE party SET identity_document = translate(
    translate(identity_document, 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    E' \t\n\r\u00A0-\u2010\u2011\u2012\u2013\u2014\u2015\u2212', '')
  WHERE identity_document IS NOT NULL;--> statement-breakpoint
-- 2. Duplicates go into the lowest id of their document and date of birth. (Erased parties have neither.)
CREATE TEMP TABLE party_merge ON COMMIT DROP AS
  SELECT id, into_id FROM (
    SELECT id, min(id) OVER (PARTITION BY identity_document, birth_date) AS into_id FROM party
    WHERE kind = 'foreign_person' AND identity_document IS NOT NULL) d
  WHERE id <> into_id;--> statement-breakpoint
-- The row kept takes what the newest of its duplicates says, as a clerk's later intake would have made it: the
-- name, the language and the e-address consent of the newest row, each contact from the newest row that has one.
UPDATE party k SET
    name = n.name,
    email = coalesce((SELECT p.email FROM party p WHERE p.email IS NOT NULL
      AND (p.id = k.id OR p.id IN (SELECT m.id FROM party_merge m WHERE m.into_id = k.id)) ORDER BY p.id DESC LIMIT 1), k.email),
    phone = coalesce((SELECT p.phone FROM party p WHERE p.phone IS NOT NULL
      AND (p.id = k.id OR p.id IN (SELECT m.id FROM party_merge m WHERE m.into_id = k.id)) ORDER BY p.id DESC LIMIT 1), k.phone),
    postal_address = coalesce((SELECT p.postal_address FROM party p WHERE p.postal_address IS NOT NULL
      AND (p.id = k.id OR p.id IN (SELECT m.id FROM party_merge m WHERE m.into_id = k.id)) ORDER BY p.id DESC LIMIT 1),
      k.postal_address),
    e_address_consent = n.e_address_consent,
    preferred_language = n.preferred_language,
    updated_at = greatest(k.updated_at, n.updated_at)
  FROM (SELECT DISTINCT ON (m.into_id) m.into_id, p.name, p.e_address_consent, p.preferred_language, p.updated_at
        FROM party_merge m JOIN party p ON p.id = m.id ORDER BY m.into_id, p.id DESC) n
  WHERE k.id = n.into_id;--> statement-breakpoint
-- Every row that refers to a party (the foreign keys of case_file and interaction) refers to the one kept.
UPDATE case_file SET applicant_id = m.into_id FROM party_merge m WHERE case_file.applicant_id = m.id;--> statement-breakpoint
UPDATE case_file SET representative_id = m.into_id FROM party_merge m WHERE case_file.representative_id = m.id;--> statement-breakpoint
UPDATE interaction SET party_id = m.into_id FROM party_merge m WHERE interaction.party_id = m.id;--> statement-breakpoint
-- The merge is in the audit trail (ids only: the deleted rows' personal data must not outlive them there), one row
-- appended as the app appends one (platform/audit/store.ts appendCtes, hash_version 2), when anything was merged.
WITH merged AS (
    SELECT into_id, jsonb_agg(id ORDER BY id) AS ids FROM party_merge GROUP BY into_id),
  audit_lock AS (
    SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 AND EXISTS (SELECT 1 FROM party_merge) FOR UPDATE),
  audit_values AS (
    SELECT nextval('audit_log_id_seq'::regclass) AS id, now() AS at, 'system'::text AS actor_kind,
      NULL::int AS actor_id, 'migration 0030'::text AS actor_name, 'party.merged'::text AS action,
      'party'::text AS entity, NULL::text AS entity_id, NULL::jsonb AS before,
      jsonb_build_object('reason', 'foreign_person_same_document',
        'merged', (SELECT jsonb_object_agg(into_id::text, ids) FROM merged)) AS after,
      NULLIF(l.last_id, 0) AS prev_id, l.last_hash AS prev_hash
    FROM audit_lock l),
  audit_row AS (
    INSERT INTO audit_log (id, at, actor_kind, actor_id, actor_name, action, entity, entity_id, before, after, prev_id,
      prev_hash, hash, hash_version)
    SELECT v.id, v.at, v.actor_kind, v.actor_id, v.actor_name, v.action, v.entity, v.entity_id, v.before, v.after,
      v.prev_id, v.prev_hash,
      encode(sha256(convert_to(jsonb_build_array(v.id::text,
        to_char(v.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), v.actor_kind, v.actor_id,
        v.actor_name, v.action, v.entity, v.entity_id, v.before, v.after, v.prev_id::text,
        v.prev_hash)::text, 'UTF8')), 'hex'), 2
    FROM audit_values v
    RETURNING id, hash)
UPDATE audit_chain_head SET last_id = r.id, last_hash = r.hash FROM audit_row r WHERE audit_chain_head.id = 1;--> statement-breakpoint
DELETE FROM party WHERE id IN (SELECT id FROM party_merge);--> statement-breakpoint
DROP TABLE party_merge;--> statement-breakpoint
-- 3. From now on intake meets a foreigner on this index (ON CONFLICT), as persons and companies on theirs.
CREATE UNIQUE INDEX "party_foreign_document_uq" ON "party" USING btree ("identity_document","birth_date") WHERE kind = 'foreign_person' AND identity_document IS NOT NULL;
