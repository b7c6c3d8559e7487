import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.ts';
import { updateVersioned } from '../../db/versioned.ts';
import { diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { revisionInForceSince } from '../documents/index.ts';
import { awaitVerificationIfLast } from './nonconformities.service.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

const SYSTEM = { actor: null, actorName: 'Hệ thống (tài liệu sửa đổi có hiệu lực)' };
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * A "revise a document" action is done when a revision of its document, requested after
 * the action was planned, is in force. Run by the hourly job; each action is locked with its
 * record, so two instances never complete it twice.
 */
export async function completeRevisedDocuments(db: Db, today: string): Promise<{ completed: number }> {
  const waiting = await db
    .select({ action: nonconformityActions })
    .from(nonconformityActions)
    .innerJoin(
      nonconformities,
      and(
        eq(nonconformities.agencyId, nonconformityActions.agencyId),
        eq(nonconformities.id, nonconformityActions.nonconformityId),
      ),
    )
    .where(
      and(
        eq(nonconformityActions.kind, 'revise_document'),
        eq(nonconformityActions.state, 'open'),
        eq(nonconformities.state, 'in_progress'),
      ),
    );
  let completed = 0;
  for (const { action } of waiting) {
    if (!action.documentId) continue;
    const revision = await revisionInForceSince(db, action.agencyId, action.documentId, action.createdAt);
    if (!revision) continue;
    completed += await db.transaction(async (tx) => {
      const [nc] = await tx
        .select()
        .from(nonconformities)
        .where(
          and(eq(nonconformities.agencyId, action.agencyId), eq(nonconformities.id, action.nonconformityId)),
        )
        .for('update');
      const actions = await tx
        .select()
        .from(nonconformityActions)
        .where(
          and(
            eq(nonconformityActions.agencyId, action.agencyId),
            eq(nonconformityActions.nonconformityId, action.nonconformityId),
          ),
        );
      const current = actions.find((a) => a.id === action.id);
      if (nc?.state !== 'in_progress' || current?.state !== 'open') return 0;
      const effective = revision.effectiveDate ?? today;
      const done = await updateVersioned(
        tx,
        nonconformityActions,
        { id: action.id, agencyId: action.agencyId, version: current.version },
        {
          state: 'done',
          doneOn: effective,
          changeVersionId: revision.versionId,
          evidence: `Tài liệu đã được sửa đổi: lần ban hành ${revision.issueNo}, hiệu lực từ ngày ${dmy(effective)}.`,
        },
      );
      await recordAudit(tx, SYSTEM, {
        agencyId: nc.agencyId,
        entityType: 'nonconformity',
        entityId: nc.id,
        entityLabel: `${nc.code} ${nc.title}`,
        action: 'complete_action',
        changes: diff(current, done),
      });
      await awaitVerificationIfLast(
        tx,
        SYSTEM,
        nc,
        actions.filter((a) => a.id !== action.id),
        today,
      );
      return 1;
    });
  }
  return { completed };
}
