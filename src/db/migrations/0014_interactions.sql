-- Consultations without an application (R16) and files staged at the desk before their form is accepted.
-- Written by hand (see the common brief); the coordinator reconciles the snapshot.
CREATE TABLE "interaction" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"centre_code" text NOT NULL,
	"staff_user_id" integer,
	"service_id" integer,
	"topic" text,
	"channel" text NOT NULL,
	"minutes" smallint NOT NULL,
	"party_id" integer,
	CONSTRAINT "interaction_channel_ck" CHECK ("channel" IN ('visit', 'phone', 'email', 'video')),
	CONSTRAINT "interaction_minutes_ck" CHECK ("minutes" BETWEEN 1 AND 480),
	CONSTRAINT "interaction_subject_ck" CHECK ("service_id" IS NOT NULL OR "topic" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_centre_code_centre_code_fk" FOREIGN KEY ("centre_code") REFERENCES "public"."centre"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_staff_user_id_staff_user_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interaction" ADD CONSTRAINT "interaction_party_id_party_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."party"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interaction_centre_at_idx" ON "interaction" USING btree ("centre_code","at");--> statement-breakpoint
CREATE TABLE "staged_upload" (
	"id" text PRIMARY KEY NOT NULL,
	"staff_user_id" integer NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" bytea NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "staged_upload" ADD CONSTRAINT "staged_upload_staff_user_id_staff_user_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."staff_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staged_upload_created_idx" ON "staged_upload" USING btree ("created_at");
