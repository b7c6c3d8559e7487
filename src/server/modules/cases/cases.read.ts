import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
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
