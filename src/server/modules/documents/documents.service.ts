import { and, desc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type createChangeRequestBody,
  type DocumentContent,
  type DocumentType,
  documentContent,
  type updateDraftBody,
} from '../../../contract/documents.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { findUnit } from '../org/index.ts';
import { documentsPolicy } from './documents.policy.ts';
import {
  attachmentHashesOf,
  contentHash,
  loadDocument,
  loadVersion,
  searchableText,
  typeSettings,
  unaccentedSql,
} from './documents.repository.ts';
import { documentEvents, documentSignatures, documents, documentVersions } from './documents.table.ts';

export type Deps = { db: Db; actor: Actor; audit: AuditContext };

const emptyContent = (): DocumentContent => documentContent.parse({});
/** States in which a version is still being worked on: one at a time per document. */
export const openStates = ['draft', 'unit_review', 'secretariat_check', 'submitted', 'approved'] as const;

export async function logEvent(
  tx: Tx,
  actor: Actor,
  e: {
    versionId: string;
    action: string;
    fromState: string | null;
    toState: string;
    comment?: string | null;
  },
) {
  await tx.insert(documentEvents).values({
    id: newId(),
    agencyId: actor.agencyId,
    versionId: e.versionId,
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    actorId: actor.personId,
    actorName: actor.fullName,
    comment: e.comment ?? null,
  });
}

/**
 * Đề nghị ban hành / sửa đổi / thu hồi: opens a draft version. A new document gets its
 * code and owner unit here; a revision starts from the content in force; a withdrawal
 * carries the content unchanged and only goes through the approvals.
 */
export async function createChangeRequest(
  { db, actor, audit }: Deps,
  body: z.infer<typeof createChangeRequestBody>,
) {
  return db.transaction(async (tx) => {
    let documentId: string;
    let title: string;
    let content: DocumentContent;
    let issueNo = 1;
    let code: string;
    let ownerUnitId: string;
    if (body.kind === 'new') {
      const missing = (['type', 'title', 'ownerUnitId'] as const).filter((k) => !body[k]);
      if (missing.length) {
        throw new AppError(
          400,
          'validation.failed',
          { vi: 'Thiếu thông tin của tài liệu mới.', en: 'The new document lacks details.' },
          missing.map((path) => ({
            path,
            text: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
          })),
        );
      }
      const unit = await findUnit(tx, actor, body.ownerUnitId!).catch(() => null);
      if (unit?.status !== 'active') {
        throw invalidField('ownerUnitId', {
          vi: 'Đơn vị chủ trì không tồn tại.',
          en: 'The owner unit does not exist.',
        });
      }
      if (!documentsPolicy.requestChange(actor, { agencyId: unit.agencyId, unitPath: unit.path }))
        throw forbidden();
      const type = body.type as DocumentType;
      // Codes are allocated one request at a time per agency: two new documents never share one.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`documents:code:${actor.agencyId}`}))`);
      code = body.code ?? (await suggestCode(tx, actor.agencyId, type, unit.code));
      const [clash] = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.agencyId, actor.agencyId), eq(documents.code, code)));
      if (clash) {
        throw invalidField(
          'code',
          { vi: `Mã hiệu "${code}" đã được dùng.`, en: `Code "${code}" is already used.` },
          409,
          'document.code_taken',
        );
      }
      documentId = newId();
      ownerUnitId = unit.id;
      title = body.title!;
      content = emptyContent();
      const [doc] = await tx
        .insert(documents)
        .values({
          id: documentId,
          agencyId: actor.agencyId,
          type,
          code,
          title,
          ownerUnitId,
          parentId: body.parentId ?? null,
        })
        .returning();
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'document',
        entityId: documentId,
        entityLabel: `${code} ${title}`,
        action: 'create',
        changes: diff(null, doc),
      });
    } else {
      if (!body.documentId)
        throw invalidField('documentId', { vi: 'Cần chọn tài liệu.', en: 'Choose the document.' });
      // Locked: two change requests at once cannot both find no change in progress.
      const { document, scope } = await loadDocument(tx, actor, body.documentId, true);
      if (!documentsPolicy.requestChange(actor, scope)) throw forbidden();
      const [open] = await tx
        .select({ id: documentVersions.id })
        .from(documentVersions)
        .where(
          and(
            eq(documentVersions.documentId, document.id),
            notInArray(documentVersions.state, ['in_force', 'superseded', 'withdrawn', 'cancelled']),
          ),
        );
      if (open) {
        throw invalidField(
          'documentId',
          {
            vi: 'Tài liệu đang có một đề nghị sửa đổi chưa hoàn tất.',
            en: 'The document already has a change in progress.',
          },
          409,
          'document.change_in_progress',
        );
      }
      if (document.status !== 'in_force' || !document.currentVersionId) {
        throw invalidField(
          'documentId',
          {
            vi: 'Chỉ sửa đổi hoặc thu hồi được tài liệu đang hiệu lực.',
            en: 'Only a document in force can be revised or withdrawn.',
          },
          409,
          'document.not_in_force',
        );
      }
      const [current] = await tx
        .select()
        .from(documentVersions)
        .where(eq(documentVersions.id, document.currentVersionId));
      documentId = document.id;
      code = document.code;
      ownerUnitId = document.ownerUnitId;
      title = current.title;
      content = documentContent.parse(current.content);
      issueNo = current.issueNo + (body.kind === 'revise' ? 1 : 0);
    }
    const versionId = newId();
    const [version] = await tx
      .insert(documentVersions)
      .values({
        id: versionId,
        agencyId: actor.agencyId,
        documentId,
        changeKind: body.kind,
        changeReason: body.reason,
        legalBasis: body.legalBasis || null,
        requestingUnitId: actor.unitId,
        requestedBy: actor.personId,
        state: 'draft',
        issueNo,
        title,
        content,
        contentHash: contentHash(title, content),
        draftedBy: actor.personId,
        searchText: unaccentedSql(searchableText(code, title, content)),
      })
      .returning();
    await logEvent(tx, actor, {
      versionId,
      action: `request_${body.kind}`,
      fromState: null,
      toState: 'draft',
      comment: body.reason,
    });
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document_version',
      entityId: versionId,
      entityLabel: `${code} lần ${issueNo}`,
      action: `request_${body.kind}`,
      changes: diff(null, { ...version, searchText: undefined, searchVector: undefined }),
    });
    return { documentId, versionId, ownerUnitId };
  });
}

