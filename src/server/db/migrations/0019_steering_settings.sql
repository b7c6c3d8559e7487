CREATE TABLE "steering_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"escalate_directives_after_working_days" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
