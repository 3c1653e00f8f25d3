CREATE TABLE "category" (
	"code" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "centre" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"is_main" boolean DEFAULT false NOT NULL,
	"address" text NOT NULL,
	"postal_code" text,
	"phone" text,
	"email" text,
	"latitude" text,
	"longitude" text,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "centre_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "centre_exception" (
	"id" serial PRIMARY KEY NOT NULL,
	"centre_id" integer NOT NULL,
	"day" date NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"opens" text,
	"closes" text,
	"note" jsonb
);
--> statement-breakpoint
CREATE TABLE "centre_hours" (
	"id" serial PRIMARY KEY NOT NULL,
	"centre_id" integer NOT NULL,
	"weekday" smallint NOT NULL,
	"opens" text NOT NULL,
	"closes" text NOT NULL,
	"weeks_of_month" jsonb
);
--> statement-breakpoint
CREATE TABLE "life_situation" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "life_situation_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "life_situation_step" (
	"life_situation_id" integer NOT NULL,
	"position" integer NOT NULL,
	"service_id" integer NOT NULL,
	"note" jsonb,
	CONSTRAINT "life_situation_step_life_situation_id_position_pk" PRIMARY KEY("life_situation_id","position")
);
--> statement-breakpoint
CREATE TABLE "municipality" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"name" jsonb NOT NULL,
	"short_name" jsonb NOT NULL,
	"registration_number" text,
	"address" text NOT NULL,
	"phone" text,
	"email" text,
	"e_address" text,
	"website" text,
	"registry_prefix" text NOT NULL,
	"coat_of_arms_svg" text,
	"primary_colour" text DEFAULT '#7a1f2b' NOT NULL,
	"accent_colour" text DEFAULT '#f2c230' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" integer,
	"name" jsonb NOT NULL,
	"email" text,
	"phone" text,
	"address" text,
	"website" text,
	CONSTRAINT "organisation_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "service" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"owner_id" integer NOT NULL,
	"category_code" text NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "service_version" (
	"id" serial PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"review_due" date,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"who_may_apply" jsonb NOT NULL,
	"required_documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"fee_cents" integer DEFAULT 0 NOT NULL,
	"fee_note" jsonb,
	"processing_time" integer NOT NULL,
	"processing_time_unit" text NOT NULL,
	"processing_time_basis" jsonb,
	"legal_basis" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"legal_level" text NOT NULL,
	"apply_channels" jsonb NOT NULL,
	"receive_channels" jsonb NOT NULL,
	"centres" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"centre_exception" jsonb,
	"on_the_spot" boolean DEFAULT false NOT NULL,
	"eservice_maturity" smallint DEFAULT 0 NOT NULL,
	"eservice_url" text,
	"contact" jsonb,
	"internal_notes" text,
	"keywords" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "centre_exception" ADD CONSTRAINT "centre_exception_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_hours" ADD CONSTRAINT "centre_hours_centre_id_centre_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centre"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_situation_step" ADD CONSTRAINT "life_situation_step_life_situation_id_life_situation_id_fk" FOREIGN KEY ("life_situation_id") REFERENCES "public"."life_situation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "life_situation_step" ADD CONSTRAINT "life_situation_step_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_owner_id_organisation_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service" ADD CONSTRAINT "service_category_code_category_code_fk" FOREIGN KEY ("category_code") REFERENCES "public"."category"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version" ADD CONSTRAINT "service_version_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "centre_exception_centre_day_idx" ON "centre_exception" USING btree ("centre_id","day");--> statement-breakpoint
CREATE INDEX "centre_hours_centre_idx" ON "centre_hours" USING btree ("centre_id");--> statement-breakpoint
CREATE INDEX "organisation_parent_idx" ON "organisation" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "service_owner_idx" ON "service" USING btree ("owner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_version_number_uq" ON "service_version" USING btree ("service_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "service_version_one_published_uq" ON "service_version" USING btree ("service_id") WHERE status = 'published';