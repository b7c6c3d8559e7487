import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { PackView } from '../../../contract/steering-reports.ts';
import { addDays, todayInVietnam } from '../../platform/time.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { risks } from './risks.table.ts';

// The review input pack's risks section (ISO 9001 9.3.2 e) counts what the register holds.
const ctx = setupTestApp();
const today = todayInVietnam();
const from = addDays(today, -200);
const to = today;

type Seed = {
  unit: 'x1' | 'x2';
  identified: number;
  likelihood: number;
  impact: number;
  due?: number;
  done?: number;
  closed?: number;
  effective?: boolean;
};

/** Days relative to today; every risk goes through the service, its days then set by hand. */
const seeds: Seed[] = [
  {
    unit: 'x1',
    identified: -300,
    likelihood: 5,
    impact: 5,
    due: -280,
    done: -281,
    closed: -250,
    effective: true,
  },
  { unit: 'x1', identified: -300, likelihood: 4, impact: 4, due: -150, done: -120 },
  {
    unit: 'x1',
    identified: -150,
    likelihood: 5,
    impact: 4,
    due: -100,
    done: -105,
    closed: -60,
    effective: true,
  },
  {
    unit: 'x1',
    identified: -120,
    likelihood: 3,
    impact: 3,
    due: -90,
    done: -80,
    closed: -40,
    effective: false,
  },
  { unit: 'x2', identified: -90, likelihood: 1, impact: 2, due: -30 },
  { unit: 'x2', identified: -60, likelihood: 5, impact: 3, due: 10 },
  { unit: 'x2', identified: -10, likelihood: 2, impact: 2, due: -3 },
  { unit: 'x1', identified: 0, likelihood: 1, impact: 5, due: 5, done: 0, closed: 0, effective: true },
];

async function seedRegister() {
  const officer = await ctx.as('x.unit_iso_officer');
  for (const [i, s] of seeds.entries()) {
    // X2 has no ISO officer in the fixture: its rows are recorded in X1 and moved there.
    const created = await officer.post('/api/v1/risks', {
      kind: i % 3 === 0 ? 'opportunity' : 'risk',
      unitId: ctx.fixture.units.x1.id,
      identifiedOn: addDays(today, s.identified),
      process: 'Quy trình giải quyết thủ tục hành chính',
      description: `Rủi ro ${i + 1}`,
      cause: 'Nguyên nhân',
      consequence: 'Hậu quả',
      likelihood: s.likelihood,
      impact: s.impact,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const day = (d?: number) => (d === undefined ? null : addDays(today, d));
    await ctx.database.db
      .update(risks)
      .set({
        unitId: ctx.fixture.units[s.unit].id,
        state: s.closed !== undefined ? 'closed' : s.due !== undefined ? 'treating' : 'open',
        treatment: s.due !== undefined ? 'Hành động' : null,
        treatmentOwnerId: s.due !== undefined ? ctx.fixture.roleHolders.staff : null,
        treatmentDueOn: day(s.due),
        treatmentDoneOn: day(s.done),
        closedOn: day(s.closed),
        closedBy: s.closed !== undefined ? ctx.fixture.xSecretariat : null,
        effective: s.effective ?? null,
      })
      .where(eq(risks.id, created.body.id));
  }
}

const section = (pack: PackView) => pack.sections.find((s) => s.key === 'risks')!;
const figure = (pack: PackView, key: string) => section(pack).figures.find((f) => f.key === key)?.value;

async function packOf(client: Client, period: { from: string; to: string }, title: string) {
  const made = await client.post('/api/v1/steering/reports/packs', { title, ...period });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return (await client.get(`/api/v1/steering/reports/packs/${made.body.id}`)).body as PackView;
}

/** The same figures counted again from the table, in plain SQL. */
async function recount(period: { from: string; to: string }) {
  const [row] = await ctx.database.query<Record<string, number>>(
    `select
       count(*) filter (where identified_on between $2 and $3)::int as recorded,
       count(*) filter (where identified_on between $2 and $3 and likelihood * impact >= 10)::int as high,
       count(*) filter (where identified_on between $2 and $3 and likelihood * impact between 5 and 9)::int as medium,
       count(*) filter (where identified_on between $2 and $3 and likelihood * impact <= 4)::int as low,
       count(*) filter (where treatment_done_on between $2 and $3)::int as "treatmentsDone",
       count(*) filter (where treatment_done_on between $2 and $3 and treatment_done_on <= treatment_due_on)::int as "treatmentsDoneOnTime",
       count(*) filter (where closed_on between $2 and $3)::int as closed,
       count(*) filter (where closed_on between $2 and $3 and effective)::int as "closedEffective",
       count(*) filter (where identified_on <= $3 and (closed_on is null or closed_on > $3))::int as "openAtEnd",
       count(*) filter (where identified_on <= $3 and (closed_on is null or closed_on > $3)
         and treatment_due_on < $3 and (treatment_done_on is null or treatment_done_on > $3))::int as "overdueAtEnd"
     from risks where agency_id = $1`,
    [ctx.fixture.agencyX, period.from, period.to],
  );
  return row;
}

describe('the review input pack: risks and opportunities', () => {
  it('says so when the register holds nothing yet', async () => {
    const pack = await packOf(
      await ctx.as('x.secretariat_all'),
      { from: '2010-01-01', to: '2010-12-31' },
      '2010',
    );
    expect(section(pack).figures).toEqual([]);
    expect(section(pack).note).toMatch(/chưa ghi nhận rủi ro, cơ hội nào/);
  });

  it('gives the figures the register recounts, each linked to the register', async () => {
    await seedRegister();
    const secretariat = await ctx.as('x.secretariat_all');
    const pack = await packOf(secretariat, { from, to }, 'Xem xét của lãnh đạo');
    const counted = await recount({ from, to });
    for (const key of Object.keys(counted)) expect(figure(pack, key), key).toBe(counted[key]);
    // And by hand, from the seeds above.
    expect(counted).toEqual({
      recorded: 6,
      high: 2,
      medium: 2,
      low: 2,
      treatmentsDone: 4,
      treatmentsDoneOnTime: 2,
      closed: 3,
      closedEffective: 2,
      openAtEnd: 4,
      overdueAtEnd: 2,
    });
    expect(section(pack).note).toBeNull();
    const links = section(pack).figures.map((f) => f.link);
    expect(links.every((l) => l?.startsWith('/risks'))).toBe(true);
    expect(section(pack).figures.find((f) => f.key === 'high')?.link).toBe(
      `/risks?from=${from}&to=${to}&level=high`,
    );
    // The high risks still open at the end, by name, each linking to its page.
    expect(section(pack).items).toHaveLength(2);
    expect(section(pack).items.every((i) => /^\/risks\/[0-9a-f-]{36}$/.test(i.link ?? ''))).toBe(true);
    // A unit's staff member reads the register of their unit only; the pack is the secretariat's.
    const staff = await ctx.as('x2.staff');
    const theirs = await staff.get(`/api/v1/risks?from=${from}&to=${to}`);
    expect(theirs.body.total).toBe(3);
  });
});
