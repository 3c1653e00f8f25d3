CREATE TABLE "application_draft" (
	"id" serial PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"service_id" integer NOT NULL,
	"service_version_id" integer NOT NULL,
	"locale" text DEFAULT 'lv' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"applicant" jsonb,
	"delivery" jsonb,
	"current_step" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"submitting_since" timestamp with time zone,
	"submitted_case_id" integer,
	"submitted_number" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "application_draft_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "application_draft_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
CREATE TABLE "draft_file" (
	"id" serial PRIMARY KEY NOT NULL,
	"draft_id" integer NOT NULL,
	"field_code" text NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" bytea NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application_draft" ADD CONSTRAINT "application_draft_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_draft" ADD CONSTRAINT "application_draft_service_version_id_service_version_id_fk" FOREIGN KEY ("service_version_id") REFERENCES "public"."service_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_draft" ADD CONSTRAINT "application_draft_submitted_case_id_case_file_id_fk" FOREIGN KEY ("submitted_case_id") REFERENCES "public"."case_file"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "draft_file" ADD CONSTRAINT "draft_file_draft_id_application_draft_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."application_draft"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_draft_expires_idx" ON "application_draft" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "draft_file_draft_idx" ON "draft_file" USING btree ("draft_id");
