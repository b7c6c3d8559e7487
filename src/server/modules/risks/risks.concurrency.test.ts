import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { setupWideApp, statuses, TOGETHER, together } from '../../testing/wide-app.ts';
import { risks } from './risks.table.ts';

// The same change fired from TOGETHER connections at once: exactly one takes effect.
const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const base = '/api/v1/risks';
let n = 0;

const assessment = (overrides: Record<string, unknown> = {}) => ({
  kind: 'risk',
  unitId: ctx.fixture.units.x1.id,
  identifiedOn: todayInVietnam(),
  process: 'Quy trình tiếp nhận và trả kết quả',
  description: `Hồ sơ bị thất lạc ${++n}`,
  cause: 'Chưa có sổ giao nhận',
  consequence: 'Trả kết quả trễ hạn',
  likelihood: 3,
  impact: 4,
  ...overrides,
});

const closeEvents = async (id: string) =>
  (
    await ctx.database.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'close')))
  ).length;

describe('risks: at once', () => {
  it(`closes once when the same review is sent from ${TOGETHER} connections at once`, async () => {
    const officer = await ctx.as('x.unit_iso_officer');
    const risk = (await officer.post(base, assessment())).body;
    await officer.post(`${base}/${risk.id}/treatment`, {
      version: risk.version,
      treatment: 'Lập sổ giao nhận',
      ownerPersonId: ctx.fixture.roleHolders.staff,
      dueInWorkingDays: 5,
    });
    const ready = (
      await officer.post(`${base}/${risk.id}/transitions`, {
        action: 'complete_treatment',
        version: risk.version + 1,
        result: 'Xong',
      })
    ).body;
    expect(ready.treatmentDoneOn).toBe(todayInVietnam());
    const head = await wide.as('x.unit_unit_head');
    const answers = await together(() =>
      head.post(`${base}/${risk.id}/transitions`, {
        action: 'close',
        version: ready.version,
        effective: true,
      }),
    );
    expect(statuses(answers)).toEqual([200, ...Array(TOGETHER - 1).fill(409)]);
    expect(await closeEvents(risk.id)).toBe(1);
    const [row] = await ctx.database.db.select().from(risks).where(eq(risks.id, risk.id));
    expect(row).toMatchObject({ state: 'closed', version: ready.version + 1 });
  });

  it(`gives ${TOGETHER} risks recorded at once ${TOGETHER} codes`, async () => {
    const officer = await wide.as('x.unit_iso_officer');
    const made = await together(() => officer.post(base, assessment({ kind: 'opportunity' })));
    expect(statuses(made)).toEqual(Array(TOGETHER).fill(201));
    expect(new Set(made.map((r) => r.body.code)).size).toBe(TOGETHER);
  });
});
