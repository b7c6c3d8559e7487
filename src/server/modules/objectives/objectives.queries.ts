import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  type IndicatorPeriodValue,
  type IndicatorView,
  indicatorStatus,
  type ObjectiveDetail,
  type ObjectiveListItem,
  objectiveStatus,
  periodsOf,
  SPARKLINE_PERIODS,
} from '../../../contract/objectives.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { documentNames } from '../documents/index.ts';
import { orgNames } from '../org/index.ts';
import { measureValue } from './objectives.measures.ts';
import { objectivePolicy } from './objectives.policy.ts';
import { factsOf, loadObjective, units } from './objectives.repository.ts';
import { indicatorValues, objectiveActions, objectiveIndicators, objectives } from './objectives.table.ts';

type IndicatorRow = typeof objectiveIndicators.$inferSelect;
type ValueRow = typeof indicatorValues.$inferSelect;

/**
 * An indicator's values for each period of the year begun by today: computed ones from
 * their measure, manual ones from the approved entry (an entry waiting for approval shows
 * but has no value yet); each with its status against the target and the previous period.
 */
export async function indicatorSeries(
  db: Db,
  agencyId: string,
  year: number,
  indicator: IndicatorRow,
  entries: ValueRow[],
): Promise<IndicatorView> {
  const today = todayInVietnam();
  const periods = periodsOf(year, indicator.frequency as never).filter((p) => p.start <= today);
  const values: IndicatorPeriodValue[] = [];
  let previous: number | null = null;
  for (const period of periods) {
    const entry = entries.find((e) => e.periodStart === period.start) ?? null;
    const value =
      indicator.source === 'computed' && indicator.measure
        ? await measureValue(db, agencyId, indicator.measure as never, indicator.params, period)
        : entry?.state === 'approved'
          ? entry.value
          : null;
    values.push({
      periodStart: period.start,
      periodEnd: period.end,
      value,
      status: indicatorStatus(indicator.direction as never, indicator.target, value, previous),
      entry: entry && {
        id: entry.id,
        value: entry.value,
        evidenceNote: entry.evidenceNote,
        evidenceFile:
          entry.fileHash && entry.fileName && entry.mimeType
            ? {
                fileName: entry.fileName,
                mimeType: entry.mimeType,
                size: entry.size ?? 0,
                recordFile:
                  entry.recordFileId && entry.recordFileCode
                    ? { id: entry.recordFileId, fileCode: entry.recordFileCode }
                    : null,
              }
            : null,
        enteredBy: entry.enteredBy,
        state: entry.state as 'entered' | 'approved',
        approvedBy: entry.approvedBy,
        version: entry.version,
      },
    });
    if (value !== null) previous = value;
  }
  const latest = [...values].reverse().find((v) => v.status !== null);
  return {
    id: indicator.id,
    version: indicator.version,
    name: indicator.name,
    formula: indicator.formula,
    unit: indicator.unit,
    direction: indicator.direction as never,
    target: indicator.target,
    frequency: indicator.frequency as never,
    source: indicator.source as never,
    measure: (indicator.measure as never) ?? null,
    params: indicator.params,
    values,
    status: latest?.status ?? null,
  };
}

