CREATE TABLE "steering_attendees" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"invited" boolean DEFAULT true NOT NULL,
	"present" boolean,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "steering_conclusions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"text" text NOT NULL,
	"unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"due_in_working_days" integer,
	"expected_result" text,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "steering_directives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"conclusion_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"done_by" uuid,
	"evidence_note" text,
	"evidence_files" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "steering_meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"meeting_date" date NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"chair_person_id" uuid NOT NULL,
	"agenda" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"invited_at" timestamp with time zone,
	"minutes" text,
	"minutes_by" uuid,
	"signed_by" uuid,
	"signed_at" timestamp with time zone,
	"approval_hash" text,
	"notice_ref" text,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "steering_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"person_id" uuid NOT NULL,
	"committee_role" text NOT NULL,
	"decision_document_id" uuid,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "steering_attendees_one" ON "steering_attendees" USING btree ("agency_id","meeting_id","person_id");--> statement-breakpoint
CREATE INDEX "steering_conclusions_of" ON "steering_conclusions" USING btree ("agency_id","meeting_id","seq");--> statement-breakpoint
CREATE INDEX "steering_directives_unit" ON "steering_directives" USING btree ("agency_id","unit_id","state","due_date");--> statement-breakpoint
CREATE INDEX "steering_directives_meeting" ON "steering_directives" USING btree ("agency_id","meeting_id");--> statement-breakpoint
CREATE INDEX "steering_meetings_date" ON "steering_meetings" USING btree ("agency_id","meeting_date");--> statement-breakpoint
CREATE INDEX "steering_members_of" ON "steering_members" USING btree ("agency_id","person_id");