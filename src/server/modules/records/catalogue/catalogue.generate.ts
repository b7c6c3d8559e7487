import { type DocumentType, documentContent, documentTypeNames } from '../../../../contract/documents.ts';
import type { GenerateResult } from '../../../../contract/records-catalogue.ts';
import { newId } from '../../../db/ids.ts';
import { diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { invalidField } from '../../../platform/http/errors.ts';
import { inForceDocumentsOfUnit } from '../../documents/index.ts';
import { catalogueHeadings } from '../records.table.ts';
import { insertEntry } from './catalogue.entries.ts';
import { parseRetention } from './catalogue.numbers.ts';
import { type Deps, editableCatalogue, entriesOf, headingsOf } from './catalogue.repository.ts';

/**
 * One entry for each "record to keep" of the unit's procedures in force that the catalogue
 * lacks, under the heading the person picked or one named after the procedure's type.
 * Records whose retention cannot be read are reported and left for the person.
 */
export async function generateFromProcedures(
  { db, actor, audit }: Deps,
  catalogueId: string,
  body: { headingId?: string | null },
): Promise<GenerateResult> {
  return db.transaction(async (tx) => {
    const { catalogue, unit } = await editableCatalogue(tx, actor, catalogueId);
    const headings = await headingsOf(tx, actor.agencyId, catalogueId);
    if (body.headingId && !headings.some((h) => h.id === body.headingId))
      throw invalidField('headingId', {
        vi: 'Không có đề mục này trong danh mục.',
        en: 'No such heading in this catalogue.',
      });
    const procedures = await inForceDocumentsOfUnit(tx, actor.agencyId, catalogue.unitId);
    const present = new Set(
      (await entriesOf(tx, actor.agencyId, catalogueId))
        .filter((e) => e.sourceDocumentId)
        .map((e) => `${e.sourceDocumentId}\n${e.sourceRecordName}`),
    );
    const headingByType = new Map<string, string>();
    const headingFor = async (type: DocumentType) => {
      if (body.headingId) return body.headingId;
      const title = documentTypeNames[type].vi;
      const found =
        headingByType.get(title) ??
        headings.find((h) => h.parentId === null && h.title.toLowerCase() === title.toLowerCase())?.id;
      if (found) {
        headingByType.set(title, found);
        return found;
      }
      const [row] = await tx
        .insert(catalogueHeadings)
        .values({
          id: newId(),
          agencyId: actor.agencyId,
          catalogueId,
          parentId: null,
          position:
            Math.max(0, ...headings.filter((h) => h.parentId === null).map((h) => h.position)) +
            1 +
            headingByType.size,
          title,
        })
        .returning();
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'catalogue_heading',
        entityId: row.id,
        entityLabel: row.title,
        action: 'create',
        changes: diff(null, row),
      });
      headingByType.set(title, row.id);
      return row.id;
    };
    const result: GenerateResult = { created: [], unparsed: [] };
    for (const { document, content } of procedures) {
      for (const record of documentContent.parse(content).records) {
        if (present.has(`${document.id}\n${record.name}`)) continue;
        const retention = parseRetention(record.retention);
        if (!retention.ok) {
          result.unparsed.push({
            documentCode: document.code,
            recordName: record.name,
            retention: record.retention,
          });
          continue;
        }
        const entry = await insertEntry(tx, { actor, audit }, catalogue, unit.code, {
          headingId: await headingFor(document.type as DocumentType),
          title: record.name,
          retentionYears: retention.years,
          notes: `Theo ${document.code}`,
          sourceDocumentId: document.id,
          sourceRecordName: record.name,
        });
        present.add(`${document.id}\n${record.name}`);
        result.created.push({ code: entry.code, title: entry.title, documentCode: document.code });
      }
    }
    return result;
  });
}
