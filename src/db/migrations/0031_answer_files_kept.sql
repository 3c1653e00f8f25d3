CREATE TABLE "answer_file" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" integer NOT NULL,
	"form_key" text NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "answer_file" ADD CONSTRAINT "answer_file_case_id_case_file_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."case_file"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answer_file_case_idx" ON "answer_file" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "answer_file_created_idx" ON "answer_file" USING btree ("created_at");