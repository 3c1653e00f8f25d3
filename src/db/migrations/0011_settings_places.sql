ALTER TABLE "municipality" ADD COLUMN "bank_account" text;--> statement-breakpoint
ALTER TABLE "municipality" ADD COLUMN "bank_name" text;--> statement-breakpoint
ALTER TABLE "centre" ADD COLUMN "places" text[] DEFAULT '{}'::text[] NOT NULL;
