CREATE TABLE "internal_audit_checklist_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"round_audit_id" uuid NOT NULL,
	"procedure_document_id" uuid,
	"source" text NOT NULL,
	"source_ref" text,
	"clause" text,
	"question" text NOT NULL,
	"answer" text,
	"note" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "internal_audit_questions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"clause" text NOT NULL,
	"question" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audit_findings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"round_id" uuid NOT NULL,
	"round_audit_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"clause" text,
	"procedure_document_id" uuid,
	"unit_id" uuid NOT NULL,
	"description" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"sample_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"response" text,
	"response_reason" text,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"nonconformity_id" uuid,
	"state" text DEFAULT 'open' NOT NULL,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audit_programme_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audit_programmes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"objectives" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"approver_position" text,
	"approval_hash" text,
	"return_comment" text,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audit_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"notice_working_days" integer DEFAULT 5 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audit_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"round_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"strengths" text DEFAULT '' NOT NULL,
	"figures" jsonb,
	"number" text,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"approver_position" text,
	"approval_hash" text,
	"return_comment" text,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audit_round_audits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"round_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"audit_date" date,
	"start_time" text,
	"end_time" text,
	"place" text DEFAULT '' NOT NULL,
	"auditee_representatives" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"procedure_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"clauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"auditor_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"notice_sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "internal_audit_rounds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"programme_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"planned_month" integer NOT NULL,
	"scope_unit_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scope_procedure_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"scope_clauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"criteria" text DEFAULT '' NOT NULL,
	"state" text DEFAULT 'planned' NOT NULL,
	"lead_auditor_id" uuid,
	"published_by" uuid,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audit_team_members" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text DEFAULT 'member' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "internal_audit_samples" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"round_audit_id" uuid NOT NULL,
	"procedure_document_id" uuid,
	"kind" text NOT NULL,
	"item_id" uuid NOT NULL,
	"item_label" text NOT NULL,
	"chosen_by" text NOT NULL,
	"chosen_by_person_id" uuid NOT NULL,
	"access_from" date,
	"access_to" date,
	"seen" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE INDEX "internal_audit_checklist_items_of" ON "internal_audit_checklist_items" USING btree ("agency_id","round_audit_id","position");--> statement-breakpoint
CREATE INDEX "internal_audit_questions_clause" ON "internal_audit_questions" USING btree ("agency_id","clause");--> statement-breakpoint
CREATE UNIQUE INDEX "internal_audit_findings_seq" ON "internal_audit_findings" USING btree ("agency_id","round_id","seq");--> statement-breakpoint
CREATE INDEX "internal_audit_findings_audit" ON "internal_audit_findings" USING btree ("agency_id","round_audit_id");--> statement-breakpoint
CREATE INDEX "internal_audit_findings_unit" ON "internal_audit_findings" USING btree ("agency_id","unit_id","state");--> statement-breakpoint
CREATE INDEX "internal_audit_programme_events_of" ON "internal_audit_programme_events" USING btree ("agency_id","programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "internal_audit_programmes_year" ON "internal_audit_programmes" USING btree ("agency_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "internal_audit_reports_round" ON "internal_audit_reports" USING btree ("agency_id","round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "internal_audit_round_audits_unit" ON "internal_audit_round_audits" USING btree ("agency_id","round_id","unit_id");--> statement-breakpoint
CREATE INDEX "internal_audit_round_audits_unit_date" ON "internal_audit_round_audits" USING btree ("agency_id","unit_id","audit_date");--> statement-breakpoint
CREATE INDEX "internal_audit_round_audits_auditors" ON "internal_audit_round_audits" USING gin ("auditor_ids");--> statement-breakpoint
CREATE UNIQUE INDEX "internal_audit_rounds_number" ON "internal_audit_rounds" USING btree ("agency_id","programme_id","number");--> statement-breakpoint
CREATE INDEX "internal_audit_rounds_lead" ON "internal_audit_rounds" USING btree ("agency_id","lead_auditor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "internal_audit_team_members_person" ON "internal_audit_team_members" USING btree ("agency_id","round_id","person_id");--> statement-breakpoint
CREATE INDEX "internal_audit_team_members_of_person" ON "internal_audit_team_members" USING btree ("agency_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "internal_audit_samples_item" ON "internal_audit_samples" USING btree ("agency_id","round_audit_id","kind","item_id");--> statement-breakpoint
CREATE INDEX "internal_audit_samples_item_lookup" ON "internal_audit_samples" USING btree ("agency_id","kind","item_id");