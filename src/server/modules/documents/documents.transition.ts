import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type DocumentType,
  systemDocumentTypes,
  type TransitionAction,
  type transitionBody,
  type VersionState,
  versionStateNames,
} from '../../../contract/documents.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField, staleVersion } from '../../platform/http/errors.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { personRows, unitRows } from '../org/index.ts';
import { claimTypedDecisionNo, takeDecisionNo } from './decisions/decisions.register.ts';
import { assertSegregated, revisionDutyFacts } from './documents.duties.ts';
import { effectiveState, requiredBefore, transitions } from './documents.lifecycle.ts';
import { notifyToAct, notifyToRead } from './documents.notify.ts';
import { documentsPolicy } from './documents.policy.ts';
import { loadVersion, signaturesOf, type VersionRow } from './documents.repository.ts';
import { type Deps, logEvent, notFoundVersion } from './documents.service.ts';
import { recordSignature, verifySigner } from './documents.signing.ts';
import {
  documentAcknowledgements,
  documentDistributions,
  documents,
  documentVersions,
} from './documents.table.ts';

const people = personRows();
const units = unitRows();

export const actionNames: Record<TransitionAction, { vi: string; en: string }> = {
  submit_review: { vi: 'trình lãnh đạo đơn vị xem xét', en: 'submit for unit review' },
  review_approve: { vi: 'xem xét và chuyển thư ký ISO', en: 'review and pass to the secretariat' },
  review_return: { vi: 'trả lại dự thảo', en: 'return the draft' },
  check_approve: { vi: 'kiểm tra và trình phê duyệt', en: 'check and submit for approval' },
  check_return: { vi: 'trả lại dự thảo', en: 'return the draft' },
  approve: { vi: 'phê duyệt ban hành', en: 'approve and issue' },
  approve_return: { vi: 'trả lại dự thảo', en: 'return the draft' },
  cancel: { vi: 'hủy đề nghị', en: 'cancel the request' },
};

const required = (path: string) => ({
  path,
  text: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
});

