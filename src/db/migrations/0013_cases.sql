-- Cases (issue 8): parties, the registry with its gapless counter, cases, their events and documents,
-- retention rules. Written by hand (see the common brief); the coordinator reconciles the snapshot.
CREATE TABLE "party" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"personal_code" text,
	"registration_number" text,
	"name" text NOT NULL,
	"birth_date" date,
	"identity_document" text,
	"email" text,
	"phone" text,
	"postal_address" text,
	"e_address_consent" boolean DEFAULT false NOT NULL,
	"preferred_language" text DEFAULT 'lv' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_at" timestamp with time zone,
	CONSTRAINT "party_kind_ck" CHECK ("kind" IN ('person', 'foreign_person', 'company')),
	CONSTRAINT "party_identity_ck" CHECK (erased_at IS NOT NULL
		OR ("kind" = 'person' AND "personal_code" IS NOT NULL)
		OR ("kind" = 'company' AND "registration_number" IS NOT NULL)
		OR ("kind" = 'foreign_person' AND "birth_date" IS NOT NULL AND "identity_document" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "party_personal_code_uq" ON "party" USING btree ("personal_code") WHERE personal_code IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "party_registration_number_uq" ON "party" USING btree ("registration_number") WHERE registration_number IS NOT NULL;--> statement-breakpoint
CREATE TABLE "registry_counter" (
	"year" smallint PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry_entry" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"year" smallint NOT NULL,
	"seq" integer NOT NULL,
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"case_id" integer,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"correspondent" text,
	"subject" text NOT NULL,
	"channel" text,
	"centre_code" text,
	"registered_by" integer,
	CONSTRAINT "registry_entry_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "registry_entry_year_seq_uq" ON "registry_entry" USING btree ("year","seq");--> statement-breakpoint
CREATE INDEX "registry_entry_case_idx" ON "registry_entry" USING btree ("case_id");--> statement-breakpoint
CREATE TABLE "case_file" (
	"id" serial PRIMARY KEY NOT NULL,
	"registration_number" text NOT NULL,
	"registry_entry_id" integer,
	"service_id" integer NOT NULL,
	"service_version_id" integer NOT NULL,
	"applicant_id" integer,
	"representative_id" integer,
	"representation_basis" text,
	"channel_in" text NOT NULL,
	"centre_in" text,
	"unit_code" text NOT NULL,
	"assignee_id" integer,
	"status" text NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"max_due_on" date,
	"paused_since" date,
	"on_the_spot" boolean DEFAULT false NOT NULL,
	"delivery_channel" text NOT NULL,
	"delivery_centre" text,
	"access_code_hash" text NOT NULL,
	"idempotency_key" text,
	"row_version" integer DEFAULT 1 NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decision" text,
	"decided_on" date,
	"closed_at" timestamp with time zone,
	"forwarded_to" text,
	"forwarding_working_days" smallint,
	"retention_until" date,
	"personal_data_removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_file_registration_number_unique" UNIQUE("registration_number"),
	CONSTRAINT "case_file_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "case_file_status_ck" CHECK ("status" IN ('registered', 'forwarded', 'in_progress',
		'awaiting_applicant', 'decided', 'ready_for_issue', 'issued', 'rejected', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "case_event" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" integer,
	"actor_name" text,
	"type" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"reason" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_document" (
	"id" serial PRIMARY KEY NOT NULL,
	"case_id" integer,
	"registry_entry_id" integer,
	"direction" text NOT NULL,
	"registry_number" text,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" bytea,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_retention_rule" (
	"service_id" integer PRIMARY KEY NOT NULL,
	"years" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"default_retention_years" smallint DEFAULT 5 NOT NULL,
	CONSTRAINT "case_settings_single_ck" CHECK ("id" = 1)
);
--> statement-breakpoint
INSERT INTO "case_settings" ("id", "default_retention_years") VALUES (1, 5);--> statement-breakpoint
CREATE TABLE "retention_run" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"dry_run" boolean NOT NULL,
	"cases" integer NOT NULL,
	"documents" integer NOT NULL,
	"parties" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_service_version_id_service_version_id_fk" FOREIGN KEY ("service_version_id") REFERENCES "public"."service_version"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_applicant_id_party_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_representative_id_party_id_fk" FOREIGN KEY ("representative_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_centre_in_centre_code_fk" FOREIGN KEY ("centre_in") REFERENCES "public"."centre"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_unit_code_organisation_code_fk" FOREIGN KEY ("unit_code") REFERENCES "public"."organisation"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_assignee_id_staff_user_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_delivery_centre_centre_code_fk" FOREIGN KEY ("delivery_centre") REFERENCES "public"."centre"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_event" ADD CONSTRAINT "case_event_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_document" ADD CONSTRAINT "case_document_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_retention_rule" ADD CONSTRAINT "case_retention_rule_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_file_unit_due_idx" ON "case_file" USING btree ("unit_code","due_on","id");--> statement-breakpoint
CREATE INDEX "case_file_assignee_due_idx" ON "case_file" USING btree ("assignee_id","due_on","id");--> statement-breakpoint
CREATE INDEX "case_file_centre_due_idx" ON "case_file" USING btree ("centre_in","due_on","id");--> statement-breakpoint
CREATE INDEX "case_file_delivery_centre_idx" ON "case_file" USING btree ("delivery_centre","due_on","id");--> statement-breakpoint
CREATE INDEX "case_file_open_unit_due_idx" ON "case_file" USING btree ("unit_code","due_on","id") WHERE status IN ('registered', 'in_progress', 'awaiting_applicant', 'decided', 'ready_for_issue');--> statement-breakpoint
CREATE INDEX "case_file_open_assignee_due_idx" ON "case_file" USING btree ("assignee_id","due_on","id") WHERE status IN ('registered', 'in_progress', 'awaiting_applicant', 'decided', 'ready_for_issue');--> statement-breakpoint
CREATE INDEX "case_file_open_centre_due_idx" ON "case_file" USING btree ("centre_in","due_on","id") WHERE status IN ('registered', 'in_progress', 'awaiting_applicant', 'decided', 'ready_for_issue');--> statement-breakpoint
CREATE INDEX "case_file_open_delivery_centre_due_idx" ON "case_file" USING btree ("delivery_centre","due_on","id") WHERE status IN ('registered', 'in_progress', 'awaiting_applicant', 'decided', 'ready_for_issue');--> statement-breakpoint
CREATE INDEX "case_file_open_due_idx" ON "case_file" USING btree ("due_on","id") WHERE status IN ('registered', 'in_progress', 'awaiting_applicant', 'decided', 'ready_for_issue');--> statement-breakpoint
CREATE INDEX "case_file_due_idx" ON "case_file" USING btree ("due_on","id");--> statement-breakpoint
CREATE INDEX "case_file_applicant_idx" ON "case_file" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "case_file_representative_idx" ON "case_file" USING btree ("representative_id");--> statement-breakpoint
CREATE INDEX "case_file_retention_idx" ON "case_file" USING btree ("retention_until") WHERE personal_data_removed_at IS NULL;--> statement-breakpoint
CREATE INDEX "case_event_case_idx" ON "case_event" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_document_case_idx" ON "case_document" USING btree ("case_id");
