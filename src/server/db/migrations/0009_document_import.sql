ALTER TABLE "document_signatures" ADD COLUMN "on_paper" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "imported" boolean DEFAULT false NOT NULL;