CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"seq" integer NOT NULL,
	"code" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"process" text NOT NULL,
	"document_id" uuid,
	"description" text NOT NULL,
	"cause" text NOT NULL,
	"consequence" text NOT NULL,
	"likelihood" integer NOT NULL,
	"impact" integer NOT NULL,
	"identified_on" date NOT NULL,
	"review_on" date,
	"state" text DEFAULT 'open' NOT NULL,
	"treatment" text,
	"treatment_owner_id" uuid,
	"treatment_due_on" date,
	"treatment_done_on" date,
	"treatment_result" text,
	"closed_on" date,
	"closed_by" uuid,
	"effective" boolean,
	"effectiveness_note" text,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "risks_number" ON "risks" USING btree ("agency_id","kind","seq");--> statement-breakpoint
CREATE INDEX "risks_unit_state" ON "risks" USING btree ("agency_id","unit_id","state");--> statement-breakpoint
CREATE INDEX "risks_identified" ON "risks" USING btree ("agency_id","identified_on");