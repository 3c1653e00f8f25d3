CREATE TABLE "service_version_step" (
	"id" serial PRIMARY KEY NOT NULL,
	"version_id" integer NOT NULL,
	"step" text NOT NULL,
	"actor_id" integer,
	"actor_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_withdrawal_request" (
	"id" serial PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"effective_from" date,
	"requested_by_id" integer,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_id" integer,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"decision_note" text
);
--> statement-breakpoint
ALTER TABLE "service_version_step" ADD CONSTRAINT "service_version_step_version_id_service_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."service_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_withdrawal_request" ADD CONSTRAINT "service_withdrawal_request_service_id_service_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."service"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_version_step_version_idx" ON "service_version_step" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "service_withdrawal_request_service_idx" ON "service_withdrawal_request" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_withdrawal_request_one_pending_uq" ON "service_withdrawal_request" USING btree ("service_id") WHERE status = 'pending';
