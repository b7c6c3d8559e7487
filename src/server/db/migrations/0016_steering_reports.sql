CREATE TABLE "steering_declarations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"scope" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"declared_on" date,
	"signed_by" uuid,
	"signed_at" timestamp with time zone,
	"signer_name" text,
	"signer_position" text,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "steering_review_packs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"title" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"narratives" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid NOT NULL
);
--> statement-breakpoint
CREATE INDEX "steering_declarations_state" ON "steering_declarations" USING btree ("agency_id","state","declared_on");--> statement-breakpoint
CREATE UNIQUE INDEX "steering_review_packs_period" ON "steering_review_packs" USING btree ("agency_id","period_from","period_to");