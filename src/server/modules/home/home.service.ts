import { and, eq, gte, sql } from 'drizzle-orm';
import type { HomeSummary } from '../../../contract/home.ts';
import type { Db } from '../../db/connection.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { type Actor, holdsAgencyWide } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { calendarWithDays } from '../calendar/index.ts';
import { correctiveActionFigures } from '../nonconformities/index.ts';
import { orgFigures } from '../org/index.ts';
import { qmsByUnit, seesQms } from './home.qms.ts';

const count = sql<number>`count(*)::int`;

export async function homeSummary(db: Db, actor: Actor): Promise<HomeSummary> {
  const today = todayInVietnam();
  const year = today.slice(0, 4);
  // The holidays come from the calendar (stored or computed days), not from the table alone.
  const [{ calendar, days }, org, audit, qms, correctiveActions] = await Promise.all([
    calendarWithDays(db, actor.agencyId, today, today),
    orgFigures(db, actor.agencyId),
    holdsAgencyWide(actor, 'admin')
      ? db
          .select({ n: count })
          .from(auditEvents)
          .where(
            and(
              eq(auditEvents.agencyId, actor.agencyId),
              gte(auditEvents.occurredAt, new Date(`${today}T00:00:00+07:00`)),
            ),
          )
      : Promise.resolve(null),
    seesQms(actor) ? qmsByUnit(db, actor, today) : Promise.resolve(null),
    correctiveActionFigures(db, actor, today),
  ]);
  return {
    activeUnits: org.units,
    activePeople: org.people,
    lockedAccounts: org.locked,
    myRoles: actor.grants.length,
    auditEventsToday: audit ? audit[0].n : null,
    upcomingHolidays: days
      .filter((d) => d.kind === 'holiday' && d.date >= today)
      .slice(0, 3)
      .map((d) => ({ date: d.date, nameVi: d.nameVi, nameEn: d.nameEn })),
    workingDaysLeftInYear: calendar.countWorkingDays(today, `${year}-12-31`),
    qms,
    correctiveActions,
  };
}
