import { join } from 'node:path';
import { openDatabase } from '../../src/server/db/connection.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { listMyCaseSteps } from '../../src/server/modules/cases/inbox/inbox.service.ts';
import { caseMeasures } from '../../src/server/modules/cases/measures/measures.service.ts';
import type { Actor } from '../../src/server/platform/permissions/actor.ts';
import { todayInVietnam } from '../../src/server/platform/time.ts';
import { bulkLoad, type CasesAgency, generateCases, personIdSql, uuidSql } from '../lib/cases-data.ts';
import { fmt, type Row, type Suite } from '../lib/suite.ts';

const SMALL = 10_000;
/** BENCH_CASES_LARGE: a smaller size for a quick try of the suite. */
const LARGE = Number(process.env.BENCH_CASES_LARGE ?? 1_000_000);
const WARMUP = 3;
const RUNS = 15;

type Timing = { medianMs: number; p95Ms: number };

/** One call after another (latency), after a few thrown away. */
async function time(work: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARMUP; i++) await work();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await work();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return {
    medianMs: ms[Math.floor(ms.length / 2)],
    p95Ms: ms[Math.min(ms.length - 1, Math.ceil(0.95 * ms.length) - 1)],
  };
}

/** The month before today's month, first and last days; and from its 15th to the next 14th. */
function lastFullMonth(today: string) {
  const [y, m] = today.split('-').map(Number);
  const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
  const first = `${py}-${String(pm).padStart(2, '0')}-01`;
  const last = new Date(Date.UTC(py, pm, 0)).toISOString().slice(0, 10);
  return { from: first, to: last, cutFrom: `${first.slice(0, 8)}15`, cutTo: `${today.slice(0, 8)}14` };
}

/**
 * The measures screen's query (caseMeasures, as GET /api/v1/reports/case-measures runs it:
 * whole months from the monthly counts, the days of a month cut short from the cases)
 * and "my work" (listMyCaseSteps, first page) for an agency of 1,000,000 cases, each as a
 * ratio to the same call for an agency of 10,000 cases in the same database and run.
 * The embedded PostgreSQL, or PostgreSQL at BENCH_DATABASE_URL (an empty database).
 */
export const casesSuite: Suite = {
  name: 'cases',
  title: `Work cases: measures and "my work" at ${fmt.int(LARGE)} cases, as ratios to ${fmt.int(SMALL)}`,
  async run({ tmp, log }) {
    const database = await openDatabase({
      databaseUrl: process.env.BENCH_DATABASE_URL,
      dataDir: join(tmp, 'eiso-data'),
    });
    await migrate(database);
    const today = todayInVietnam();
    const agencies: Record<'small' | 'large', CasesAgency> = {
      small: { tag: 's', agencyId: '00000000-0000-4000-8000-00000000000a', cases: SMALL, today },
      large: { tag: 'l', agencyId: '00000000-0000-4000-8000-00000000000b', cases: LARGE, today },
    };
    log(`generating ${fmt.int(SMALL)} + ${fmt.int(LARGE)} cases (${database.kind} PostgreSQL)`);
    const t0 = performance.now();
    await database.exec(uuidSql);
    await bulkLoad(
      database,
      async () => {
        await generateCases(database, agencies.small, log);
        await generateCases(database, agencies.large, log);
      },
      log,
    );
    const generateSeconds = (performance.now() - t0) / 1000;
    const [{ cases, steps }] = await database.query<{ cases: number; steps: number }>(
      'SELECT (SELECT count(*) FROM work_cases)::int AS cases, (SELECT count(*) FROM case_steps)::int AS steps',
    );
    log(`${fmt.int(cases)} cases, ${fmt.int(steps)} steps in ${fmt.one(generateSeconds)} s`);

    const actors = async (a: CasesAgency) => {
      const [row] = await database.query<{ person: string; unit: string }>(
        `SELECT ${personIdSql(a.tag, 1, 0)} AS person, bench_uuid('${a.tag}unit1') AS unit`,
      );
      const base = {
        agencyId: a.agencyId,
        fullName: 'Bench',
        username: `bench.${a.tag}`,
        unitId: row.unit,
        unitPath: `/${row.unit}/`,
        isOperator: false,
        via: 'session' as const,
      };
      const secretariat: Actor = {
        ...base,
        personId: row.person,
        grants: [{ role: 'secretariat', unitId: null, unitPath: null }],
      };
      const unitHead: Actor = {
        ...base,
        personId: row.person,
        grants: [{ role: 'unit_head', unitId: row.unit, unitPath: `/${row.unit}/` }],
      };
      return { secretariat, unitHead, staff: { ...unitHead, grants: [] } as Actor };
    };
    const month = lastFullMonth(today);
    const calls: Array<{ label: string; call: (a: Awaited<ReturnType<typeof actors>>) => Promise<unknown> }> =
      [
        {
          label: `measures, whole agency, one month (${month.from.slice(0, 7)})`,
          call: (x) => caseMeasures(database.db, x.secretariat, { from: month.from, to: month.to }),
        },
        {
          label: 'measures, one unit, one month',
          call: (x) => caseMeasures(database.db, x.unitHead, { from: month.from, to: month.to }),
        },
        {
          label: `measures, whole agency, ${month.cutFrom.slice(5)} to ${month.cutTo.slice(5)} (days read from the cases)`,
          call: (x) => caseMeasures(database.db, x.secretariat, { from: month.cutFrom, to: month.cutTo }),
        },
        {
          label: 'measures, whole agency, this year (the default)',
          call: (x) => caseMeasures(database.db, x.secretariat, {}),
        },
        {
          label: 'my work, first page of 20',
          call: (x) => listMyCaseSteps(database.db, x.staff, { page: 1, pageSize: 20 }),
        },
      ];
    const small = await actors(agencies.small);
    const large = await actors(agencies.large);
    const results: Array<{ label: string; small: Timing; large: Timing; ratio: number }> = [];
    for (const { label, call } of calls) {
      log(`${RUNS} × ${label}`);
      const s = await time(() => call(small));
      const l = await time(() => call(large));
      results.push({ label, small: s, large: l, ratio: l.medianMs / s.medianMs });
    }
    const inbox = (await listMyCaseSteps(database.db, large.staff, { page: 1, pageSize: 20 })).total;
    await database.close();

    const rows: Row[] = [
      ...results.map((r) => ({
        measure: r.label,
        value: `× ${fmt.one(r.ratio)}`,
        note: `median ${fmt.one(r.large.medianMs)} ms at ${fmt.int(LARGE)} (p95 ${fmt.one(r.large.p95Ms)}), ${fmt.one(r.small.medianMs)} ms at ${fmt.int(SMALL)} (p95 ${fmt.one(r.small.p95Ms)})`,
      })),
      {
        measure: 'data generation',
        value: `${fmt.one(generateSeconds)} s`,
        note: `${fmt.int(cases)} cases, ${fmt.int(steps)} steps, ${database.kind} PostgreSQL; ${fmt.int(inbox)} steps in the large inbox`,
      },
    ];
    return { rows, data: { cases, steps, generateSeconds, runs: RUNS, timings: results } };
  },
};
