import type { z } from 'zod';
import type { externalDetailsBody, TypeSetting } from '../../../../contract/document-settings.ts';
import { type DocumentType, documentTypes } from '../../../../contract/documents.ts';
import type { Role } from '../../../../contract/roles.ts';
import type { Db } from '../../../db/connection.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden } from '../../../platform/http/errors.ts';
import { type Actor, holds, holdsAgencyWide } from '../../../platform/permissions/actor.ts';
import { loadDocument, typeSettings } from '../documents.repository.ts';
import { documents, documentTypeSettings } from '../documents.table.ts';

type Deps = { db: Db; actor: Actor; audit: AuditContext };

export async function listTypeSettings(db: Db, actor: Actor): Promise<TypeSetting[]> {
  return Promise.all(
    documentTypes.map(async (type) => {
      const s = await typeSettings(db, actor.agencyId, type);
      return { type, approverRole: s.approverRole as Role, codePrefix: s.codePrefix };
    }),
  );
}

/** The agency's administrators and its QMS secretariat configure who approves each type. */
export async function putTypeSetting(
  { db, actor, audit }: Deps,
  type: DocumentType,
  body: { approverRole: Role; codePrefix: string },
) {
  if (!holdsAgencyWide(actor, 'admin') && !holdsAgencyWide(actor, 'secretariat')) throw forbidden();
  return db.transaction(async (tx) => {
    const before = await typeSettings(tx, actor.agencyId, type);
    await tx
      .insert(documentTypeSettings)
      .values({ agencyId: actor.agencyId, type, ...body })
      .onConflictDoUpdate({ target: [documentTypeSettings.agencyId, documentTypeSettings.type], set: body });
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document_type_setting',
      entityId: actor.agencyId,
      entityLabel: type,
      action: 'update',
      changes: diff({ approverRole: before.approverRole, codePrefix: before.codePrefix }, body),
    });
    return { type, ...body };
  });
}

/** Number, issuer, dates and legal status of an external document, kept by the secretariat or the owner unit's ISO officer. */
export async function updateExternalDetails(
  { db, actor, audit }: Deps,
  id: string,
  body: z.infer<typeof externalDetailsBody>,
) {
  return db.transaction(async (tx) => {
    const { document, scope } = await loadDocument(tx, actor, id);
    if (!holds(actor, 'secretariat', scope) && !holds(actor, 'iso_officer', scope)) throw forbidden();
    if (document.type !== 'external') {
      throw new AppError(409, 'document.not_external', {
        vi: 'Chỉ tài liệu bên ngoài mới có số hiệu, cơ quan ban hành và tình trạng hiệu lực.',
        en: 'Only external documents have a number, issuer and legal status.',
      });
    }
    const { version, ...patch } = body;
    const updated = await updateVersioned(tx, documents, { id, agencyId: actor.agencyId, version }, patch);
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document',
      entityId: id,
      entityLabel: document.code,
      action: 'update_external',
      changes: diff(document, updated),
    });
  });
}
