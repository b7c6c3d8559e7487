CREATE TABLE "public_page_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"enabled" boolean NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
