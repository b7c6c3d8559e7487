CREATE TABLE "document_duty_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"reviewer_may_check" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
