import { and, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connection.ts';
import { formatDate } from '../../../platform/format.ts';
import { notify } from '../../../platform/notifications/index.ts';
import { workingCalendarFor } from '../../calendar/index.ts';
import { peopleHolding } from '../../org/index.ts';
import { auditJoins, units } from '../internal-audits.repository.ts';
import { auditSettings } from '../programme/settings.ts';
import { internalAuditRoundAudits, internalAuditRounds } from '../round.table.ts';

/**
 * The notice job: a published unit's audit whose date is at most N working days away (N the
 * agency's setting, 5 by default) tells the unit's head and ISO officer, its named
 * representatives and its auditors — once: the audit's row is marked in the same transaction
 * (`notice_sent_at` set only where still empty) and the notification's dedupe key names the
 * audit and its date. A new date clears the mark (schedule.service.ts), so the unit hears again.
 */
export async function sendAuditNotices(db: Db, today: string): Promise<{ noticed: number }> {
  const due = await db
    .select({ audit: internalAuditRoundAudits, round: internalAuditRounds, unitName: units.name })
    .from(internalAuditRoundAudits)
    .innerJoin(internalAuditRounds, auditJoins.round)
    .innerJoin(units, auditJoins.unit)
    .where(
      and(
        inArray(internalAuditRounds.state, ['plan_published', 'in_progress']),
        isNull(internalAuditRoundAudits.noticeSentAt),
        gte(internalAuditRoundAudits.auditDate, today),
      ),
    );
  const calendars = new Map<string, Awaited<ReturnType<typeof workingCalendarFor>>>();
  const notice = new Map<string, number>();
  let noticed = 0;
  for (const { audit, round, unitName } of due) {
    const agencyId = audit.agencyId;
    if (!calendars.has(agencyId)) {
      const year = Number(today.slice(0, 4));
      calendars.set(
        agencyId,
        await workingCalendarFor(db, agencyId, `${year - 1}-01-01`, `${year + 1}-12-31`),
      );
      notice.set(agencyId, (await auditSettings(db, agencyId)).noticeWorkingDays);
    }
    const date = audit.auditDate as string;
    const noticeDay = calendars.get(agencyId)!.addWorkingDays(date, -(notice.get(agencyId) ?? 5));
    if (today < noticeDay) continue;
    const sent = await db.transaction(async (tx) => {
      const [marked] = await tx
        .update(internalAuditRoundAudits)
        .set({ noticeSentAt: new Date() })
        .where(
          and(
            eq(internalAuditRoundAudits.agencyId, agencyId),
            eq(internalAuditRoundAudits.id, audit.id),
            isNull(internalAuditRoundAudits.noticeSentAt),
            sql`${internalAuditRoundAudits.auditDate} = ${date}`,
          ),
        )
        .returning({ id: internalAuditRoundAudits.id });
      if (!marked) return 0;
      return (await notifyUnit(tx, { audit, round, unitName, date })).length;
    });
    noticed += sent;
  }
  return { noticed };
}

async function notifyUnit(
  tx: Tx,
  ctx: {
    audit: typeof internalAuditRoundAudits.$inferSelect;
    round: typeof internalAuditRounds.$inferSelect;
    unitName: string;
    date: string;
  },
) {
  const { audit, round, unitName, date } = ctx;
  const keepers = await peopleHolding(tx, audit.agencyId, ['unit_head', 'iso_officer'], audit.unitId);
  const recipients = [
    ...keepers.map((k) => k.id),
    ...audit.auditeeRepresentatives.flatMap((r) => (r.personId ? [r.personId] : [])),
    ...audit.auditorIds,
  ];
  const when = [audit.startTime, formatDate(date)].filter(Boolean).join(' ');
  const place = audit.place ? `, ${audit.place}` : '';
  const { created } = await notify(tx, {
    agencyId: audit.agencyId,
    kind: 'internal_audits.notice',
    recipients: [...new Set(recipients)],
    subject: { type: 'internal_audit_round_audit', id: audit.id },
    title: {
      vi: `Lịch đánh giá nội bộ tại ${unitName}: ${when}${place} (${round.title})`,
      en: `Internal audit of ${unitName}: ${when}${place} (${round.title})`,
    },
    link: `/internal-audits`,
    dedupeKey: `internal-audit:${audit.id}:notice:${date}`,
  });
  return created;
}
