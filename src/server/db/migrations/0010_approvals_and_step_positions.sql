CREATE TABLE "decision_registers" (
	"agency_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_no" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_signed_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"file_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"size" integer NOT NULL,
	"intact" boolean NOT NULL,
	"verification" jsonb NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogue_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"catalogue_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_steps" ADD COLUMN "candidate_position_id" uuid;--> statement-breakpoint
ALTER TABLE "records_catalogues" ADD COLUMN "submitted_by" uuid;--> statement-breakpoint
ALTER TABLE "records_catalogues" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "records_catalogues" ADD COLUMN "approver_position" text;--> statement-breakpoint
ALTER TABLE "records_catalogues" ADD COLUMN "approval_hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "decision_registers_pk" ON "decision_registers" USING btree ("agency_id","year");--> statement-breakpoint
CREATE INDEX "document_signed_files_version" ON "document_signed_files" USING btree ("agency_id","version_id");--> statement-breakpoint
CREATE INDEX "catalogue_events_catalogue" ON "catalogue_events" USING btree ("agency_id","catalogue_id");