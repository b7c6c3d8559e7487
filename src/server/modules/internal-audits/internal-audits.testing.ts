import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { newId } from '../../db/ids.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import type { Client, TestContext } from '../../testing/test-app.ts';
import { documentSignatures, documentVersions } from '../documents/documents.table.ts';
import { roleGrants } from '../org/org.table.ts';

export const base = '/api/v1/internal-audits';

/**
 * The people and procedures the internal audit tests share: internal auditors in X1 (the
 * fixture's), in X1A (under X1) and in X2; procedure P of X1 drafted by X2's auditor and
 * procedure Q of X1 approved (e-approval) by X2's auditor; R of X2 nobody here wrote.
 */
export async function seedAuditWorld(ctx: TestContext) {
  const f = ctx.fixture;
  const db = ctx.database.db;
  for (const personId of [f.x1aStaff, f.x2Staff]) {
    await db
      .insert(roleGrants)
      .values({ id: newId(), agencyId: f.agencyX, personId, role: 'internal_auditor', unitId: null });
  }
  const procedure = async (unitId: string) =>
    seedDocument(db, { agencyId: f.agencyX, unitId, personId: f.roleHolders.staff, state: 'in_force' });
  const p = await procedure(f.units.x1.id);
  await db.update(documentVersions).set({ draftedBy: f.x2Staff }).where(eq(documentVersions.id, p.versionId));
  const q = await procedure(f.units.x1.id);
  await db.insert(documentSignatures).values({
    id: newId(),
    agencyId: f.agencyX,
    versionId: q.versionId,
    meaning: 'approve',
    signerId: f.x2Staff,
    signerName: 'Người thử x2.staff',
    signedAt: new Date(),
    contentHash: q.version.contentHash,
  });
  const r = await procedure(f.units.x2.id);
  return {
    auditors: { x1: f.roleHolders.internal_auditor, x1a: f.x1aStaff, x2: f.x2Staff },
    procedures: { p: p.documentId, q: q.documentId, r: r.documentId },
  };
}

let nextYear = 2030;

/** A programme drafted by the agency-wide secretariat, in `year` or a fresh year. */
export async function draftProgramme(secretariat: Client, year = ++nextYear) {
  const res = await secretariat.post(`${base}/programmes`, { year });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number; year: number };
}

export async function addRound(secretariat: Client, programmeId: string, body: Record<string, unknown>) {
  const res = await secretariat.post(`${base}/programmes/${programmeId}/rounds`, {
    title: 'Đánh giá chéo giữa các đơn vị',
    plannedMonth: 11,
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number };
}

/** Submitted by the secretariat, approved by leadership with the password re-entered. */
export async function approveProgramme(secretariat: Client, leadership: Client, id: string) {
  const read = async () => (await secretariat.get(`${base}/programmes/${id}`)).body;
  const submitted = await secretariat.post(`${base}/programmes/${id}/transitions`, {
    action: 'submit',
    version: (await read()).version,
  });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  const approved = await leadership.post(`${base}/programmes/${id}/transitions`, {
    action: 'approve',
    version: submitted.body.version,
    password: FIXTURE_PASSWORD,
  });
  expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  return approved.body;
}

export const roundOf = async (client: Client, id: string) => (await client.get(`${base}/rounds/${id}`)).body;

export async function setTeam(secretariat: Client, roundId: string, lead: string, members: string[]) {
  const res = await secretariat.put(`${base}/rounds/${roundId}/team`, {
    version: (await roundOf(secretariat, roundId)).version,
    leadAuditorId: lead,
    memberIds: members,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}
