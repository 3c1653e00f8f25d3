-- API keys (issue 9 point 7, issue 7 point 3) and a party known only by name and contacts (Open311
-- carries no personal code). Written by hand (see the common brief); the coordinator reconciles the snapshot.
CREATE TABLE "api_key" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"prefix" text NOT NULL,
	"secret_hash" text NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"requests_per_minute" integer DEFAULT 600 NOT NULL,
	CONSTRAINT "api_key_secret_hash_uq" UNIQUE("secret_hash"),
	CONSTRAINT "api_key_name_ck" CHECK (length(btrim("name")) BETWEEN 1 AND 100),
	CONSTRAINT "api_key_requests_per_minute_ck" CHECK ("requests_per_minute" BETWEEN 1 AND 1000000),
	CONSTRAINT "api_key_secret_hash_ck" CHECK ("secret_hash" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_created_by_staff_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "party" DROP CONSTRAINT "party_kind_ck";--> statement-breakpoint
ALTER TABLE "party" ADD CONSTRAINT "party_kind_ck" CHECK ("kind" IN ('person', 'foreign_person', 'company', 'contact_person'));--> statement-breakpoint
ALTER TABLE "party" DROP CONSTRAINT "party_identity_ck";--> statement-breakpoint
ALTER TABLE "party" ADD CONSTRAINT "party_identity_ck" CHECK (erased_at IS NOT NULL
		OR ("kind" = 'person' AND "personal_code" IS NOT NULL)
		OR ("kind" = 'company' AND "registration_number" IS NOT NULL)
		OR ("kind" = 'foreign_person' AND "birth_date" IS NOT NULL AND "identity_document" IS NOT NULL)
		OR ("kind" = 'contact_person' AND "personal_code" IS NULL AND "registration_number" IS NULL
			AND ("email" IS NOT NULL OR "phone" IS NOT NULL)));
