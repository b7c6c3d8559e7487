import { and, asc, count, desc, eq, isNull } from 'drizzle-orm';
import {
  type DocumentView,
  documentContent,
  type VersionState,
  type VersionView,
} from '../../../contract/documents.ts';
import { withPerformers } from '../../../contract/performers.ts';
import type { Db } from '../../db/connection.ts';
import { type AuditContext, recordAudit } from '../../platform/audit/audit.service.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { agencyUnits, personRows, unitRows } from '../org/index.ts';
import { revisionDutyFacts, signingConflict } from './documents.duties.ts';
import { actionsFrom, transitions } from './documents.lifecycle.ts';
import { documentsPolicy } from './documents.policy.ts';
import { loadDocument, loadVersion, signaturesOf } from './documents.repository.ts';
import { notFoundVersion } from './documents.service.ts';
import {
  documentAcknowledgements,
  documentAttachments,
  documentEvents,
  documentVersions,
} from './documents.table.ts';

const people = personRows();

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** States in which an approved decision exists and may still lack its number. */
export const numberedStates: VersionState[] = ['approved', 'in_force', 'superseded'];

export async function getVersionView(db: Db, actor: Actor, versionId: string): Promise<VersionView> {
  const { version, document, scope, unitName } = await loadVersion(db, actor, versionId);
  const state = version.state as VersionState;
  if (!documentsPolicy.readVersion(actor, scope, state)) throw notFoundVersion();
  const requester = unitRows('requesting_unit');
  const [names] = await db
    .select({ requestingUnitName: requester.name, draftedByName: people.fullName })
    .from(documentVersions)
    .innerJoin(requester, eq(requester.id, documentVersions.requestingUnitId))
    .leftJoin(people, eq(people.id, documentVersions.draftedBy))
    .where(eq(documentVersions.id, versionId));
  const [signatures, events, [ack], [attached]] = await Promise.all([
    signaturesOf(db, versionId),
    db
      .select()
      .from(documentEvents)
      .where(eq(documentEvents.versionId, versionId))
      .orderBy(asc(documentEvents.at)),
    db
      .select()
      .from(documentAcknowledgements)
      .where(
        and(
          eq(documentAcknowledgements.versionId, versionId),
          eq(documentAcknowledgements.personId, actor.personId),
        ),
      ),
    db.select({ n: count() }).from(documentAttachments).where(eq(documentAttachments.versionId, versionId)),
  ]);
  const allowed = actionsFrom(state).filter((a) => documentsPolicy.act(actor, a, scope));
  const facts = allowed.some((a) => transitions[a].signs) ? await revisionDutyFacts(db, version) : null;
  const blocked = allowed.flatMap((action) => {
    const reason = facts && signingConflict(actor, action, facts);
    return reason ? [{ action, reason }] : [];
  });
  return {
    id: version.id,
    documentId: document.id,
    code: document.code,
    type: document.type as VersionView['type'],
    ownerUnitId: document.ownerUnitId,
    ownerUnitName: unitName,
    title: version.title,
    state,
    changeKind: version.changeKind as VersionView['changeKind'],
    changeReason: version.changeReason,
    legalBasis: version.legalBasis,
    imported: version.imported,
    requestingUnitName: names.requestingUnitName,
    issueNo: version.issueNo,
    // Steps written before performers were structured get one derived from their words
    // (the stored, signed content is left as it is).
    content: withPerformers(documentContent.parse(version.content), await agencyUnits(db, actor.agencyId)),
    contentHash: version.contentHash,
    attachmentCount: attached.n,
    changeSummary: version.changeSummary,
    decisionNo: version.decisionNo,
    issueDate: version.issueDate,
    effectiveDate: version.effectiveDate,
    endDate: version.endDate,
    draftedByName: names.draftedByName,
    signatures: signatures.map((s) => ({
      id: s.id,
      meaning: s.meaning as never,
      signerName: s.signerName,
      signerPosition: s.signerPosition,
      signedAt: s.signedAt.toISOString(),
      contentHash: s.contentHash,
      valid: !s.voidedAt && s.contentHash === version.contentHash,
      voidedAt: iso(s.voidedAt),
      onPaper: s.onPaper,
    })),
    events: events.map((e) => ({
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      actorName: e.actorName,
      comment: e.comment,
      at: e.at.toISOString(),
    })),
    version: version.version,
    abilities: {
      edit: state === 'draft' && documentsPolicy.editDraft(actor, scope),
      actions: allowed.filter((a) => !blocked.some((b) => b.action === a)),
      acknowledge: Boolean(ack && !ack.acknowledgedAt),
      numberDecision:
        !version.decisionNo &&
        version.changeKind !== 'withdraw' &&
        numberedStates.includes(state) &&
        documentsPolicy.numberDecision(actor, scope),
      attachSignedDecision:
        version.changeKind !== 'withdraw' &&
        numberedStates.includes(state) &&
        documentsPolicy.attachSignedDecision(actor, scope),
      blocked,
    },
    acknowledgedAt: iso(ack?.acknowledgedAt ?? null),
  };
}

