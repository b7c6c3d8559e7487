import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RoundState } from '../../../contract/internal-audits.ts';
import type { Db, Tx } from '../../db/connection.ts';
import { documentRows } from '../documents/index.ts';
import { personRows, unitRows } from '../org/index.ts';
import type { RoundRow } from './internal-audits.repository.ts';
import { internalAuditRoundAudits } from './round.table.ts';

const units = unitRows();
const people = personRows();
const documents = documentRows();

/** Names of units, people and procedures by id, read in three statements. */
export async function namesFor(
  db: Db | Tx,
  agencyId: string,
  ids: { units?: string[]; people?: string[]; procedures?: string[] },
) {
  const unique = (list: string[] = []) => [...new Set(list)];
  const [u, p, d] = await Promise.all([
    unique(ids.units).length
      ? db
          .select({ id: units.id, name: units.name, path: units.path })
          .from(units)
          .where(and(eq(units.agencyId, agencyId), inArray(units.id, unique(ids.units))))
      : [],
    unique(ids.people).length
      ? db
          .select({ id: people.id, name: people.fullName, unitId: people.unitId })
          .from(people)
          .where(and(eq(people.agencyId, agencyId), inArray(people.id, unique(ids.people))))
      : [],
    unique(ids.procedures).length
      ? db
          .select({ id: documents.id, code: documents.code, title: documents.title })
          .from(documents)
          .where(and(eq(documents.agencyId, agencyId), inArray(documents.id, unique(ids.procedures))))
      : [],
  ]);
  const unitMap = new Map(u.map((x) => [x.id, x]));
  const personMap = new Map(p.map((x) => [x.id, x]));
  const procedureMap = new Map(d.map((x) => [x.id, x]));
  return {
    unit: (id: string) => ({ id, name: unitMap.get(id)?.name ?? '' }),
    unitRow: (id: string) => unitMap.get(id),
    person: (id: string) => ({ id, name: personMap.get(id)?.name ?? '' }),
    personRow: (id: string) => personMap.get(id),
    procedure: (id: string) => procedureMap.get(id) ?? { id, code: '', title: '' },
    hasProcedure: (id: string) => procedureMap.has(id),
  };
}
export type Names = Awaited<ReturnType<typeof namesFor>>;

/** The summaries of rounds (scope names, lead, number of unit audits). */
export async function roundSummaries(db: Db | Tx, agencyId: string, rounds: RoundRow[]) {
  const names = await namesFor(db, agencyId, {
    units: rounds.flatMap((r) => r.scopeUnitIds),
    procedures: rounds.flatMap((r) => r.scopeProcedureIds),
    people: rounds.flatMap((r) => (r.leadAuditorId ? [r.leadAuditorId] : [])),
  });
  const counts = rounds.length
    ? await db
        .select({ roundId: internalAuditRoundAudits.roundId, n: sql<number>`count(*)::int` })
        .from(internalAuditRoundAudits)
        .where(
          and(
            eq(internalAuditRoundAudits.agencyId, agencyId),
            inArray(
              internalAuditRoundAudits.roundId,
              rounds.map((r) => r.id),
            ),
          ),
        )
        .groupBy(internalAuditRoundAudits.roundId)
    : [];
  const count = new Map(counts.map((c) => [c.roundId, c.n]));
  return rounds.map((r) => ({
    id: r.id,
    programmeId: r.programmeId,
    number: r.number,
    title: r.title,
    plannedMonth: r.plannedMonth,
    state: r.state as RoundState,
    scopeUnits: r.scopeUnitIds.map(names.unit),
    scopeProcedures: r.scopeProcedureIds.map(names.procedure),
    scopeClauses: r.scopeClauses,
    criteria: r.criteria,
    lead: r.leadAuditorId ? names.person(r.leadAuditorId) : null,
    auditCount: count.get(r.id) ?? 0,
    version: r.version,
  }));
}