/** Moves a version one step along its lifecycle; a signing step also signs it. */
export async function transition(
  { db, actor, audit }: Deps,
  versionId: string,
  body: z.infer<typeof transitionBody>,
) {
  return db.transaction(async (tx) => {
    const { version, document, scope } = await loadVersion(tx, actor, versionId, true);
    const state = version.state as VersionState;
    if (!documentsPolicy.readVersion(actor, scope, state)) throw notFoundVersion();
    if (!documentsPolicy.act(actor, body.action, scope)) throw forbidden();
    const t = transitions[body.action];
    if (t.from !== state) {
      throw new AppError(409, 'document.transition_forbidden', {
        vi: `Không thể ${actionNames[body.action].vi} khi tài liệu đang ở trạng thái "${versionStateNames[state].vi}".`,
        en: `Cannot ${actionNames[body.action].en} while the document is "${versionStateNames[state].en}".`,
      });
    }
    if (body.version !== version.version) throw staleVersion();
    const missing = [];
    if (t.needsComment && !body.comment) missing.push(required('comment'));
    if (t.signs && !body.password) missing.push(required('password'));
    if (body.action === 'approve') {
      if (!body.issueDate) missing.push(required('issueDate'));
      if (!body.effectiveDate) missing.push(required('effectiveDate'));
    }
    if (missing.length)
      throw new AppError(
        400,
        'validation.failed',
        { vi: 'Thiếu thông tin bắt buộc.', en: 'Required details are missing.' },
        missing,
      );
    if (body.action === 'approve' && body.decisionNo && body.decisionNoFromRegister) {
      throw invalidField('decisionNo', {
        vi: 'Nhập số quyết định hoặc lấy số từ sổ đăng ký, không cả hai.',
        en: 'Type a decision number or take one from the register, not both.',
      });
    }
    if (body.action === 'approve' && body.effectiveDate! < body.issueDate!) {
      throw invalidField('effectiveDate', {
        vi: 'Ngày hiệu lực không được trước ngày ban hành.',
        en: 'The effective date cannot be before the issue date.',
      });
    }
    let signerPosition = '';
    if (t.signs) {
      assertSegregated(actor, body.action, await revisionDutyFacts(tx, version));
      signerPosition = await verifySigner(tx, actor, body.password!);
      const valid = (await signaturesOf(tx, versionId)).filter(
        (s) => !s.voidedAt && s.contentHash === version.contentHash,
      );
      const lacking = (requiredBefore[body.action] ?? []).filter((m) => !valid.some((s) => s.meaning === m));
      if (lacking.length) {
        throw new AppError(409, 'document.signature_missing', {
          vi: 'Nội dung đã thay đổi sau khi được xác nhận xem xét/kiểm tra; cần xác nhận lại trước khi chuyển bước.',
          en: 'The content changed after it was reviewed/checked; it must be confirmed again first.',
        });
      }
    }
    const today = todayInVietnam();
    let to: VersionState = t.to;
    const patch: Partial<VersionRow> = {};
    if (body.action === 'submit_review') patch.reviewStartedAt = new Date();
    if (body.action === 'check_approve') patch.submittedAt = new Date();
    if (body.action === 'approve') {
      to = effectiveState(body.effectiveDate!, today);
      patch.approvedAt = new Date();
      // Taken last, after every check that could refuse, so a refusal takes no number.
      const year = Number(body.issueDate!.slice(0, 4));
      patch.decisionNo = body.decisionNoFromRegister
        ? await takeDecisionNo(tx, actor.agencyId, year)
        : body.decisionNo
          ? await claimTypedDecisionNo(tx, actor.agencyId, year, body.decisionNo)
          : null;
      patch.issueDate = body.issueDate!;
      patch.effectiveDate = body.effectiveDate!;
      patch.issueNo = await nextIssueNo(tx, document.id, version);
    }
    const updated = await updateVersioned(
      tx,
      documentVersions,
      { id: versionId, agencyId: actor.agencyId, version: version.version },
      { ...patch, state: to },
    );
    if (t.signs) {
      await recordSignature(tx, actor, {
        versionId,
        meaning: t.signs,
        contentHash: version.contentHash,
        signerPosition,
      });
    }
    // A withdrawal that takes effect now ends in 'withdrawn' (putInForce below), not 'in_force'.
    const reached = to === 'in_force' && version.changeKind === 'withdraw' ? 'withdrawn' : to;
    await logEvent(tx, actor, {
      versionId,
      action: body.action,
      fromState: state,
      toState: reached,
      comment: body.comment,
    });
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document_version',
      entityId: versionId,
      entityLabel: `${document.code} lần ${updated.issueNo}`,
      action: body.action,
      changes: { ...diff(version, updated), ...(body.comment ? { comment: { to: body.comment } } : {}) },
    });
    await notifyToAct(tx, {
      document,
      version: updated,
      state: reached,
      approverRole: scope.approverRole,
      byPersonId: actor.personId,
    });
    if (body.action === 'approve') {
      await distribute(
        tx,
        actor.agencyId,
        updated,
        document.type as DocumentType,
        document.ownerUnitId,
        body.distributeUnitIds,
      );
      if (to === 'in_force') await putInForce(tx, audit, updated);
    }
    return updated;
  });
}

async function nextIssueNo(tx: Tx, documentId: string, version: VersionRow) {
  if (version.changeKind === 'withdraw') return version.issueNo;
  const issued = await tx
    .select({ issueNo: documentVersions.issueNo })
    .from(documentVersions)
    .where(
      and(
        eq(documentVersions.documentId, documentId),
        inArray(documentVersions.state, ['in_force', 'superseded', 'approved']),
      ),
    );
  return Math.max(0, ...issued.map((v) => v.issueNo)) + 1;
}

/** System documents go to every unit; a unit's own procedures to that unit, unless told. */
async function distribute(
  tx: Tx,
  agencyId: string,
  version: VersionRow,
  type: DocumentType,
  ownerUnitId: string,
  unitIds?: string[],
) {
  if (version.changeKind === 'withdraw') return;
  let targets = unitIds;
  if (!targets?.length) {
    targets = systemDocumentTypes.includes(type)
      ? (
          await tx
            .select({ id: units.id })
            .from(units)
            .where(and(eq(units.agencyId, agencyId), eq(units.status, 'active')))
        ).map((u) => u.id)
      : [ownerUnitId];
  }
  const valid = await tx
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.agencyId, agencyId), inArray(units.id, targets)));
  if (valid.length) {
    await tx
      .insert(documentDistributions)
      .values(valid.map((u) => ({ id: newId(), agencyId, versionId: version.id, unitId: u.id })))
      .onConflictDoNothing();
  }
}