export async function getDocumentView(db: Db, actor: Actor, id: string): Promise<DocumentView> {
  const { document, scope, unitName } = await loadDocument(db, actor, id);
  const versions = (
    await db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.documentId, id))
      .orderBy(desc(documentVersions.createdAt))
  ).filter((v) => documentsPolicy.readVersion(actor, scope, v.state as VersionState));
  if (versions.length === 0) throw notFoundVersion();
  return {
    id: document.id,
    type: document.type as DocumentView['type'],
    code: document.code,
    title: document.title,
    ownerUnitId: document.ownerUnitId,
    ownerUnitName: unitName,
    status: document.status as DocumentView['status'],
    currentVersionId: document.currentVersionId,
    reviewIntervalMonths: document.reviewIntervalMonths,
    nextReviewDate: document.nextReviewDate,
    externalNumber: document.externalNumber,
    issuer: document.issuer,
    externalIssuedDate: document.externalIssuedDate,
    externalEffectiveDate: document.externalEffectiveDate,
    legalStatus: document.legalStatus,
    versions: versions.map((v) => ({
      id: v.id,
      state: v.state as VersionState,
      changeKind: v.changeKind as never,
      issueNo: v.issueNo,
      title: v.title,
      issueDate: v.issueDate,
      effectiveDate: v.effectiveDate,
      endDate: v.endDate,
      decisionNo: v.decisionNo,
      changeSummary: v.changeSummary,
      updatedAt: v.updatedAt.toISOString(),
    })),
    version: document.version,
    abilities: {
      requestChange: document.status === 'in_force' && documentsPolicy.requestChange(actor, scope),
      periodicReview: document.status === 'in_force' && documentsPolicy.periodicReview(actor, scope),
      readReports: documentsPolicy.readReports(actor, scope),
    },
  };
}

export { listDocuments } from './master-list/master-list.queries.ts';

/** "Đã đọc": the person confirms reading a version distributed to their unit. */
export async function acknowledge(
  { db, actor, audit }: { db: Db; actor: Actor; audit: AuditContext },
  versionId: string,
) {
  const { version, document, scope } = await loadVersion(db, actor, versionId);
  if (!documentsPolicy.readVersion(actor, scope, version.state as VersionState)) throw notFoundVersion();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(documentAcknowledgements)
      .set({ acknowledgedAt: new Date() })
      .where(
        and(
          eq(documentAcknowledgements.versionId, versionId),
          eq(documentAcknowledgements.personId, actor.personId),
          isNull(documentAcknowledgements.acknowledgedAt),
        ),
      )
      .returning();
    if (!row) {
      throw new AppError(409, 'document.nothing_to_acknowledge', {
        vi: 'Bạn không có tài liệu này cần xác nhận đã đọc, hoặc đã xác nhận rồi.',
        en: 'This document is not waiting for your read acknowledgement.',
      });
    }
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document_version',
      entityId: versionId,
      entityLabel: `${document.code} lần ${version.issueNo}`,
      action: 'acknowledge',
      changes: { acknowledgedAt: { to: row.acknowledgedAt?.toISOString() } },
    });
    return row;
  });
}
