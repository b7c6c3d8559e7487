// The same change fired from ten connections at once on PostgreSQL, for each state change of a
// round and what is written in it (the programme's approval and a finding's hand-over have
// theirs in programme.test.ts and findings.test.ts): exactly one wins, the others get 409,
// and the trail holds one event.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../testing/wide-app.ts';
import { seedCase, seedProcedure } from '../cases/cases.fixture.ts';
import { workCases } from '../cases/cases.table.ts';
import { seedAudit, setRoundState } from './audit-seed.testing.ts';
import { base } from './internal-audits.testing.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);

/** Events of this entity type and action in the trail. */
const events = async (entityType: string, action: string) =>
  (
    await ctx.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.action, action)))
  )[0].n;

/**
 * Fires `send` from ten connections; exactly one `ok` and nine `lost` (409, or 404 for what
 * the winner deleted), one more event of the kind.
 */
async function once(
  entity: [string, string],
  send: (i: number) => Promise<{ status: number; body: unknown }>,
  ok = 200,
  lost = 409,
) {
  const before = await events(...entity);
  const answers = await together(send);
  expect(
    answers.map((a) => a.status).sort(),
    JSON.stringify(answers.find((a) => a.status !== ok && a.status !== lost)?.body ?? ''),
  ).toEqual([ok, ...Array(TOGETHER - 1).fill(lost)].sort());
  expect(await events(...entity)).toBe(before + 1);
  return answers.find((a) => a.status === ok)!;
}

const version = async (client: Client, path: string) => (await client.get(path)).body.version as number;

describe('internal audit: one change from ten connections at once', () => {
  it('publishes, starts, reports and closes a round once each', async () => {
    const ids = await seedAudit(ctx.database.db, ctx.fixture, { roundState: 'planned' });
    const round = `${base}/rounds/${ids.roundId}`;
    const secretariat = await wide.as('x.secretariat_all');
    const lead = await wide.as('x.unit_internal_auditor');
    for (const [who, action] of [
      [secretariat, 'publish_plan'],
      [lead, 'start'],
      [lead, 'start_reporting'],
    ] as const) {
      const v = await version(who, round);
      await once(['internal_audit_round', action], () =>
        who.post(`${round}/transitions`, { action, version: v }),
      );
    }
    // The report, approved once from ten connections; then the round closes once.
    const saved = await lead.put(`${round}/report`, { version: 0, number: '7', summary: 'Phù hợp.' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const submitted = await once(['internal_audit_report', 'submit'], () =>
      lead.post(`${round}/report/transitions`, { action: 'submit', version: saved.body.version }),
    );
    const leader = await wide.as('x.leadership_all');
    await once(['internal_audit_report', 'approve'], () =>
      leader.post(`${round}/report/transitions`, {
        action: 'approve',
        version: (submitted.body as { version: number }).version,
        password: FIXTURE_PASSWORD,
      }),
    );
    const v = await version(lead, round);
    await once(['internal_audit_round', 'close'], () =>
      lead.post(`${round}/transitions`, { action: 'close', version: v }),
    );
    expect((await lead.get(round)).body.state).toBe('closed');
  });

  it('edits a unit’s schedule once', async () => {
    const ids = await seedAudit(ctx.database.db, ctx.fixture, {
      roundState: 'planned',
      programmeYear: 2401,
      auditDate: '2401-11-07',
    });
    const secretariat = await wide.as('x.secretariat_all');
    const url = `${base}/round-audits/${ids.auditId}`;
    const v = await version(secretariat, url);
    const won = await once(['internal_audit_round_audit', 'update'], (i) =>
      secretariat.patch(url, { version: v, place: `Phòng họp số ${i + 1}` }),
    );
    expect((await secretariat.get(url)).body.place).toBe((won.body as { place: string }).place);
  });

  it('answers a checklist question once', async () => {
    const ids = await seedAudit(ctx.database.db, ctx.fixture, { clauses: ['9.2'] });
    const auditor = await wide.as('x.unit_internal_auditor');
    const url = `${base}/round-audits/${ids.auditId}/checklist`;
    const added = await auditor.post(`${url}/items`, {
      clause: '7.1.5',
      question: 'Thiết bị được kiểm định?',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const item = (added.body.items as Array<{ id: string; version: number }>).at(-1)!;
    await setRoundState(ctx.database.db, ids, 'in_progress', 'in_progress');
    await once(['internal_audit_checklist', 'answer_item'], (i) =>
      auditor.post(`${url}/items/${item.id}/answer`, {
        version: item.version,
        answer: i % 2 ? 'conform' : 'observation',
        note: `Ghi chép ${i + 1}`,
      }),
    );
  });

  it('records what was seen in a sample once, and drops it once', async () => {
    const f = ctx.fixture;
    const db = ctx.database.db;
    const today = todayInVietnam();
    const p = await seedProcedure(db, { agencyId: f.agencyX, unitId: f.units.x2.id, personId: f.x2Staff });
    const kase = await seedCase(db, {
      agencyId: f.agencyX,
      unitId: f.units.x2.id,
      startedBy: f.x2Staff,
      procedure: p,
    });
    await db.update(workCases).set({ startDate: today }).where(eq(workCases.id, kase.id));
    const ids = await seedAudit(db, f, {
      procedureIds: [p.documentId],
      roundState: 'in_progress',
      auditState: 'in_progress',
      auditDate: today,
      programmeYear: Number(today.slice(0, 4)),
    });
    const auditor = await wide.as('x.unit_internal_auditor');
    const url = `${base}/round-audits/${ids.auditId}/samples`;
    const taken = await auditor.post(url, {
      procedureDocumentId: p.documentId,
      kind: 'case',
      choice: 'auditor',
      itemIds: [kase.id],
    });
    expect(taken.status, JSON.stringify(taken.body)).toBe(201);
    const sample = (taken.body.items as Array<{ id: string; version: number }>)[0];
    const seen = await once(['internal_audit_sample', 'record_seen'], (i) =>
      auditor.patch(`${url}/${sample.id}`, { version: sample.version, seen: `Hồ sơ đầy đủ (${i + 1}).` }),
    );
    const after = (seen.body as { items: Array<{ id: string; version: number }> }).items[0];
    await once(
      ['internal_audit_sample', 'delete'],
      () => auditor.delete(`${url}/${sample.id}?version=${after.version}`),
      200,
      404,
    );
    expect((await auditor.get(url)).body.items).toEqual([]);
  });
});
