CREATE TABLE "nonconformity_evidence" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"nonconformity_id" uuid NOT NULL,
	"action_id" uuid NOT NULL,
	"file_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"record_file_id" uuid,
	"record_file_code" text,
	"record_file_title" text,
	"in_catalogue" boolean DEFAULT false NOT NULL,
	"record_item_id" uuid,
	"added_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nonconformity_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"escalate_after_working_days" integer NOT NULL,
	"wait_major_working_days" integer NOT NULL,
	"wait_minor_working_days" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "nonconformity_evidence_of" ON "nonconformity_evidence" USING btree ("agency_id","nonconformity_id");