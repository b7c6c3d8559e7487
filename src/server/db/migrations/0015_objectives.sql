CREATE TABLE "indicator_values" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"value" numeric NOT NULL,
	"evidence_note" text NOT NULL,
	"entered_by" uuid NOT NULL,
	"state" text DEFAULT 'entered' NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "objective_actions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"objective_id" uuid NOT NULL,
	"description" text NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"done_on" date,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objective_indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"objective_id" uuid NOT NULL,
	"name" text NOT NULL,
	"formula" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"target" numeric NOT NULL,
	"frequency" text NOT NULL,
	"source" text NOT NULL,
	"measure" text,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"year" integer NOT NULL,
	"unit_id" uuid,
	"parent_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_person_id" uuid NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"document_id" uuid,
	"drafted_by" uuid NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"return_reason" text
);
--> statement-breakpoint
CREATE INDEX "indicator_values_of" ON "indicator_values" USING btree ("agency_id","indicator_id","period_start");--> statement-breakpoint
CREATE INDEX "objective_actions_of" ON "objective_actions" USING btree ("agency_id","objective_id");--> statement-breakpoint
CREATE INDEX "objective_actions_owner" ON "objective_actions" USING btree ("agency_id","owner_person_id","done","due_date");--> statement-breakpoint
CREATE INDEX "objective_indicators_of" ON "objective_indicators" USING btree ("agency_id","objective_id");--> statement-breakpoint
CREATE INDEX "objectives_year_unit" ON "objectives" USING btree ("agency_id","year","unit_id");--> statement-breakpoint
CREATE INDEX "objectives_parent" ON "objectives" USING btree ("agency_id","parent_id");