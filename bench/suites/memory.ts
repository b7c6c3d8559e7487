import { DEMO_PASSWORD, demoData } from '../lib/demo.ts';
import { signInTo, startEiso } from '../lib/eiso.ts';
import { mb } from '../lib/memory.ts';
import { sleep } from '../lib/net.ts';
import { type Memory, memoryOf, postgresPids } from '../lib/proc.ts';
import { fmt, type Row, type Suite } from '../lib/suite.ts';

const USERNAME = process.env.BENCH_USER ?? 'khcn.thuky';
const IDLE_MS = 5_000;
/** The pages a signed-in person opens first, a few times each, before memory is read idle. */
const pages = [
  '/api/v1/home',
  '/api/v1/documents?pageSize=20',
  '/api/v1/people?pageSize=20',
  '/api/v1/my-work/case-steps',
  '/api/v1/documents/my-work',
  '/api/v1/documents/search?q=quy%20trinh',
];

/**
 * Memory idle with the demo loaded: eiso's process and its PostgreSQL's processes (the
 * postmaster of DATA_DIR/pg and its children) together. RSS counts PostgreSQL's shared
 * buffers in every process that touched them; PSS shares them out, so the PSS sum is
 * the fairer total.
 */
export const memorySuite: Suite = {
  name: 'memory',
  title: 'Memory idle with the demo loaded: eiso + its PostgreSQL',
  async run({ runTmp, log }) {
    const data = await demoData(runTmp, log);
    const server = await startEiso(data);
    const read = () => {
      const pg = data.databaseUrl ? [] : postgresPids(data.dataDir);
      return { eiso: memoryOf([server.pid]), postgres: memoryOf(pg) };
    };
    await sleep(IDLE_MS);
    const afterStart = read();
    log('signing in and opening the first pages 10 times each');
    const session = await signInTo(server, USERNAME, DEMO_PASSWORD);
    for (let i = 0; i < 10; i++) {
      for (const page of pages) {
        const response = await fetch(`${server.base}${page}`, { headers: { cookie: session.cookie } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`GET ${page}: ${response.status}`);
      }
    }
    await sleep(IDLE_MS);
    const afterUse = read();
    await server.stop();

    const size = (m: Memory) =>
      `RSS ${fmt.one(mb(m.rssBytes))} MB, PSS ${m.pssBytes === null ? 'unreadable' : `${fmt.one(mb(m.pssBytes))} MB`}`;
    const total = (r: typeof afterStart): Memory => ({
      processes: r.eiso.processes + r.postgres.processes,
      rssBytes: r.eiso.rssBytes + r.postgres.rssBytes,
      pssBytes:
        r.eiso.pssBytes === null || r.postgres.pssBytes === null
          ? null
          : r.eiso.pssBytes + r.postgres.pssBytes,
    });
    const rows: Row[] = [];
    for (const [label, r] of [
      ['idle after start', afterStart],
      ['idle after use', afterUse],
    ] as const) {
      const t = total(r);
      rows.push(
        {
          measure: `eiso + PostgreSQL, ${label}`,
          value: `${fmt.one(mb(t.rssBytes))} MB`,
          note: `RSS; PSS ${t.pssBytes === null ? 'unreadable' : `${fmt.one(mb(t.pssBytes))} MB`}; target ≤ 350 MB`,
        },
        { measure: '  eiso process', value: `${fmt.one(mb(r.eiso.rssBytes))} MB`, note: size(r.eiso) },
        {
          measure: `  PostgreSQL, ${r.postgres.processes} processes`,
          value: data.databaseUrl ? 'external' : `${fmt.one(mb(r.postgres.rssBytes))} MB`,
          note: data.databaseUrl ? 'BENCH_DATABASE_URL: not counted' : size(r.postgres),
        },
      );
    }
    rows.push({
      measure: 'use',
      value: `${pages.length * 10} req`,
      note: `signed in as ${USERNAME}: ${pages.length} pages × 10, then ${IDLE_MS / 1000} s idle`,
    });
    return {
      rows,
      data: { afterStart, afterUse, afterStartTotal: total(afterStart), afterUseTotal: total(afterUse) },
    };
  },
};
