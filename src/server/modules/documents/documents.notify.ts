import { and, eq, inArray } from 'drizzle-orm';
import type { VersionState } from '../../../contract/documents.ts';
import type { Role } from '../../../contract/roles.ts';
import type { Tx } from '../../db/connection.ts';
import { formatDate } from '../../platform/format.ts';
import { notify } from '../../platform/notifications/index.ts';
import { peopleHolding } from '../org/index.ts';
import { documents, documentVersions } from './documents.table.ts';
import { approverRoleSql } from './search/readable.ts';

type Doc = { id: string; agencyId: string; code: string; ownerUnitId: string };
type Version = { id: string; title: string; issueNo: number; version: number };

/** Who acts on a version in each state, and the words for it. */
const actors: Partial<Record<VersionState, { role: (approver: Role) => Role; vi: string; en: string }>> = {
  draft: {
    role: () => 'iso_officer',
    vi: 'Dự thảo bị trả lại, cần chỉnh sửa',
    en: 'Draft returned for changes',
  },
  unit_review: { role: () => 'unit_head', vi: 'Chờ xem xét', en: 'To review' },
  secretariat_check: { role: () => 'secretariat', vi: 'Chờ kiểm tra', en: 'To check' },
  submitted: { role: (approver) => approver, vi: 'Chờ phê duyệt', en: 'To approve' },
};

/**
 * A version reached a state someone must act on: the holders of that role over the owner
 * unit are notified (not the person who moved it). In the transition's transaction; the
 * key carries the version's row version, so a draft returned and resubmitted notifies again.
 */
export async function notifyToAct(
  tx: Tx,
  input: {
    document: Doc;
    version: Version;
    state: VersionState;
    approverRole: Role;
    byPersonId: string | null;
  },
) {
  const step = actors[input.state];
  if (!step) return null;
  const holders = await peopleHolding(
    tx,
    input.document.agencyId,
    [step.role(input.approverRole)],
    input.document.ownerUnitId,
  );
  return notify(tx, {
    agencyId: input.document.agencyId,
    kind: 'documents.to_act',
    recipients: holders.filter((p) => p.id !== input.byPersonId),
    subject: { type: 'document_version', id: input.version.id },
    title: {
      vi: `${step.vi}: ${input.document.code} — ${input.version.title}`,
      en: `${step.en}: ${input.document.code} — ${input.version.title}`,
    },
    link: `/documents/${input.document.id}`,
    dedupeKey: `document_version:${input.version.id}:${input.state}:${input.version.version}`,
  });
}

/** A version came into force: the people it was distributed to are asked to read and acknowledge it. */
export async function notifyToRead(tx: Tx, input: { document: Doc; version: Version; readers: string[] }) {
  await notify(tx, {
    agencyId: input.document.agencyId,
    kind: 'documents.to_read',
    recipients: input.readers,
    subject: { type: 'document_version', id: input.version.id },
    title: {
      vi: `Tài liệu mới ban hành cần đọc: ${input.document.code} — ${input.version.title} (lần ${input.version.issueNo})`,
      en: `Newly issued, to read: ${input.document.code} — ${input.version.title} (issue ${input.version.issueNo})`,
    },
    link: `/documents/${input.document.id}`,
    dedupeKey: `document_version:${input.version.id}:to_read`,
  });
}

/** A document's periodic review falls due (or is overdue): its unit's heads are notified once per review date. */
export async function notifyReviewDue(
  tx: Tx,
  input: { document: Doc & { title: string }; nextReviewDate: string; today: string },
) {
  const holders = await peopleHolding(tx, input.document.agencyId, ['unit_head'], input.document.ownerUnitId);
  const due = formatDate(input.nextReviewDate);
  return notify(tx, {
    agencyId: input.document.agencyId,
    kind: 'documents.review_due',
    recipients: holders,
    subject: { type: 'document', id: input.document.id },
    title:
      input.nextReviewDate < input.today
        ? {
            vi: `Quá hạn rà soát (hạn ${due}): ${input.document.code} — ${input.document.title}`,
            en: `Review overdue (due ${due}): ${input.document.code} — ${input.document.title}`,
          }
        : {
            vi: `Đến hạn rà soát ngày ${due}: ${input.document.code} — ${input.document.title}`,
            en: `Review due on ${due}: ${input.document.code} — ${input.document.title}`,
          },
    link: `/documents/${input.document.id}`,
    dedupeKey: `document:${input.document.id}:review:${input.nextReviewDate}`,
  });
}

/**
 * Raises the "to act" notifications of every version of the agency now waiting for someone
 * (in unit review, secretariat check or submitted for approval), as the transitions would
 * have: for loaders that write versions without going through them (the demo, an import).
 * Idempotent: a version already notified in its state and row version notifies nobody again.
 * Answers how many people were newly notified.
 */
export async function notifyVersionsWaiting(tx: Tx, agencyId: string) {
  const waiting: VersionState[] = ['unit_review', 'secretariat_check', 'submitted'];
  const rows = await tx
    .select({
      document: {
        id: documents.id,
        agencyId: documents.agencyId,
        code: documents.code,
        ownerUnitId: documents.ownerUnitId,
      },
      version: {
        id: documentVersions.id,
        title: documentVersions.title,
        issueNo: documentVersions.issueNo,
        version: documentVersions.version,
        state: documentVersions.state,
      },
      approverRole: approverRoleSql,
    })
    .from(documentVersions)
    .innerJoin(
      documents,
      and(eq(documents.agencyId, documentVersions.agencyId), eq(documents.id, documentVersions.documentId)),
    )
    .where(and(eq(documentVersions.agencyId, agencyId), inArray(documentVersions.state, waiting)));
  let notified = 0;
  for (const r of rows) {
    const result = await notifyToAct(tx, {
      document: r.document,
      version: r.version,
      state: r.version.state as VersionState,
      approverRole: r.approverRole,
      byPersonId: null,
    });
    notified += result?.created.length ?? 0;
  }
  return notified;
}
