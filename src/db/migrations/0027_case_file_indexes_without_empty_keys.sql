-- Indexes of case_file without the cases that have no value for them (ADR 0018): no list asks for cases without a centre,
-- a representative or a retention date, and an online or API application leaves several empty.
DROP INDEX "case_file_centre_due_idx";--> statement-breakpoint
DROP INDEX "case_file_delivery_centre_idx";--> statement-breakpoint
DROP INDEX "case_file_open_centre_due_idx";--> statement-breakpoint
DROP INDEX "case_file_open_delivery_centre_due_idx";--> statement-breakpoint
DROP INDEX "case_file_representative_idx";--> statement-breakpoint
DROP INDEX "case_file_retention_idx";--> statement-breakpoint
CREATE INDEX "case_file_centre_due_idx" ON "case_file" USING btree ("centre_in","due_on","id") WHERE centre_in IS NOT NULL;--> statement-breakpoint
CREATE INDEX "case_file_delivery_centre_idx" ON "case_file" USING btree ("delivery_centre","due_on","id") WHERE delivery_centre IS NOT NULL;--> statement-breakpoint
CREATE INDEX "case_file_open_centre_due_idx" ON "case_file" USING btree ("centre_in","due_on","id") WHERE centre_in IS NOT NULL AND status IN ('registered', 'in_progress', 'awaiting_applicant', 'decided', 'ready_for_issue');--> statement-breakpoint
CREATE INDEX "case_file_open_delivery_centre_due_idx" ON "case_file" USING btree ("delivery_centre","due_on","id") WHERE delivery_centre IS NOT NULL AND status IN ('registered', 'in_progress', 'awaiting_applicant', 'decided', 'ready_for_issue');--> statement-breakpoint
CREATE INDEX "case_file_representative_idx" ON "case_file" USING btree ("representative_id") WHERE representative_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "case_file_retention_idx" ON "case_file" USING btree ("retention_until") WHERE retention_until IS NOT NULL AND personal_data_removed_at IS NULL;