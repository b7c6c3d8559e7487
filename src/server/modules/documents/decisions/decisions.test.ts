import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/audit.table.ts';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import { seedDocument } from '../../../testing/fixture-documents.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../../testing/wide-app.ts';
import { decisionRegisters, documentVersions } from '../documents.table.ts';
import { takeDecisionNo } from './decisions.register.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const sign = { password: FIXTURE_PASSWORD };
let n = 0;

/** A new procedure taken through review and check, waiting for approval. */
async function submitted() {
  const officer = await ctx.as('x.unit_iso_officer');
  const created = await officer.post('/api/v1/documents/change-requests', {
    kind: 'new',
    reason: 'Thử số quyết định',
    type: 'business_procedure',
    title: `Quy trình số quyết định ${++n}`,
    ownerUnitId: ctx.fixture.units.x1.id,
  });
  expect(created.status).toBe(201);
  const id = created.body.versionId as string;
  const url = `/api/v1/document-versions/${id}/transitions`;
  expect((await officer.post(url, { action: 'submit_review', version: 1 })).status).toBe(200);
  const head = await ctx.as('x.unit_unit_head');
  expect((await head.post(url, { action: 'review_approve', version: 2, ...sign })).status).toBe(200);
  const secretariat = await ctx.as('x.secretariat_all');
  expect((await secretariat.post(url, { action: 'check_approve', version: 3, ...sign })).status).toBe(200);
  return { id, url };
}

const approve = async (url: string, extra: Record<string, unknown>) =>
  (await ctx.as('x.leadership_all')).post(url, {
    action: 'approve',
    version: 4,
    ...sign,
    issueDate: '2091-03-02',
    effectiveDate: '2091-03-02',
    ...extra,
  });

const proposal = async (year = 2091) =>
  (await ctx.as('x.leadership_all')).get(`/api/v1/documents/decision-number?year=${year}`);

