import { and, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import {
  type RiskDetail,
  type RiskLevel,
  type RiskList,
  type RiskListQuery,
  type RiskSummary,
  riskLevelBands,
  riskLevelOf,
} from '../../../contract/risks.ts';
import type { Db } from '../../db/connection.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { holdsSql } from '../../platform/permissions/sql.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { documentNames } from '../documents/index.ts';
import { personRows } from '../org/index.ts';
import { closeBlockedReason, risksPolicy } from './risks.policy.ts';
import { loadRisk, type RiskRow, units } from './risks.repository.ts';
import { risks } from './risks.table.ts';

export const score = sql<number>`(${risks.likelihood} * ${risks.impact})::int`;

/** Likelihood × impact within a level's band, as SQL. */
export const levelCondition = (level: RiskLevel) =>
  sql`${score} between ${riskLevelBands[level].min} and ${riskLevelBands[level].max}`;

/**
 * What the actor may read, as SQL over the risk and its unit's path (joined as `units`):
 * nothing to add for those who read every unit's; else the units they keep, staff, lead or
 * sit on the committee for, and what they recorded or own the treatment of.
 */
export function readableCondition(actor: Actor): SQL | undefined {
  if (risksPolicy.readAll(actor)) return undefined;
  const roles = [
    'iso_officer',
    'unit_head',
    'staff',
    'secretariat',
    'leadership',
    'steering_member',
  ] as const;
  return sql`(${risks.createdBy} = ${actor.personId} or ${risks.treatmentOwnerId} = ${actor.personId}
    or ${sql.join(
      roles.map((role) => holdsSql(actor, role, units.path)),
      sql` or `,
    )})`;
}

export function listConditions(actor: Actor, query: Omit<RiskListQuery, 'page' | 'pageSize'>): SQL[] {
  const conditions: SQL[] = [eq(risks.agencyId, actor.agencyId)];
  if (query.unitId) conditions.push(eq(risks.unitId, query.unitId));
  if (query.kind) conditions.push(eq(risks.kind, query.kind));
  if (query.state) conditions.push(eq(risks.state, query.state));
  if (query.level) conditions.push(levelCondition(query.level));
  if (query.from) conditions.push(gte(risks.identifiedOn, query.from));
  if (query.to) conditions.push(lte(risks.identifiedOn, query.to));
  if (query.q) {
    const like = `%${query.q}%`;
    conditions.push(
      sql`(f_unaccent(${risks.description}) ILIKE f_unaccent(${like}) OR f_unaccent(${risks.process}) ILIKE f_unaccent(${like}) OR ${risks.code} ILIKE ${like})`,
    );
  }
  const readable = readableCondition(actor);
  if (readable) conditions.push(readable);
  return conditions;
}

export const owners = personRows('treatment_owner');

const summaryOf = (
  r: RiskRow & { unitName: string; ownerName: string | null },
  today: string,
): RiskSummary => ({
  id: r.id,
  code: r.code,
  kind: r.kind as RiskSummary['kind'],
  unitId: r.unitId,
  unitName: r.unitName,
  process: r.process,
  description: r.description,
  likelihood: r.likelihood,
  impact: r.impact,
  score: r.likelihood * r.impact,
  level: riskLevelOf(r.likelihood, r.impact),
  state: r.state as RiskSummary['state'],
  identifiedOn: r.identifiedOn,
  treatmentOwnerName: r.ownerName,
  treatmentDueOn: r.treatmentDueOn,
  treatmentDoneOn: r.treatmentDoneOn,
  overdue: r.state === 'treating' && !r.treatmentDoneOn && !!r.treatmentDueOn && r.treatmentDueOn < today,
  version: r.version,
});

/** The register: highest level first, then the newest. */
export async function listRisks(db: Db, actor: Actor, query: RiskListQuery): Promise<RiskList> {
  const today = todayInVietnam();
  const rows = await db
    .select({
      risk: risks,
      unitName: units.name,
      ownerName: owners.fullName,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(risks)
    .innerJoin(units, and(eq(units.agencyId, risks.agencyId), eq(units.id, risks.unitId)))
    .leftJoin(owners, and(eq(owners.agencyId, risks.agencyId), eq(owners.id, risks.treatmentOwnerId)))
    .where(and(...listConditions(actor, query)))
    .orderBy(sql`${risks.state} = 'closed'`, desc(score), desc(risks.identifiedOn), desc(risks.seq))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: rows.map((r) => summaryOf({ ...r.risk, unitName: r.unitName, ownerName: r.ownerName }, today)),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    canCreate: risksPolicy.createSomewhere(actor),
  };
}

/** One risk with the names it shows and what the person may do with it now. */
export async function getRisk({ db, actor }: { db: Db; actor: Actor }, id: string): Promise<RiskDetail> {
  const { risk, unitName, facts } = await loadRisk(db, actor, id);
  const today = todayInVietnam();
  const people = personRows();
  const ids = [risk.createdBy, risk.treatmentOwnerId, risk.closedBy].filter((x): x is string => Boolean(x));
  const names = new Map(
    (
      await db
        .select({ id: people.id, fullName: people.fullName })
        .from(people)
        .where(and(eq(people.agencyId, actor.agencyId), inArray(people.id, ids)))
    ).map((p) => [p.id, p.fullName]),
  );
  const name = (personId: string | null) => (personId ? (names.get(personId) ?? '') : null);
  const documentLabel = risk.documentId
    ? ((await documentNames(db, actor.agencyId, [risk.documentId]))[risk.documentId] ?? null)
    : null;
  const pending = risk.state === 'treating' && !risk.treatmentDoneOn && risk.treatmentDueOn;
  const workingDaysLeft = pending
    ? (
        await workingCalendarFor(
          db,
          actor.agencyId,
          [today, risk.treatmentDueOn as string].sort()[0],
          [today, risk.treatmentDueOn as string].sort()[1],
        )
      ).countWorkingDays(today, risk.treatmentDueOn as string)
    : null;
  const mayClose =
    risk.state === 'treating' && !!risk.treatmentDoneOn && risksPolicy.close(actor, facts.unit);
  const blocked: RiskDetail['abilities']['blocked'] = {};
  const reason = mayClose ? closeBlockedReason(actor, facts) : null;
  if (reason) blocked.close = reason;
  return {
    ...summaryOf({ ...risk, unitName, ownerName: name(risk.treatmentOwnerId) }, today),
    documentId: risk.documentId,
    documentLabel,
    cause: risk.cause,
    consequence: risk.consequence,
    reviewOn: risk.reviewOn,
    createdByName: name(risk.createdBy) ?? '',
    treatment: risk.treatment,
    treatmentOwnerId: risk.treatmentOwnerId,
    treatmentResult: risk.treatmentResult,
    workingDaysLeft,
    review:
      risk.state === 'closed' && risk.closedOn && risk.effective !== null
        ? {
            effective: risk.effective,
            note: risk.effectivenessNote ?? '',
            byName: name(risk.closedBy) ?? '',
            on: risk.closedOn,
          }
        : null,
    abilities: {
      edit: risk.state !== 'closed' && risksPolicy.edit(actor, facts.unit),
      planTreatment: risk.state !== 'closed' && !risk.treatmentDoneOn && risksPolicy.edit(actor, facts.unit),
      completeTreatment:
        risk.state === 'treating' && !risk.treatmentDoneOn && risksPolicy.completeTreatment(actor, facts),
      close: mayClose && !reason,
      blocked,
    },
  };
}
