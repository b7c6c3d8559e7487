CREATE TABLE "case_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"case_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"action" text NOT NULL,
	"duration_days" integer NOT NULL,
	"assignee_id" uuid,
	"candidate_role" text,
	"candidate_unit_id" uuid,
	"state" text DEFAULT 'active' NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL,
	"done_date" date,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"decision" text,
	"output" text,
	"output_item_id" uuid,
	"return_reason" text,
	"working_days" integer,
	"days_late" integer,
	"reminder_sent_on" date
);
--> statement-breakpoint
CREATE TABLE "work_cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" "citext" NOT NULL,
	"title" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"procedure_document_id" uuid NOT NULL,
	"procedure_version_id" uuid NOT NULL,
	"file_id" uuid,
	"file_opened_at_start" boolean DEFAULT true NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"started_by" uuid NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date,
	"closed_date" date,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "archive_transfers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unit_id" uuid NOT NULL,
	"transfer_date" date NOT NULL,
	"handed_over_by" uuid NOT NULL,
	"received_by_name" text NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "catalogue_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"catalogue_id" uuid NOT NULL,
	"heading_id" uuid,
	"position" integer NOT NULL,
	"code" "citext" NOT NULL,
	"title" text NOT NULL,
	"retention_years" integer,
	"owner_unit_id" uuid NOT NULL,
	"owner_person_id" uuid,
	"notes" text,
	"source_document_id" uuid,
	"source_record_name" text
);
--> statement-breakpoint
CREATE TABLE "catalogue_headings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"catalogue_id" uuid NOT NULL,
	"parent_id" uuid,
	"position" integer NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_file_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"file_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"file_hash" text,
	"file_name" text,
	"mime_type" text,
	"size" integer,
	"link_type" text,
	"link_id" uuid,
	"document_date" date,
	"page_count" integer DEFAULT 0 NOT NULL,
	"added_by" uuid,
	"removed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"catalogue_entry_id" uuid,
	"file_code" "citext" NOT NULL,
	"title" text NOT NULL,
	"retention_years" integer,
	"access_regime" text DEFAULT 'internal' NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"owner_person_id" uuid,
	"language" text DEFAULT 'Tiếng Việt' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"page_count" integer DEFAULT 0 NOT NULL,
	"notes" text,
	"state" text DEFAULT 'open' NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"transfer_id" uuid,
	"opened_by" uuid
);
--> statement-breakpoint
CREATE TABLE "records_catalogues" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"copied_from_id" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"issued_by" uuid,
	"issued_at" timestamp with time zone,
	"created_by" uuid
);
--> statement-breakpoint
CREATE INDEX "case_steps_case" ON "case_steps" USING btree ("agency_id","case_id","sequence");--> statement-breakpoint
CREATE INDEX "case_steps_assignee_active" ON "case_steps" USING btree ("agency_id","assignee_id","state","due_date");--> statement-breakpoint
CREATE INDEX "work_cases_unit_start" ON "work_cases" USING btree ("agency_id","unit_id","start_date");--> statement-breakpoint
CREATE INDEX "work_cases_procedure_start" ON "work_cases" USING btree ("agency_id","procedure_document_id","start_date");--> statement-breakpoint
CREATE INDEX "work_cases_state" ON "work_cases" USING btree ("agency_id","state");--> statement-breakpoint
CREATE INDEX "archive_transfers_unit" ON "archive_transfers" USING btree ("agency_id","unit_id","transfer_date");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogue_entries_code" ON "catalogue_entries" USING btree ("agency_id","catalogue_id","code");--> statement-breakpoint
CREATE INDEX "catalogue_entries_source" ON "catalogue_entries" USING btree ("agency_id","source_document_id");--> statement-breakpoint
CREATE INDEX "catalogue_headings_catalogue" ON "catalogue_headings" USING btree ("agency_id","catalogue_id");--> statement-breakpoint
CREATE INDEX "record_file_items_file" ON "record_file_items" USING btree ("agency_id","file_id");--> statement-breakpoint
CREATE UNIQUE INDEX "record_files_code" ON "record_files" USING btree ("agency_id","file_code");--> statement-breakpoint
CREATE INDEX "record_files_unit_state" ON "record_files" USING btree ("agency_id","unit_id","state");--> statement-breakpoint
CREATE INDEX "record_files_entry" ON "record_files" USING btree ("agency_id","catalogue_entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "records_catalogues_unit_year" ON "records_catalogues" USING btree ("agency_id","unit_id","year");