CREATE TABLE "drafting_plan_item" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"service_id" integer,
	"new_service_title" jsonb,
	"kind" text NOT NULL,
	"deadline" date NOT NULL,
	"responsible_user_id" integer,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_version_comment" (
	"id" serial PRIMARY KEY NOT NULL,
	"version_id" integer NOT NULL,
	"author_id" integer,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "drafting_plan_item" ADD CONSTRAINT "drafting_plan_item_unit_id_organisation_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organisation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafting_plan_item" ADD CONSTRAINT "drafting_plan_item_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_version_comment" ADD CONSTRAINT "service_version_comment_version_id_service_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."service_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "drafting_plan_item_unit_idx" ON "drafting_plan_item" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "drafting_plan_item_service_idx" ON "drafting_plan_item" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_version_comment_version_idx" ON "service_version_comment" USING btree ("version_id");