describe('decision numbers', () => {
  it('proposes the next number of the year, takes it on approval, and moves past numbers typed above it', async () => {
    const first = await proposal();
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ year: 2091, next: 1, decisionNo: '1/QĐ-X' });
    // Asking again hands nothing out.
    expect((await proposal()).body.next).toBe(1);

    const a = await submitted();
    const fromRegister = await approve(a.url, { decisionNoFromRegister: true });
    expect(fromRegister.status, JSON.stringify(fromRegister.body)).toBe(200);
    expect(fromRegister.body.decisionNo).toBe('1/QĐ-X');
    expect((await proposal()).body.decisionNo).toBe('2/QĐ-X');

    // The proposal edited by the deputy minister: kept as typed; the register moves on past it.
    const b = await submitted();
    const typed = await approve(b.url, { decisionNo: '7/QĐ-X' });
    expect(typed.body.decisionNo).toBe('7/QĐ-X');
    expect((await proposal()).body.next).toBe(8);
    // Another year's register is its own.
    expect((await proposal(2092)).body.next).toBe(1);

    // Both at once is a 400 on the field, and nothing changes (no number taken).
    const c = await submitted();
    const both = await approve(c.url, { decisionNo: '9/QĐ-X', decisionNoFromRegister: true });
    expect(both.status).toBe(400);
    expect(both.body.error.details[0].path).toBe('decisionNo');
    expect((await proposal()).body.next).toBe(8);
    // A wrong password takes no number either.
    const wrong = await approve(c.url, { password: 'sai-mat-khau', decisionNoFromRegister: true });
    expect(wrong.status).toBe(400);
    expect((await proposal()).body.next).toBe(8);
  });

  it('leaves the number to the văn thư, who fills it after signing without voiding the signature', async () => {
    const { id, url } = await submitted();
    const approved = await approve(url, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.decisionNo).toBeNull();
    expect(approved.body.abilities.numberDecision).toBe(false); // the approver is not the văn thư
    const signature = approved.body.signatures.find((s: { meaning: string }) => s.meaning === 'approve');
    expect(signature.valid).toBe(true);

    const numberUrl = `/api/v1/document-versions/${id}/decision-number`;
    const clerk = await ctx.as('x.unit_clerk');
    const seen = (await clerk.get(`/api/v1/document-versions/${id}`)).body;
    expect(seen.abilities.numberDecision).toBe(true);

    // Only the văn thư; the approver, the ISO officer and the secretariat may not.
    for (const who of ['x.leadership_all', 'x.unit_iso_officer', 'x.secretariat_all']) {
      const refused = await (await ctx.as(who)).post(numberUrl, {
        version: seen.version,
        fromRegister: true,
      });
      expect(refused.status, who).toBe(403);
    }
    // One of the two ways, a fresh version: else 4xx and nothing changes.
    expect((await clerk.post(numberUrl, { version: seen.version })).status).toBe(400);
    const both = await clerk.post(numberUrl, {
      version: seen.version,
      decisionNo: '5/QĐ-X',
      fromRegister: true,
    });
    expect(both.status).toBe(400);
    expect((await clerk.post(numberUrl, { version: seen.version, decisionNo: '' })).status).toBe(400);
    const stale = await clerk.post(numberUrl, { version: seen.version - 1, fromRegister: true });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('record.stale');

    const before = (await proposal()).body.next;
    const filled = await clerk.post(numberUrl, { version: seen.version, fromRegister: true });
    expect(filled.status, JSON.stringify(filled.body)).toBe(200);
    expect(filled.body.decisionNo).toBe(`${before}/QĐ-X`);
    expect(filled.body.abilities.numberDecision).toBe(false);
    // The number is not part of the signed content: the approval still holds.
    const after = filled.body.signatures.find((s: { meaning: string }) => s.meaning === 'approve');
    expect(after).toMatchObject({ id: signature.id, valid: true });
    expect(filled.body.contentHash).toBe(approved.body.contentHash);
    expect(filled.body.events.at(-1)).toMatchObject({ action: 'number_decision', comment: `${before}/QĐ-X` });
    const audited = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'number_decision')));
    expect(audited).toHaveLength(1);
    expect(audited[0].changes).toMatchObject({ decisionNo: { from: null, to: `${before}/QĐ-X` } });

    // Once numbered, it stays: a second number is a 409.
    const again = await clerk.post(numberUrl, { version: filled.body.version, decisionNo: '99/QĐ-X' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('document.decision_number_set');

    // A draft has no decision to number.
    const officer = await ctx.as('x.unit_iso_officer');
    const draft = await officer.post('/api/v1/documents/change-requests', {
      kind: 'new',
      reason: 'Thử',
      type: 'business_procedure',
      title: 'Quy trình chưa duyệt',
      ownerUnitId: ctx.fixture.units.x1.id,
    });
    const notYet = await clerk.post(`/api/v1/document-versions/${draft.body.versionId}/decision-number`, {
      version: 1,
      fromRegister: true,
    });
    expect(notYet.status).toBe(409);
    expect(notYet.body.error.code).toBe('document.not_approved');
  });

  it('continues after the numbers of the year already recorded (imported, or typed before the register)', async () => {
    const { versionId } = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
      state: 'in_force',
    });
    await ctx.database.db
      .update(documentVersions)
      .set({ decisionNo: '40/QĐ-X', issueDate: '2093-05-04' })
      .where(eq(documentVersions.id, versionId));
    expect((await proposal(2093)).body.decisionNo).toBe('41/QĐ-X');
    // Another year, or another agency's form, does not count.
    expect((await proposal(2094)).body.next).toBe(1);
    const taken = await ctx.database.db.transaction((tx) => takeDecisionNo(tx, ctx.fixture.agencyX, 2093));
    expect(taken).toBe('41/QĐ-X');
    expect((await proposal(2093)).body.next).toBe(42);
  });

  it(`hands out ${TOGETHER} different numbers to ${TOGETHER} connections taking one at once`, async () => {
    const agencyId = ctx.fixture.agencyX;
    const taken = await together(() =>
      wide.database.db.transaction(async (tx) => {
        const no = await takeDecisionNo(tx, agencyId, 2095);
        // Hold the lock a moment inside the transaction, as an approval does.
        await tx.execute('select pg_sleep(0.02)');
        return no;
      }),
    );
    expect(new Set(taken).size).toBe(TOGETHER);
    expect(taken.map((t) => Number(t.split('/')[0])).sort((a, b) => a - b)).toEqual(
      Array.from({ length: TOGETHER }, (_, i) => i + 1),
    );
    const [register] = await ctx.database.db
      .select()
      .from(decisionRegisters)
      .where(and(eq(decisionRegisters.agencyId, agencyId), eq(decisionRegisters.year, 2095)));
    expect(register.lastNo).toBe(TOGETHER);
  });
});
