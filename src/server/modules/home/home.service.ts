import { and, eq, gt, gte, sql } from 'drizzle-orm';
import type { HomeSummary } from '../../../contract/home.ts';
import type { Db } from '../../db/connection.ts';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { type Actor, holdsAgencyWide } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { calendarWithDays } from '../calendar/calendar.service.ts';
import { people, units } from '../org/org.table.ts';

const count = sql<number>`count(*)::int`;

export async function homeSummary(db: Db, actor: Actor): Promise<HomeSummary> {
  const today = todayInVietnam();
  const year = today.slice(0, 4);
  // The holidays come from the calendar (stored or computed days), not from the table alone.
  const [{ calendar, days }, [unitCount], [peopleCount], [locked], audit] = await Promise.all([
    calendarWithDays(db, actor.agencyId, today, today),
    db
      .select({ n: count })
      .from(units)
      .where(and(eq(units.agencyId, actor.agencyId), eq(units.status, 'active'))),
    db
      .select({ n: count })
      .from(people)
      .where(and(eq(people.agencyId, actor.agencyId), eq(people.active, true))),
    db
      .select({ n: count })
      .from(people)
      .where(and(eq(people.agencyId, actor.agencyId), gt(people.lockedUntil, new Date()))),
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
  ]);
  return {
    activeUnits: unitCount.n,
    activePeople: peopleCount.n,
    lockedAccounts: locked.n,
    myRoles: actor.grants.length,
    auditEventsToday: audit ? audit[0].n : null,
    upcomingHolidays: days
      .filter((d) => d.kind === 'holiday' && d.date >= today)
      .slice(0, 3)
      .map((d) => ({ date: d.date, nameVi: d.nameVi, nameEn: d.nameEn })),
    workingDaysLeftInYear: calendar.countWorkingDays(today, `${year}-12-31`),
  };
}