export const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/**
 * The version comes into force (or, for a withdrawal, the document leaves it): the
 * previous version is superseded on this date, and the people of the units it was
 * distributed to are asked to acknowledge it.
 */
export async function putInForce(tx: Tx, audit: AuditContext, version: VersionRow) {
  const [document] = await tx
    .select()
    .from(documents)
    .where(eq(documents.id, version.documentId))
    .for('update');
  const withdraw = version.changeKind === 'withdraw';
  if (document.currentVersionId && document.currentVersionId !== version.id) {
    await tx
      .update(documentVersions)
      .set({
        state: withdraw ? 'withdrawn' : 'superseded',
        endDate: version.effectiveDate,
        updatedAt: new Date(),
      })
      .where(eq(documentVersions.id, document.currentVersionId));
  }
  const finalState = withdraw ? 'withdrawn' : 'in_force';
  await tx
    .update(documentVersions)
    .set({
      state: finalState,
      ...(withdraw ? { endDate: version.effectiveDate } : {}),
      updatedAt: new Date(),
    })
    .where(eq(documentVersions.id, version.id));
  const docPatch = withdraw
    ? { status: 'withdrawn', currentVersionId: null, nextReviewDate: null }
    : {
        status: 'in_force',
        currentVersionId: version.id,
        title: version.title,
        nextReviewDate: addMonths(version.effectiveDate!, document.reviewIntervalMonths),
      };
  await tx
    .update(documents)
    .set({ ...docPatch, version: sql`${documents.version} + 1`, updatedAt: new Date() })
    .where(eq(documents.id, document.id));
  await recordAudit(tx, audit, {
    agencyId: version.agencyId,
    entityType: 'document',
    entityId: document.id,
    entityLabel: document.code,
    action: withdraw ? 'withdrawn' : 'in_force',
    changes: diff(
      { status: document.status, currentVersionId: document.currentVersionId },
      { status: docPatch.status, currentVersionId: docPatch.currentVersionId },
    ),
  });
  if (withdraw) return;
  const readers = await tx
    .select({ personId: people.id })
    .from(documentDistributions)
    .innerJoin(
      units,
      and(eq(units.agencyId, documentDistributions.agencyId), eq(units.id, documentDistributions.unitId)),
    )
    .innerJoin(people, and(eq(people.agencyId, units.agencyId), eq(people.unitId, units.id)))
    .where(
      and(
        eq(documentDistributions.agencyId, version.agencyId),
        eq(documentDistributions.versionId, version.id),
        eq(people.active, true),
      ),
    );
  const unique = [...new Set(readers.map((r) => r.personId))];
  if (unique.length) {
    await tx
      .insert(documentAcknowledgements)
      .values(
        unique.map((personId) => ({
          id: newId(),
          agencyId: version.agencyId,
          versionId: version.id,
          personId,
          notifiedAt: new Date(),
        })),
      )
      .onConflictDoNothing();
    await notifyToRead(tx, { document, version, readers: unique });
  }
}

/** Approved versions whose effective date has come go into force (run on reads and daily). */
export async function promoteDueVersions(db: Db, agencyId: string, today = todayInVietnam()) {
  const due = await db
    .select({ id: documentVersions.id })
    .from(documentVersions)
    .where(
      and(
        eq(documentVersions.agencyId, agencyId),
        eq(documentVersions.state, 'approved'),
        lte(documentVersions.effectiveDate, today),
      ),
    );
  let promoted = 0;
  for (const { id } of due) {
    // Re-read under the row lock: a concurrent reader (or approval) may have promoted it
    // already, and then this one must neither supersede twice nor record a second event.
    promoted += await db.transaction(async (tx) => {
      const [version] = await tx
        .select()
        .from(documentVersions)
        .where(and(eq(documentVersions.id, id), eq(documentVersions.state, 'approved')))
        .for('update');
      if (!version) return 0;
      await putInForce(tx, { actor: null, actorName: 'Hệ thống (đến ngày hiệu lực)' }, version);
      return 1;
    });
  }
  return promoted;
}
