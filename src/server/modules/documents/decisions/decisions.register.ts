import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connection.ts';
import { agencyRows } from '../../org/index.ts';
import { decisionRegisters, documentVersions } from '../documents.table.ts';

const agencyList = agencyRows();

/**
 * Decision numbers (số quyết định) in the form of Nghị định 30/2020, "123/QĐ-BKHCN": the
 * number of the year from the agency's register, the kind, the agency's code.
 */
export const formatDecisionNo = (n: number, agencyCode: string) => `${n}/QĐ-${agencyCode.toUpperCase()}`;

/** The number part of a decision number written in the register's form for this agency. */
export function registerNumberOf(decisionNo: string, agencyCode: string): number | null {
  const m = /^(\d{1,6})\/QĐ-(.+)$/u.exec(decisionNo.trim());
  if (!m || m[2].toUpperCase() !== agencyCode.toUpperCase()) return null;
  const n = Number(m[1]);
  return n > 0 ? n : null;
}

async function agencyCode(db: Db | Tx, agencyId: string) {
  const [row] = await db
    .select({ code: agencyList.code })
    .from(agencyList)
    .where(eq(agencyList.id, agencyId));
  return row?.code ?? '';
}

/**
 * The highest number in the register's form on decisions of the year already recorded
 * (imported, or written before the register existed), so the register continues after them.
 */
async function highestRecorded(db: Db | Tx, agencyId: string, year: number, code: string) {
  const pattern = `^[0-9]{1,6}/QĐ-${code.toUpperCase().replace(/[^A-Z0-9]/g, (c) => `\\${c}`)}$`;
  const [row] = await db
    .select({
      n: sql<number>`coalesce(max(split_part(${documentVersions.decisionNo}, '/', 1)::int), 0)::int`,
    })
    .from(documentVersions)
    .where(
      and(
        eq(documentVersions.agencyId, agencyId),
        sql`${documentVersions.issueDate} >= ${`${year}-01-01`}::date and ${documentVersions.issueDate} <= ${`${year}-12-31`}::date`,
        sql`upper(${documentVersions.decisionNo}) ~ ${pattern}`,
      ),
    );
  return row?.n ?? 0;
}

/** What the register would hand out next this year; a read, nothing is taken. */
export async function proposeDecisionNo(db: Db | Tx, agencyId: string, year: number) {
  const code = await agencyCode(db, agencyId);
  const [[row], recorded] = await Promise.all([
    db
      .select({ lastNo: decisionRegisters.lastNo })
      .from(decisionRegisters)
      .where(and(eq(decisionRegisters.agencyId, agencyId), eq(decisionRegisters.year, year))),
    highestRecorded(db, agencyId, year, code),
  ]);
  const next = Math.max(row?.lastNo ?? 0, recorded) + 1;
  return { year, next, decisionNo: formatDecisionNo(next, code) };
}

/**
 * Takes the next number of the year. The upsert takes the register row's lock and holds
 * it to the end of the caller's transaction, so concurrent approvals queue here and each
 * gets its own number; a rolled-back approval gives its number back.
 */
export async function takeDecisionNo(tx: Tx, agencyId: string, year: number) {
  const code = await agencyCode(tx, agencyId);
  const recorded = await highestRecorded(tx, agencyId, year, code);
  const [row] = await tx
    .insert(decisionRegisters)
    .values({ agencyId, year, lastNo: recorded + 1 })
    .onConflictDoUpdate({
      target: [decisionRegisters.agencyId, decisionRegisters.year],
      set: { lastNo: sql`greatest(${decisionRegisters.lastNo}, ${recorded}) + 1`, updatedAt: new Date() },
    })
    .returning({ lastNo: decisionRegisters.lastNo });
  return formatDecisionNo(row.lastNo, code);
}

/**
 * A number typed by hand is kept as typed: one decision may issue several documents, so it
 * may repeat. Written in the register's form above the register's last number, it moves
 * the register on to it, so the register never proposes it again.
 */
export async function claimTypedDecisionNo(tx: Tx, agencyId: string, year: number, decisionNo: string) {
  const n = registerNumberOf(decisionNo, await agencyCode(tx, agencyId));
  if (n !== null) {
    await tx
      .insert(decisionRegisters)
      .values({ agencyId, year, lastNo: n })
      .onConflictDoUpdate({
        target: [decisionRegisters.agencyId, decisionRegisters.year],
        set: { lastNo: sql`greatest(${decisionRegisters.lastNo}, ${n})`, updatedAt: new Date() },
      });
  }
  return decisionNo;
}
