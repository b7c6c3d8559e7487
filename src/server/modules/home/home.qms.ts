import type { QmsByUnit, QmsFigures } from '../../../contract/home.ts';
import type { Role } from '../../../contract/roles.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { caseMeasures, wholeUnitReaders } from '../cases/index.ts';
import { documentFiguresByUnit } from '../documents/index.ts';

/** Who sees the QMS by unit on home: leadership roles, over the units their grants cover. */
const leadershipRoles: Role[] = ['leadership', 'secretariat', 'steering_member', 'unit_head'];

export const seesQms = (actor: Actor) => actor.grants.some((g) => leadershipRoles.includes(g.role));

const zero = (): QmsFigures => ({
  onTimeRate: null,
  finished: 0,
  overdueSteps: 0,
  awaitingApproval: 0,
  reviewsOverdue: 0,
  notOpenedAtStart: 0,
  started: 0,
});

/**
 * The QMS at a glance by unit, from the modules' public functions: the case measures of
 * their default period (this year to today, or the latest year with cases) (on-time rate, overdue steps now, files not opened at start) for the
 * units the person may see (cases' measures scope), and the documents waiting for approval
 * and the reviews overdue of those units.
 */
export async function qmsByUnit(db: Db, actor: Actor, today: string): Promise<QmsByUnit> {
  // The measures' own default period (platform/period.ts): this year to today, or the latest
  // year with cases; the page says which.
  const [measures, documents] = await Promise.all([
    caseMeasures(db, actor, {}),
    documentFiguresByUnit(db, actor.agencyId, today),
  ]);
  const units = measures.byUnit.map((u) => {
    const d = documents.get(u.unitId) ?? { awaitingApproval: 0, reviewsOverdue: 0 };
    return {
      unitId: u.unitId,
      unitName: u.unitName,
      depth: u.depth,
      onTimeRate: u.onTimeRate,
      finished: u.finished,
      overdueSteps: u.overdueSteps,
      awaitingApproval: d.awaitingApproval,
      reviewsOverdue: d.reviewsOverdue,
      notOpenedAtStart: u.started - u.startedWithFile,
      started: u.started,
    };
  });
  const totals = units.reduce((t, u) => {
    t.finished += u.finished;
    t.overdueSteps += u.overdueSteps;
    t.awaitingApproval += u.awaitingApproval;
    t.reviewsOverdue += u.reviewsOverdue;
    t.notOpenedAtStart += u.notOpenedAtStart;
    t.started += u.started;
    return t;
  }, zero());
  totals.onTimeRate = measures.totals.onTimeRate;
  // The cases list shows whole units' cases to these roles only (cases.policy.ts).
  const listsCases = actor.grants.some((g) => wholeUnitReaders.includes(g.role));
  return {
    from: measures.from,
    to: measures.to,
    units,
    totals,
    overdueList: listsCases ? 'cases' : 'measures',
  };
}
