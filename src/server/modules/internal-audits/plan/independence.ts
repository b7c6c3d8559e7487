import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/connection.ts';
import { invalidField } from '../../../platform/http/errors.ts';
import { currentVersionSignatories, type Signatory } from '../../documents/index.ts';
import { personRows, unitRows } from '../../org/index.ts';

export type Auditor = { id: string; name: string; unitId: string; unitPath: string; unitName: string };
export type AuditTarget = { unitId: string; unitPath: string; unitName: string; procedureIds: string[] };
export type Signatories = Awaited<ReturnType<typeof currentVersionSignatories>>;
export type Reason = { code: 'own_unit' | 'own_procedure'; vi: string; en: string };

const people = personRows();
const units = unitRows();

/** Team members (or candidates) with their own unit's path and name. */
export async function auditorsById(tx: Tx, agencyId: string, ids: string[]): Promise<Map<string, Auditor>> {
  if (!ids.length) return new Map();
  const rows = await tx
    .select({
      id: people.id,
      name: people.fullName,
      unitId: units.id,
      unitPath: units.path,
      unitName: units.name,
    })
    .from(people)
    .innerJoin(units, and(eq(units.agencyId, people.agencyId), eq(units.id, people.unitId)))
    .where(and(eq(people.agencyId, agencyId), inArray(people.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r]));
}

const roleNames: Record<Signatory['role'], { vi: string; en: string }> = {
  drafted: { vi: 'soạn thảo', en: 'drafted' },
  review: { vi: 'xem xét', en: 'reviewed' },
  check: { vi: 'kiểm tra', en: 'checked' },
  approve: { vi: 'phê duyệt', en: 'approved' },
};

/**
 * Why this auditor may not audit this unit's audit, or null. Nobody audits their own unit —
 * the unit they belong to, one above it, or one below it — nor a procedure they drafted,
 * reviewed, checked or approved in its version in force (ISO 19011: objectivity).
 */
export function independenceReason(
  auditor: Auditor,
  target: AuditTarget,
  signatories: Signatories,
): Reason | null {
  if (auditor.unitPath.startsWith(target.unitPath)) {
    return {
      code: 'own_unit',
      vi: `${auditor.name} thuộc ${auditor.unitId === target.unitId ? target.unitName : `${auditor.unitName} (trực thuộc ${target.unitName})`}, là đơn vị được đánh giá: chuyên gia đánh giá không đánh giá đơn vị của mình.`,
      en: `${auditor.name} belongs to ${auditor.unitId === target.unitId ? target.unitName : `${auditor.unitName} (part of ${target.unitName})`}, the audited unit: auditors do not audit their own unit.`,
    };
  }
  if (target.unitPath.startsWith(auditor.unitPath)) {
    return {
      code: 'own_unit',
      vi: `${target.unitName} trực thuộc ${auditor.unitName}, đơn vị của ${auditor.name}: chuyên gia đánh giá không đánh giá đơn vị của mình.`,
      en: `${target.unitName} is part of ${auditor.unitName}, ${auditor.name}'s unit: auditors do not audit their own unit.`,
    };
  }
  for (const procedureId of target.procedureIds) {
    const procedure = signatories.get(procedureId);
    const roles =
      procedure?.people.filter((p) => p.personId === auditor.id).map((p) => roleNames[p.role]) ?? [];
    if (procedure && roles.length) {
      return {
        code: 'own_procedure',
        vi: `${auditor.name} đã ${roles.map((r) => r.vi).join(', ')} quy trình ${procedure.code} trong lần ban hành hiện hành: chuyên gia đánh giá không đánh giá công việc của chính mình.`,
        en: `${auditor.name} ${roles.map((r) => r.en).join(', ')} procedure ${procedure.code} in its current version: auditors do not audit their own work.`,
      };
    }
  }
  return null;
}

export const signatoriesOf = (tx: Tx, agencyId: string, procedureIds: string[]) =>
  currentVersionSignatories(tx, agencyId, [...new Set(procedureIds)]);

/**
 * 409 internal_audit.not_independent on `auditorIds`, saying who and why, when one of the
 * auditors may not audit the target. Every write of a unit's auditors or procedures calls it.
 */
export async function assertIndependent(tx: Tx, agencyId: string, auditorIds: string[], target: AuditTarget) {
  if (!auditorIds.length) return;
  const [auditors, signatories] = await Promise.all([
    auditorsById(tx, agencyId, auditorIds),
    signatoriesOf(tx, agencyId, target.procedureIds),
  ]);
  for (const id of auditorIds) {
    const auditor = auditors.get(id);
    const reason = auditor ? independenceReason(auditor, target, signatories) : null;
    if (reason) throw invalidField('auditorIds', reason, 409, 'internal_audit.not_independent');
  }
}