export async function indicatorsOf(db: Db, agencyId: string, objectiveIds: string[], year: number) {
  if (!objectiveIds.length) return new Map<string, IndicatorView[]>();
  const rows = await db
    .select()
    .from(objectiveIndicators)
    .where(
      and(eq(objectiveIndicators.agencyId, agencyId), inArray(objectiveIndicators.objectiveId, objectiveIds)),
    )
    .orderBy(asc(objectiveIndicators.createdAt), asc(objectiveIndicators.id));
  const entries = rows.length
    ? await db
        .select()
        .from(indicatorValues)
        .where(
          and(
            eq(indicatorValues.agencyId, agencyId),
            inArray(
              indicatorValues.indicatorId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  const byObjective = new Map<string, IndicatorView[]>();
  for (const row of rows) {
    const view = await indicatorSeries(
      db,
      agencyId,
      year,
      row,
      entries.filter((e) => e.indicatorId === row.id),
    );
    byObjective.set(row.objectiveId, [...(byObjective.get(row.objectiveId) ?? []), view]);
  }
  return byObjective;
}

/** The year's objectives the actor may read, agency's first, then each unit's, with their status. */
export async function listObjectives(db: Db, actor: Actor, query: { year?: number }) {
  const year = query.year ?? Number(todayInVietnam().slice(0, 4));
  const rows = await db
    .select({ objective: objectives, unitPath: units.path, unitName: units.name })
    .from(objectives)
    .leftJoin(units, and(eq(units.agencyId, objectives.agencyId), eq(units.id, objectives.unitId)))
    .where(and(eq(objectives.agencyId, actor.agencyId), eq(objectives.year, year)))
    .orderBy(asc(objectives.createdAt), asc(objectives.id));
  const readable = rows.filter((r) => objectivePolicy.read(actor, factsOf(r.objective, r.unitPath)));
  const indicators = await indicatorsOf(
    db,
    actor.agencyId,
    readable.map((r) => r.objective.id),
    year,
  );
  const names = await orgNames(
    db,
    actor.agencyId,
    readable.map((r) => r.objective.ownerPersonId),
  );
  const items: ObjectiveListItem[] = readable.map(({ objective: o, unitName }) => {
    const list = indicators.get(o.id) ?? [];
    return {
      id: o.id,
      version: o.version,
      year: o.year,
      unitId: o.unitId,
      unitName: unitName ?? null,
      parentId: o.parentId,
      title: o.title,
      state: o.state as never,
      owner: { id: o.ownerPersonId, name: names[o.ownerPersonId] ?? '' },
      status: objectiveStatus(list.map((i) => i.status)),
      indicatorCount: list.length,
      trends: list.map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        values: i.values
          .slice(-SPARKLINE_PERIODS)
          .map(({ periodStart, periodEnd, value }) => ({ periodStart, periodEnd, value })),
      })),
    };
  });
  items.sort((a, b) => Number(a.unitId !== null) - Number(b.unitId !== null));
  return { year, items, canDraft: objectivePolicy.draftSomewhere(actor) };
}

/** One objective with its indicators' values, its plan and what the actor may do. */
export async function getObjective(db: Db, actor: Actor, id: string): Promise<ObjectiveDetail> {
  const { objective: o, unitName, facts } = await loadObjective(db, actor, id);
  const indicators = (await indicatorsOf(db, actor.agencyId, [o.id], o.year)).get(o.id) ?? [];
  const actions = await db
    .select()
    .from(objectiveActions)
    .where(and(eq(objectiveActions.agencyId, actor.agencyId), eq(objectiveActions.objectiveId, id)))
    .orderBy(asc(objectiveActions.dueDate), asc(objectiveActions.id));
  const personIds = [
    o.ownerPersonId,
    o.draftedBy,
    o.approvedBy,
    ...actions.map((a) => a.ownerPersonId),
  ].filter((p): p is string => Boolean(p));
  const names = await orgNames(db, actor.agencyId, [...new Set(personIds)]);
  const person = (pid: string | null) => (pid ? { id: pid, name: names[pid] ?? '' } : null);
  const documentName = o.documentId
    ? ((await documentNames(db, actor.agencyId, [o.documentId]))[o.documentId] ?? null)
    : null;
  const editable = o.state === 'draft' || o.state === 'returned';
  const mayDraft = objectivePolicy.draft(actor, facts);
  const mayApprove = objectivePolicy.approve(actor, facts);
  return {
    id: o.id,
    version: o.version,
    year: o.year,
    unitId: o.unitId,
    unitName: unitName ?? null,
    parentId: o.parentId,
    title: o.title,
    state: o.state as never,
    owner: person(o.ownerPersonId),
    status: objectiveStatus(indicators.map((i) => i.status)),
    indicatorCount: indicators.length,
    description: o.description,
    documentId: o.documentId,
    documentName,
    draftedBy: person(o.draftedBy),
    approvedBy: person(o.approvedBy),
    approvedAt: o.approvedAt?.toISOString() ?? null,
    returnReason: o.returnReason,
    indicators,
    actions: actions.map((a) => ({
      id: a.id,
      description: a.description,
      owner: person(a.ownerPersonId),
      dueDate: a.dueDate,
      done: a.done,
      doneOn: a.doneOn,
    })),
    can: {
      edit: mayDraft && editable,
      submit: mayDraft && editable && indicators.length > 0,
      approve:
        mayApprove && o.state === 'submitted' && ![o.draftedBy, o.submittedBy].includes(actor.personId),
      enterValue: o.state === 'approved' && objectivePolicy.enterValue(actor, facts, o.ownerPersonId),
      approveValue: o.state === 'approved' && mayApprove,
      plan: mayDraft,
      raiseNc: o.state === 'approved' && (mayDraft || (!facts.agencyLevel && mayApprove)),
    },
  };
}
