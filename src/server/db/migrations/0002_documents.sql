CREATE TABLE "document_acknowledgements" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"notified_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "document_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"file_hash" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_distributions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"comment" text,
	"reviewer_id" uuid NOT NULL,
	"signature_id" uuid,
	"change_version_id" uuid,
	"reviewed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_signatures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"meaning" text NOT NULL,
	"signer_id" uuid NOT NULL,
	"signer_name" text NOT NULL,
	"signer_position" text,
	"signed_at" timestamp with time zone NOT NULL,
	"content_hash" text NOT NULL,
	"voided_at" timestamp with time zone,
	"void_reason" text
);
--> statement-breakpoint
CREATE TABLE "document_type_settings" (
	"agency_id" uuid NOT NULL,
	"type" text NOT NULL,
	"approver_role" text DEFAULT 'leadership' NOT NULL,
	"code_prefix" text NOT NULL,
	"needs_secretariat_check" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"document_id" uuid NOT NULL,
	"change_kind" text NOT NULL,
	"change_reason" text NOT NULL,
	"requesting_unit_id" uuid NOT NULL,
	"requested_by" uuid NOT NULL,
	"state" text NOT NULL,
	"issue_no" integer NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"change_summary" text,
	"decision_no" text,
	"issue_date" date,
	"effective_date" date,
	"end_date" date,
	"drafted_by" uuid,
	"submitted_at" timestamp with time zone,
	"review_started_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"type" text NOT NULL,
	"code" "citext" NOT NULL,
	"title" text NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"parent_id" uuid,
	"status" text DEFAULT 'none' NOT NULL,
	"current_version_id" uuid,
	"review_interval_months" integer DEFAULT 12 NOT NULL,
	"next_review_date" date,
	"external_number" text,
	"issuer" text,
	"external_issued_date" date,
	"external_effective_date" date,
	"legal_status" text
);
--> statement-breakpoint
CREATE UNIQUE INDEX "document_acknowledgements_unique" ON "document_acknowledgements" USING btree ("version_id","person_id");--> statement-breakpoint
CREATE INDEX "document_acknowledgements_person" ON "document_acknowledgements" USING btree ("agency_id","person_id","acknowledged_at");--> statement-breakpoint
CREATE INDEX "document_attachments_version" ON "document_attachments" USING btree ("agency_id","version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_distributions_unique" ON "document_distributions" USING btree ("version_id","unit_id");--> statement-breakpoint
CREATE INDEX "document_events_version" ON "document_events" USING btree ("agency_id","version_id");--> statement-breakpoint
CREATE INDEX "document_reviews_document" ON "document_reviews" USING btree ("agency_id","document_id");--> statement-breakpoint
CREATE INDEX "document_signatures_version" ON "document_signatures" USING btree ("agency_id","version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_type_settings_pk" ON "document_type_settings" USING btree ("agency_id","type");--> statement-breakpoint
CREATE INDEX "document_versions_document" ON "document_versions" USING btree ("agency_id","document_id");--> statement-breakpoint
CREATE INDEX "document_versions_state" ON "document_versions" USING btree ("agency_id","state");--> statement-breakpoint
CREATE INDEX "document_versions_search" ON "document_versions" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE INDEX "document_versions_title_trgm" ON "document_versions" USING gin (f_unaccent(lower("title")) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "documents_agency_code" ON "documents" USING btree ("agency_id","code");--> statement-breakpoint
CREATE INDEX "documents_agency_type_status" ON "documents" USING btree ("agency_id","type","status");--> statement-breakpoint
CREATE INDEX "documents_owner" ON "documents" USING btree ("agency_id","owner_unit_id");