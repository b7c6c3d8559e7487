import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  ESCALATE_AFTER_WORKING_DAYS,
  type NcGrade,
  type NcSettingsView,
  type putNcSettingsBody,
  verificationWaitDays,
} from '../../../contract/nonconformities.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { saveAgencySettings, staleOnDuplicate } from '../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { forbidden, invalidField } from '../../platform/http/errors.ts';
import { type Actor, holdsAgencyWide } from '../../platform/permissions/actor.ts';
import { nonconformitySettings } from './nonconformities.table.ts';

type Deps = { db: Db; actor: Actor; audit: AuditContext };

export type NcSettings = {
  escalateAfterWorkingDays: number;
  waitMajorWorkingDays: number;
  waitMinorWorkingDays: number;
  version: number;
};

const defaults = (): NcSettings => ({
  escalateAfterWorkingDays: ESCALATE_AFTER_WORKING_DAYS,
  waitMajorWorkingDays: verificationWaitDays.major,
  waitMinorWorkingDays: verificationWaitDays.minor,
  version: 0,
});

/** The agency's follow-up settings, the defaults (version 0) until it saves its own. */
export async function ncSettingsOf(db: Db | Tx, agencyId: string): Promise<NcSettings> {
  const [row] = await db
    .select()
    .from(nonconformitySettings)
    .where(eq(nonconformitySettings.agencyId, agencyId));
  return row
    ? {
        escalateAfterWorkingDays: row.escalateAfterWorkingDays,
        waitMajorWorkingDays: row.waitMajorWorkingDays,
        waitMinorWorkingDays: row.waitMinorWorkingDays,
        version: row.version,
      }
    : defaults();
}

export const waitDaysFor = (settings: NcSettings, grade: NcGrade) =>
  grade === 'major' ? settings.waitMajorWorkingDays : settings.waitMinorWorkingDays;

/** The agency-wide secretariat (and the administrators) keep these settings. */
const mayEdit = (actor: Actor) => holdsAgencyWide(actor, 'secretariat') || holdsAgencyWide(actor, 'admin');

export async function getNcSettings(db: Db, actor: Actor): Promise<NcSettingsView> {
  return { ...(await ncSettingsOf(db, actor.agencyId)), canEdit: mayEdit(actor) };
}

/**
 * Saves the settings with the version read in the update's WHERE (or inserts them once):
 * two people saving at once cannot both succeed. A major nonconformity never waits less
 * than a minor one. Applies to waits and escalations computed from now on.
 */
export async function putNcSettings(
  { db, actor, audit }: Deps,
  body: z.infer<typeof putNcSettingsBody>,
): Promise<NcSettingsView> {
  if (!mayEdit(actor)) throw forbidden();
  if (body.waitMajorWorkingDays < body.waitMinorWorkingDays)
    throw invalidField('waitMajorWorkingDays', {
      vi: 'Thời gian chờ xác nhận hiệu quả của sự không phù hợp nặng không được ngắn hơn của sự không phù hợp nhẹ.',
      en: 'The wait before verifying a major nonconformity cannot be shorter than a minor one’s.',
    });
  const { version, ...values } = body;
  return staleOnDuplicate(() =>
    db.transaction(async (tx) => {
      const before = await ncSettingsOf(tx, actor.agencyId);
      const row = await saveAgencySettings(tx, nonconformitySettings, actor.agencyId, version, values);
      const { version: _b, ...was } = before;
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'nonconformity_settings',
        entityId: actor.agencyId,
        entityLabel: 'Theo dõi hành động khắc phục / Corrective action follow-up',
        action: 'update',
        changes: diff(was, values),
      });
      return {
        escalateAfterWorkingDays: row.escalateAfterWorkingDays,
        waitMajorWorkingDays: row.waitMajorWorkingDays,
        waitMinorWorkingDays: row.waitMinorWorkingDays,
        version: row.version,
        canEdit: true,
      };
    }),
  );
}
