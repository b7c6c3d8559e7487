import { eq } from 'drizzle-orm';
import { type DocumentType, documentContent } from '../../../../contract/documents.ts';
import type { Db } from '../../../db/connection.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { contentHash, searchableText, unaccentedSql } from '../documents.repository.ts';
import { documents, documentVersions } from '../documents.table.ts';

/**
 * For tests: a document with one version written directly (seedDocument), then given a
 * real title, type and content, with the search text the service would store.
 */
export async function seedWrittenDocument(
  db: Db,
  owner: { agencyId: string; unitId: string; personId: string },
  options: {
    title: string;
    state: 'draft' | 'in_force';
    type?: DocumentType;
    content?: Record<string, unknown>;
    nextReviewDate?: string;
  },
) {
  const seeded = await seedDocument(db, { ...owner, state: options.state });
  const [document] = await db
    .update(documents)
    .set({
      title: options.title,
      type: options.type ?? 'business_procedure',
      nextReviewDate: options.nextReviewDate ?? null,
    })
    .where(eq(documents.id, seeded.documentId))
    .returning();
  const content = documentContent.parse(options.content ?? {});
  await db
    .update(documentVersions)
    .set({
      title: options.title,
      content,
      contentHash: contentHash(options.title, content),
      searchText: unaccentedSql(searchableText(document.code, options.title, content)) as never,
    })
    .where(eq(documentVersions.id, seeded.versionId));
  return { ...seeded, code: document.code };
}
