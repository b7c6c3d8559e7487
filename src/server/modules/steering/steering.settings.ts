import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  DIRECTIVE_ESCALATE_AFTER_WORKING_DAYS,
  type SteeringSettingsView,
  type steeringSettingsBody,
} from '../../../contract/steering.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { saveAgencySettings, staleOnDuplicate } from '../../db/versioned.ts';
import { diff, recordAudit } from '../../platform/audit/audit.service.ts';
import { forbidden, notFound } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { steeringPolicy } from './steering.policy.ts';
import { type Deps, isCurrentMember } from './steering.repository.ts';
import { steeringSettings } from './steering.table.ts';

export type SteeringSettings = { escalateDirectivesAfterWorkingDays: number; version: number };

/** The agency's follow-up of directives: the default (version 0) until it saves its own. */
export async function steeringSettingsOf(db: Db | Tx, agencyId: string): Promise<SteeringSettings> {
  const [row] = await db.select().from(steeringSettings).where(eq(steeringSettings.agencyId, agencyId));
  return {
    escalateDirectivesAfterWorkingDays:
      row?.escalateDirectivesAfterWorkingDays ?? DIRECTIVE_ESCALATE_AFTER_WORKING_DAYS,
    version: row?.version ?? 0,
  };
}

/** Read by those who read the committee; only the secretariat may change it. */
export async function getSteeringSettings(db: Db, actor: Actor): Promise<SteeringSettingsView> {
  const member = await isCurrentMember(db, actor.agencyId, actor.personId);
  if (!steeringPolicy.readCommittee(actor, member)) throw notFound('steering_meeting');
  return { ...(await steeringSettingsOf(db, actor.agencyId)), canEdit: steeringPolicy.prepare(actor) };
}

/**
 * The secretariat sets the escalation delay, with the version read in the update's WHERE (or
 * inserts it once): two people saving at once cannot both succeed. Applies from the next run
 * of the reminders; an escalation already sent stays sent.
 */
export async function putSteeringSettings(
  { db, actor, audit }: Deps,
  body: z.infer<typeof steeringSettingsBody>,
): Promise<SteeringSettingsView> {
  if (!steeringPolicy.prepare(actor)) throw forbidden();
  const { version, ...values } = body;
  return staleOnDuplicate(() =>
    db.transaction(async (tx) => {
      const before = await steeringSettingsOf(tx, actor.agencyId);
      const row = await saveAgencySettings(tx, steeringSettings, actor.agencyId, version, values);
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'steering_settings',
        entityId: actor.agencyId,
        entityLabel: 'Theo dõi chỉ đạo của Ban chỉ đạo ISO',
        action: 'update',
        changes: diff(
          { escalateDirectivesAfterWorkingDays: before.escalateDirectivesAfterWorkingDays },
          values,
        ),
      });
      return {
        escalateDirectivesAfterWorkingDays: row.escalateDirectivesAfterWorkingDays,
        version: row.version,
        canEdit: true,
      };
    }),
  );
}
