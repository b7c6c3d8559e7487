CREATE TABLE "nonconformities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"code" text NOT NULL,
	"source" text NOT NULL,
	"origin" jsonb,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"requirement" text NOT NULL,
	"clause" text,
	"procedure_document_id" uuid,
	"unit_id" uuid NOT NULL,
	"detected_by" uuid NOT NULL,
	"detected_on" date NOT NULL,
	"grade" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"correction" jsonb,
	"whys" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"cause_categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"extent" text DEFAULT '' NOT NULL,
	"decision" text,
	"analysed_by" uuid,
	"analysed_at" timestamp with time zone,
	"plan_approved_by" uuid,
	"plan_approved_at" timestamp with time zone,
	"verifiable_from" date,
	"verified_by" uuid,
	"verified_on" date,
	"effective" boolean,
	"verification_note" text,
	"closed_on" date,
	"cancel_reason" text,
	"recurrence_of_id" uuid,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nonconformity_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"nonconformity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"owner_unit_id" uuid NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"done_by" uuid,
	"evidence" text,
	"document_id" uuid,
	"change_version_id" uuid,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "nonconformities_number" ON "nonconformities" USING btree ("agency_id","year","seq");--> statement-breakpoint
CREATE INDEX "nonconformities_unit_state" ON "nonconformities" USING btree ("agency_id","unit_id","state");--> statement-breakpoint
CREATE INDEX "nonconformities_recurrence" ON "nonconformities" USING btree ("agency_id","recurrence_of_id");--> statement-breakpoint
CREATE INDEX "nonconformity_actions_of" ON "nonconformity_actions" USING btree ("agency_id","nonconformity_id");--> statement-breakpoint
CREATE INDEX "nonconformity_actions_owner" ON "nonconformity_actions" USING btree ("agency_id","owner_person_id","state","due_date");