import { and, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { NcDetail, NcSummary, ncListQuery } from '../../../contract/nonconformities.ts';
import type { Db } from '../../db/connection.ts';
import { holdsSql } from '../../platform/permissions/sql.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { personRows, unitRows } from '../org/index.ts';
import { evidenceOf } from './nonconformities.evidence.ts';
import { blockedReason, ncPolicy } from './nonconformities.policy.ts';
import { type Deps, loadNc } from './nonconformities.repository.ts';
import { nonconformities, nonconformityActions } from './nonconformities.table.ts';

export const units = unitRows();

/** Open and overdue actions of a record, counted in the list's own statement. */
const actionCounts = (today: string) => ({
  openActions: sql<number>`(select count(*)::int from ${nonconformityActions} a
    where a.agency_id = ${nonconformities.agencyId} and a.nonconformity_id = ${nonconformities.id} and a.state = 'open')`,
  overdueActions: sql<number>`(select count(*)::int from ${nonconformityActions} a
    where a.agency_id = ${nonconformities.agencyId} and a.nonconformity_id = ${nonconformities.id}
      and a.state = 'open' and a.due_date < ${today})`,
});

/**
 * What the actor may read, as SQL over the record and its unit's path (joined as `units`):
 * nothing to add for the secretariat and leadership (every unit's); for others the units they
 * keep or lead, what they detected, and where they own or did an action.
 */
export function readableCondition(actor: Deps['actor']): SQL | undefined {
  if (ncPolicy.readAll(actor)) return undefined;
  const keeps = ['iso_officer', 'unit_head', 'secretariat', 'leadership', 'steering_member'] as const;
  return sql`(${nonconformities.detectedBy} = ${actor.personId}
    or exists (select 1 from ${nonconformityActions} a where a.agency_id = ${nonconformities.agencyId}
      and a.nonconformity_id = ${nonconformities.id} and (a.owner_person_id = ${actor.personId} or a.done_by = ${actor.personId}))
    or ${sql.join(
      keeps.map((role) => holdsSql(actor, role, units.path)),
      sql` or `,
    )})`;
}

/** The register's filters and the reader's reach, as one condition list (the list and its XLSX). */
export function listConditions(
  actor: Deps['actor'],
  query: Omit<z.infer<typeof ncListQuery>, 'page' | 'pageSize'>,
  today: string,
): SQL[] {
  const conditions: SQL[] = [eq(nonconformities.agencyId, actor.agencyId)];
  if (query.state) conditions.push(eq(nonconformities.state, query.state));
  if (query.unitId) conditions.push(eq(nonconformities.unitId, query.unitId));
  if (query.source) conditions.push(eq(nonconformities.source, query.source));
  if (query.originId) conditions.push(sql`${nonconformities.origin}->>'id' = ${query.originId}`);
  if (query.actions)
    conditions.push(
      sql`exists (select 1 from ${nonconformityActions} a where a.agency_id = ${nonconformities.agencyId}
        and a.nonconformity_id = ${nonconformities.id} and a.state = 'open'
        and ${nonconformities.state} not in ('closed', 'cancelled')
        ${query.actions === 'overdue' ? sql`and a.due_date < ${today}` : sql``})`,
    );
  if (query.q) {
    const like = `%${query.q}%`;
    conditions.push(
      sql`(f_unaccent(${nonconformities.title}) ILIKE f_unaccent(${like}) OR ${nonconformities.code} ILIKE ${like})`,
    );
  }
  const readable = readableCondition(actor);
  if (readable) conditions.push(readable);
  return conditions;
}

/**
 * The register: the secretariat and leadership see every unit's; others the records of
 * units they keep, those they detected and those where they own an action.
 */
export async function listNcs(db: Db, actor: Deps['actor'], query: z.infer<typeof ncListQuery>) {
  const today = todayInVietnam();
  const conditions = listConditions(actor, query, today);
  const rows = await db
    .select({
      id: nonconformities.id,
      code: nonconformities.code,
      title: nonconformities.title,
      source: nonconformities.source,
      grade: nonconformities.grade,
      state: nonconformities.state,
      unitId: nonconformities.unitId,
      unitName: units.name,
      detectedOn: nonconformities.detectedOn,
      recurrenceOfId: nonconformities.recurrenceOfId,
      version: nonconformities.version,
      ...actionCounts(today),
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(nonconformities)
    .innerJoin(units, and(eq(units.agencyId, nonconformities.agencyId), eq(units.id, nonconformities.unitId)))
    .where(and(...conditions))
    .orderBy(desc(nonconformities.detectedOn), desc(nonconformities.seq))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: rows.map(({ total: _, ...r }) => r as NcSummary),
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    canCreate: ncPolicy.createSomewhere(actor),
  };
}

/** One record with its actions, names, and what the person may do with it. */
export async function getNc({ db, actor }: Omit<Deps, 'audit'>, id: string): Promise<NcDetail> {
  const { nc, unitName, actions, facts } = await loadNc(db, actor, id);
  const evidence = await evidenceOf(db, actor.agencyId, id);
  const people = personRows();
  const ids = [
    ...evidence.map((e) => e.addedBy),
    nc.detectedBy,
    nc.analysedBy,
    nc.planApprovedBy,
    nc.verifiedBy,
    ...actions.flatMap((a) => [a.ownerPersonId, a.doneBy]),
  ].filter((x): x is string => Boolean(x));
  const names = new Map(
    (
      await db
        .select({ id: people.id, fullName: people.fullName })
        .from(people)
        .where(and(eq(people.agencyId, actor.agencyId), inArray(people.id, [...new Set(ids)])))
    ).map((p) => [p.id, p.fullName]),
  );
  const unitIds = [...new Set(actions.map((a) => a.ownerUnitId))];
  const unitNames = new Map(
    unitIds.length
      ? (
          await db
            .select({ id: units.id, name: units.name, path: units.path })
            .from(units)
            .where(and(eq(units.agencyId, actor.agencyId), inArray(units.id, unitIds)))
        ).map((u) => [u.id, u])
      : [],
  );
  const recurrences = await db
    .select({ id: nonconformities.id, code: nonconformities.code })
    .from(nonconformities)
    .where(and(eq(nonconformities.agencyId, actor.agencyId), eq(nonconformities.recurrenceOfId, id)));
  const [recurrenceOf] = nc.recurrenceOfId
    ? await db
        .select({ id: nonconformities.id, code: nonconformities.code })
        .from(nonconformities)
        .where(and(eq(nonconformities.agencyId, actor.agencyId), eq(nonconformities.id, nc.recurrenceOfId)))
    : [];
  const today = todayInVietnam();
  const name = (id: string | null) => (id ? (names.get(id) ?? '') : null);
  const blocked: Record<string, { vi: string; en: string }> = {};
  const approvePlan = nc.state === 'analysed' && ncPolicy.approvePlan(actor, facts.unit);
  const verify = nc.state === 'awaiting_verification' && ncPolicy.verify(actor, facts.unit);
  for (const [step, allowed] of [
    ['approvePlan', approvePlan],
    ['verify', verify],
  ] as const) {
    const reason = allowed ? blockedReason(actor, facts, step) : null;
    if (reason) blocked[step] = reason;
  }
  const open = actions.filter((a) => a.state === 'open');
  return {
    id: nc.id,
    code: nc.code,
    title: nc.title,
    source: nc.source as NcDetail['source'],
    grade: nc.grade as NcDetail['grade'],
    state: nc.state as NcDetail['state'],
    unitId: nc.unitId,
    unitName,
    detectedOn: nc.detectedOn,
    openActions: open.length,
    overdueActions: open.filter((a) => a.dueDate < today).length,
    recurrenceOfId: nc.recurrenceOfId,
    version: nc.version,
    origin: nc.origin as NcDetail['origin'],
    description: nc.description,
    requirement: nc.requirement,
    clause: nc.clause,
    procedureDocumentId: nc.procedureDocumentId,
    detectedByName: name(nc.detectedBy) ?? '',
    correction: nc.correction ?? null,
    whys: nc.whys,
    causeCategories: nc.causeCategories as NcDetail['causeCategories'],
    extent: nc.extent,
    decision: nc.decision as NcDetail['decision'],
    analysedByName: name(nc.analysedBy),
    planApprovedByName: name(nc.planApprovedBy),
    verifiableFrom: nc.verifiableFrom,
    verification:
      nc.verifiedBy && nc.verifiedOn && nc.effective !== null
        ? {
            effective: nc.effective,
            note: nc.verificationNote ?? '',
            byName: name(nc.verifiedBy) ?? '',
            on: nc.verifiedOn,
          }
        : null,
    cancelReason: nc.cancelReason,
    recurrenceOf: recurrenceOf ?? null,
    recurrences,
    actions: actions.map((a) => {
      const ownerUnit = unitNames.get(a.ownerUnitId);
      return {
        id: a.id,
        kind: a.kind as NcDetail['actions'][number]['kind'],
        description: a.description,
        ownerUnitId: a.ownerUnitId,
        ownerUnitName: ownerUnit?.name ?? '',
        ownerPersonId: a.ownerPersonId,
        ownerName: name(a.ownerPersonId) ?? '',
        dueDate: a.dueDate,
        state: a.state as NcDetail['actions'][number]['state'],
        doneOn: a.doneOn,
        doneByName: name(a.doneBy),
        evidence: a.evidence,
        documentId: a.documentId,
        overdue: a.state === 'open' && a.dueDate < today,
        version: a.version,
        canComplete:
          nc.state === 'in_progress' &&
          a.state === 'open' &&
          ncPolicy.completeAction(actor, {
            ownerPersonId: a.ownerPersonId,
            ownerUnit: { agencyId: actor.agencyId, unitPath: ownerUnit?.path ?? null },
          }),
        files: evidence
          .filter((e) => e.actionId === a.id)
          .map((e) => ({
            id: e.id,
            fileName: e.fileName,
            mimeType: e.mimeType,
            size: e.size,
            addedByName: name(e.addedBy) ?? '',
            createdAt: e.createdAt.toISOString(),
            recordFile:
              e.recordFileId && e.recordFileCode
                ? {
                    id: e.recordFileId,
                    fileCode: e.recordFileCode,
                    title: e.recordFileTitle ?? '',
                    inCatalogue: e.inCatalogue,
                  }
                : null,
          })),
      };
    }),
    abilities: {
      analyse: (nc.state === 'draft' || nc.state === 'analysed') && ncPolicy.edit(actor, facts.unit),
      addAction: nc.state === 'analysed' && ncPolicy.edit(actor, facts.unit),
      approvePlan: approvePlan && !blocked.approvePlan,
      // Not before the waiting period ends (the page says from which day).
      verify: verify && !blocked.verify && !(nc.verifiableFrom && today < nc.verifiableFrom),
      cancel: nc.state !== 'closed' && nc.state !== 'cancelled' && ncPolicy.cancel(actor, facts.unit),
      blocked,
    },
  };
}
