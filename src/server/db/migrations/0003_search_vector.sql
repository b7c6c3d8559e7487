DROP INDEX "document_versions_search";--> statement-breakpoint
ALTER TABLE "document_versions" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', f_unaccent(lower(title))), 'A') || to_tsvector('simple', search_text)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "document_versions_search" ON "document_versions" USING gin ("search_vector");