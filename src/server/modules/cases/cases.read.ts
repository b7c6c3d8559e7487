import { type AnyColumn, and, asc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/connection.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { caseSteps, workCases } from './cases.table.ts';

/*
 * What other modules read of cases, as SQL they put in their own statement: records lets
 * whoever is assigned a step of a case see the case's file, in the same query that lists
 * or loads files (no query per file).
 */

const qb = new QueryBuilder();

/** Is the person assigned a step of a case of this agency whose file this is? */
export const caseParticipantSql = (
  personId: string,
  file: { id: AnyColumn; agencyId: AnyColumn },
): SQL<boolean> =>
  sql<boolean>`exists (select 1 from ${caseSteps} join ${workCases} on ${workCases.id} = ${caseSteps.caseId} where ${workCases.agencyId} = ${file.agencyId} and ${workCases.fileId} = ${file.id} and ${caseSteps.assigneeId} = ${personId})`;

/** Read-only case steps (id, agency, case), to link a filed document back to its case. */
export const stepRows = (name = 'case_steps') =>
  qb
    .select({ id: caseSteps.id, agencyId: caseSteps.agencyId, caseId: caseSteps.caseId })
    .from(caseSteps)
    .as(name);

/**
 * A case the person may read, for another module to link to (a nonconformity found in a
 * returned or late step): its id, code, title and unit; null when absent or out of sight.
 */
export async function caseForLink(db: Db | Tx, actor: Actor, caseId: string) {
  // Loaded on use: records reads this file at start, and the repository reaches back to records.
  const { loadCase } = await import('./cases.repository.ts');
  try {
    const loaded = await loadCase(db, actor, caseId);
    return {
      id: loaded.case.id,
      code: loaded.case.code,
      title: loaded.case.title,
      unitId: loaded.case.unitId,
    };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

/**
 * The cases run by a procedure in some units that started within a period (internal audit
 * samples its evidence from them), optionally only those of `ids`; with their files.
 */
export async function casesOfProcedure(
  db: Db | Tx,
  agencyId: string,
  o: { procedureDocumentId: string; unitIds: string[]; from: string; to: string; ids?: string[] },
) {
  if (!o.unitIds.length || o.ids?.length === 0) return [];
  return db
    .select({
      id: workCases.id,
      code: workCases.code,
      title: workCases.title,
      startDate: workCases.startDate,
      fileId: workCases.fileId,
    })
    .from(workCases)
    .where(
      and(
        eq(workCases.agencyId, agencyId),
        eq(workCases.procedureDocumentId, o.procedureDocumentId),
        inArray(workCases.unitId, o.unitIds),
        gte(workCases.startDate, o.from),
        lte(workCases.startDate, o.to),
        ...(o.ids ? [inArray(workCases.id, o.ids)] : []),
      ),
    )
    .orderBy(asc(workCases.startDate), asc(workCases.code));
}
