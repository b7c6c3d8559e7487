import type { z } from 'zod';
import type {
  DutySettingsView,
  externalDetailsBody,
  TypeSetting,
} from '../../../../contract/document-settings.ts';
import { type DocumentType, documentTypes } from '../../../../contract/documents.ts';
import type { Role } from '../../../../contract/roles.ts';
import type { Db } from '../../../db/connection.ts';
import { saveAgencySettings, staleOnDuplicate, updateVersioned } from '../../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden } from '../../../platform/http/errors.ts';
import { type Actor, holds, holdsAgencyWide } from '../../../platform/permissions/actor.ts';
import { dutySettings } from '../documents.duties.ts';
import { loadDocument, typeSettings } from '../documents.repository.ts';
import { documentDutySettings, documents, documentTypeSettings } from '../documents.table.ts';

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

export async function getDutySettings(db: Db, actor: Actor): Promise<DutySettingsView> {
  const s = await dutySettings(db, actor.agencyId);
  return { reviewerMayCheck: s.reviewerMayCheck, version: s.version };
}

/**
 * The same people configure segregation of duties. The row is written with the version read
 * in its WHERE (or created once): two administrators saving at once cannot both succeed.
 */
export async function putDutySettings(
  { db, actor, audit }: Deps,
  body: { reviewerMayCheck: boolean; version: number },
): Promise<DutySettingsView> {
  if (!holdsAgencyWide(actor, 'admin') && !holdsAgencyWide(actor, 'secretariat')) throw forbidden();
  return staleOnDuplicate(() =>
    db.transaction(async (tx) => {
      const before = await dutySettings(tx, actor.agencyId);
      const row = await saveAgencySettings(tx, documentDutySettings, actor.agencyId, body.version, {
        reviewerMayCheck: body.reviewerMayCheck,
      });
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'document_duty_settings',
        entityId: actor.agencyId,
        entityLabel: 'Phân tách nhiệm vụ / Segregation of duties',
        action: 'update',
        changes: diff(
          { reviewerMayCheck: before.reviewerMayCheck },
          { reviewerMayCheck: row.reviewerMayCheck },
        ),
      });
      return { reviewerMayCheck: row.reviewerMayCheck, version: row.version };
    }),
  );
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