/** The next free code like QT-CNTT-04 for the type's prefix and the unit's code. */
async function suggestCode(tx: Tx, agencyId: string, type: DocumentType, unitCode: string) {
  const { codePrefix } = await typeSettings(tx, agencyId, type);
  const base = `${codePrefix}-${unitCode.toUpperCase()}-`;
  const existing = await tx
    .select({ code: documents.code })
    .from(documents)
    .where(eq(documents.agencyId, agencyId));
  const used = existing
    .map((d) => d.code.toUpperCase())
    .filter((c) => c.startsWith(base))
    .map((c) => Number(c.slice(base.length)) || 0);
  return `${base}${String(Math.max(0, ...used) + 1).padStart(2, '0')}`;
}

/**
 * Saves a draft. When the content changes, every signature over the old content is
 * voided: what was reviewed is no longer what would be approved.
 */
export async function updateDraft(
  { db, actor, audit }: Deps,
  versionId: string,
  body: z.infer<typeof updateDraftBody>,
) {
  return db.transaction(async (tx) => {
    const { version, document, scope } = await loadVersion(tx, actor, versionId, true);
    if (!documentsPolicy.readVersion(actor, scope, version.state as never)) throw notFoundVersion();
    if (!documentsPolicy.editDraft(actor, scope)) throw forbidden();
    if (version.state !== 'draft') {
      throw new AppError(409, 'document.not_draft', {
        vi: 'Chỉ sửa được bản dự thảo; bản này đang ở bước khác của quy trình.',
        en: 'Only a draft can be edited; this version is at another step.',
      });
    }
    if (version.changeKind === 'withdraw' && body.content) {
      throw invalidField('content', {
        vi: 'Đề nghị thu hồi không sửa nội dung.',
        en: 'A withdrawal does not change the content.',
      });
    }
    const title = body.title ?? version.title;
    const content = body.content ?? documentContent.parse(version.content);
    assertStepLinks(content);
    const hash = contentHash(title, content, await attachmentHashesOf(tx, versionId));
    const updated = await updateVersioned(
      tx,
      documentVersions,
      { id: versionId, agencyId: actor.agencyId, version: body.version },
      {
        title,
        content,
        contentHash: hash,
        changeSummary: body.changeSummary ?? version.changeSummary,
        searchText: unaccentedSql(searchableText(document.code, title, content)) as never,
      },
    );
    if (hash !== version.contentHash) await voidSignatures(tx, { actor, audit }, versionId, document.code);
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document_version',
      entityId: versionId,
      entityLabel: `${document.code} lần ${version.issueNo}`,
      action: 'update',
      changes: diff(
        { title: version.title, content: version.content, changeSummary: version.changeSummary },
        { title: updated.title, content: updated.content, changeSummary: updated.changeSummary },
      ),
    });
    return updated;
  });
}

/** Voids every live signature of a version: what was signed is no longer what would be approved. */
export async function voidSignatures(
  tx: Tx,
  { actor, audit }: Pick<Deps, 'actor' | 'audit'>,
  versionId: string,
  documentCode: string,
) {
  const voided = await tx
    .update(documentSignatures)
    .set({ voidedAt: new Date(), voidReason: 'content_changed' })
    .where(and(eq(documentSignatures.versionId, versionId), isNull(documentSignatures.voidedAt)))
    .returning();
  for (const s of voided) {
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document_signature',
      entityId: s.id,
      entityLabel: `${documentCode} ${s.meaning}`,
      action: 'void',
      changes: { voidedAt: { to: s.voidedAt?.toISOString() } },
    });
  }
}

/** Branches must point at steps of the same procedure. */
function assertStepLinks(content: DocumentContent) {
  const ids = new Set(content.steps.map((s) => s.id));
  if (ids.size !== content.steps.length) {
    throw invalidField('content.steps', { vi: 'Hai bước trùng mã bước.', en: 'Two steps share an id.' });
  }
  content.steps.forEach((step, i) => {
    for (const key of ['yesNext', 'noNext'] as const) {
      if (step[key] && !ids.has(step[key]!)) {
        throw invalidField(`content.steps.${i}.${key}`, {
          vi: `Bước "${step[key]}" không có trong quy trình.`,
          en: `Step "${step[key]}" is not in the procedure.`,
        });
      }
    }
  });
}

export const notFoundVersion = () =>
  new AppError(404, 'document_version.not_found', {
    vi: 'Không tìm thấy bản tài liệu hoặc bạn không có quyền xem.',
    en: 'Not found, or you may not see it.',
  });

export async function latestVersions(tx: Tx, documentId: string) {
  return tx
    .select()
    .from(documentVersions)
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.createdAt));
}
