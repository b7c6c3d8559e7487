import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connection.ts';
import { saveAgencySettings, staleOnDuplicate } from '../../../db/versioned.ts';
import { diff } from '../../../platform/audit/audit.service.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { auditEvent } from '../internal-audits.audit.ts';
import { auditPolicy } from '../internal-audits.policy.ts';
import type { Deps } from '../internal-audits.repository.ts';
import { internalAuditSettings } from '../programme.table.ts';

/** Working days before a unit's audit that the unit is told of it, unless the agency chose otherwise. */
export const DEFAULT_NOTICE_WORKING_DAYS = 5;

/** The agency's settings (version 0 until first saved). */
export async function auditSettings(db: Db | Tx, agencyId: string) {
  const [row] = await db
    .select()
    .from(internalAuditSettings)
    .where(eq(internalAuditSettings.agencyId, agencyId));
  return {
    noticeWorkingDays: row?.noticeWorkingDays ?? DEFAULT_NOTICE_WORKING_DAYS,
    version: row?.version ?? 0,
  };
}

export async function getAuditSettings(db: Db, actor: Actor) {
  if (!auditPolicy.readProgramme(actor)) throw forbidden();
  return auditSettings(db, actor.agencyId);
}

/** The secretariat sets the notice; the version read is in the WHERE (or the row is created once). */
export async function putAuditSettings(
  { db, actor, audit }: Deps,
  body: { version: number; noticeWorkingDays: number },
) {
  if (!auditPolicy.plan(actor)) throw forbidden();
  return staleOnDuplicate(() =>
    db.transaction(async (tx) => {
      const before = await auditSettings(tx, actor.agencyId);
      const row = await saveAgencySettings(tx, internalAuditSettings, actor.agencyId, body.version, {
        noticeWorkingDays: body.noticeWorkingDays,
      });
      await auditEvent(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'internal_audit_settings',
        entityId: actor.agencyId,
        entityLabel: 'Thiết lập đánh giá nội bộ',
        action: 'update',
        changes: diff(
          { noticeWorkingDays: before.noticeWorkingDays },
          { noticeWorkingDays: row.noticeWorkingDays },
        ),
      });
      return { noticeWorkingDays: row.noticeWorkingDays, version: row.version };
    }),
  );
}
