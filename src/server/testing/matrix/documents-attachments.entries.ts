import { newId } from '../../db/ids.ts';
import { documentAttachments } from '../../modules/documents/documents.table.ts';
import { storeFile } from '../../platform/files/files.ts';
import { seedDocument } from '../fixture-documents.ts';
import { multipartFile } from '../xlsx-upload.ts';
import type { Entries, MatrixActor, MatrixKit, Outcome, Target } from './kit.ts';

const tinyPdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Files attached to document versions: read where the draft is read, changed by its ISO officer. */
export const documentAttachmentEntries = (k: MatrixKit): Entries => {
  const draftIn = (t: Target) =>
    seedDocument(k.db(), {
      agencyId: k.agencyOf(t),
      unitId: k.unitOf(t).id,
      personId: t === 'foreign' ? k.fixture().yStaff : k.fixture().x2Staff,
      state: 'draft',
    });
  const attachedIn = async (t: Target) => {
    const { versionId } = await draftIn(t);
    const { hash, size } = await storeFile(k.files(), tinyPdf);
    const id = newId();
    await k
      .db()
      .insert(documentAttachments)
      .values({
        id,
        agencyId: k.agencyOf(t),
        versionId,
        fileHash: hash,
        fileName: 'Biểu mẫu.pdf',
        mimeType: 'application/pdf',
        size,
        uploadedBy: t === 'foreign' ? k.fixture().yStaff : k.fixture().x2Staff,
      });
    return `/api/v1/document-versions/${versionId}/attachments/${id}`;
  };
  /** Drafts: X1 people see their unit's; of X2's, only the agency-wide secretariat. */
  const readsDraft = (a: MatrixActor, t: Target) =>
    t === 'own' || (t === 'other' && a.username === 'x.secretariat_all');
  const reads = (a: MatrixActor, t: Target): Outcome => (readsDraft(a, t) ? 'ok' : 404);
  const officerOnly = (a: MatrixActor, t: Target): Outcome =>
    !readsDraft(a, t) ? 404 : a.username === 'x.unit_iso_officer' && t === 'own' ? 'ok' : 403;
  return {
    'GET /api/v1/document-versions/:id/attachments': {
      send: async (c, t) => c.get(`/api/v1/document-versions/${(await draftIn(t)).versionId}/attachments`),
      expect: reads,
    },
    'POST /api/v1/document-versions/:id/attachments': {
      send: async (c, t) => {
        const { payload, headers } = multipartFile('Biểu mẫu.pdf', tinyPdf);
        return c.post(
          `/api/v1/document-versions/${(await draftIn(t)).versionId}/attachments`,
          payload,
          headers,
        );
      },
      expect: officerOnly,
    },
    'GET /api/v1/document-versions/:id/attachments/:attachmentId': {
      send: async (c, t) => c.get(await attachedIn(t)),
      expect: reads,
    },
    'DELETE /api/v1/document-versions/:id/attachments/:attachmentId': {
      send: async (c, t) => c.delete(await attachedIn(t)),
      expect: officerOnly,
    },
  };
};
