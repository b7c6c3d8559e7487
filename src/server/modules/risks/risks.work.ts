import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { TreatmentWork } from '../../../contract/risks.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { formatDate } from '../../platform/format.ts';
import { notify } from '../../platform/notifications/index.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { risksPolicy } from './risks.policy.ts';
import { factsOf, units } from './risks.repository.ts';
import { risks } from './risks.table.ts';

const riskLink = (id: string) => `/risks/${id}`;

/** Treatments planned and not yet done (state 'treating'), of one owner or of every agency, by due date. */
function openTreatments(db: Db, owner?: { agencyId: string; personId: string }) {
  return db
    .select({ risk: risks, unitPath: units.path, unitName: units.name })
    .from(risks)
    .innerJoin(units, and(eq(units.agencyId, risks.agencyId), eq(units.id, risks.unitId)))
    .where(
      and(
        eq(risks.state, 'treating'),
        isNull(risks.treatmentDoneOn),
        isNotNull(risks.treatmentOwnerId),
        isNotNull(risks.treatmentDueOn),
        owner ? eq(risks.agencyId, owner.agencyId) : undefined,
        owner ? eq(risks.treatmentOwnerId, owner.personId) : undefined,
      ),
    )
    .orderBy(asc(risks.treatmentDueOn), asc(risks.code));
}

/** Việc của tôi: the treatments I own that are not done, overdue first (they are the earliest due). */
export async function treatmentWorkOf(db: Db, actor: Actor): Promise<TreatmentWork> {
  const today = todayInVietnam();
  const rows = await openTreatments(db, { agencyId: actor.agencyId, personId: actor.personId });
  return {
    treatments: rows
      .filter((r) => risksPolicy.read(actor, factsOf(r.risk, r.unitPath)))
      .map(({ risk, unitName }) => ({
        riskId: risk.id,
        code: risk.code,
        kind: risk.kind as TreatmentWork['treatments'][number]['kind'],
        description: risk.description,
        unitName,
        treatment: risk.treatment ?? '',
        dueOn: risk.treatmentDueOn!,
        overdue: risk.treatmentDueOn! < today,
      })),
  };
}

/**
 * The hourly follow-up of treatments: due on the next working day → its owner; overdue (a
 * working day past due) → its owner, once per due date (a replanned date is told again). Each
 * notice is raised once (dedupe keys, a unique index), however often and on however many
 * instances this runs.
 */
export async function remindTreatments(db: Db, today: string): Promise<{ raised: number }> {
  const open = await openTreatments(db);
  const year = Number(today.slice(0, 4));
  const calendars = new Map<string, Awaited<ReturnType<typeof workingCalendarFor>>>();
  for (const agencyId of new Set(open.map((r) => r.risk.agencyId)))
    calendars.set(agencyId, await workingCalendarFor(db, agencyId, `${year - 3}-01-01`, `${year + 1}-12-31`));
  let raised = 0;
  for (const { risk } of open) {
    const calendar = calendars.get(risk.agencyId);
    const due = risk.treatmentDueOn!;
    if (!calendar) continue;
    const what = `${risk.code} ${risk.treatment ?? risk.description}`.slice(0, 300);
    const base = {
      agencyId: risk.agencyId,
      kind: 'risks.treatment_due' as const,
      recipients: [risk.treatmentOwnerId!],
      subject: { type: 'risk', id: risk.id },
      link: riskLink(risk.id),
    };
    if (due > today && calendar.nextWorkingDay(today) >= due) {
      const r = await notify(db as Tx, {
        ...base,
        title: {
          vi: `Sắp đến hạn hành động xử lý rủi ro, cơ hội (hạn ${formatDate(due)}): ${what}`,
          en: `Risk treatment due soon (${formatDate(due)}): ${what}`,
        },
        dedupeKey: `risk-treatment:${risk.id}:due:${due}`,
      });
      raised += r.created.length;
    }
    if (due >= today || calendar.countWorkingDays(due, today) <= 0) continue;
    const r = await notify(db as Tx, {
      ...base,
      title: {
        vi: `Quá hạn hành động xử lý rủi ro, cơ hội (hạn ${formatDate(due)}): ${what}`,
        en: `Risk treatment overdue (due ${formatDate(due)}): ${what}`,
      },
      dedupeKey: `risk-treatment:${risk.id}:overdue:${due}`,
    });
    raised += r.created.length;
  }
  return { raised };
}
