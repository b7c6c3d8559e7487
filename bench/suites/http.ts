import { join } from 'node:path';
import { DEMO_PASSWORD, demoData } from '../lib/demo.ts';
import { eisoRoot, nodeBin, root, signInTo, startEiso } from '../lib/eiso.ts';
import { type LoadResult, runLoad } from '../lib/load.ts';
import { freePort } from '../lib/net.ts';
import { cpuSnapshot, postgresPids } from '../lib/proc.ts';
import { type Started, startAndWait } from '../lib/processes.ts';
import { fmt, type Row, type Spread, type Suite, spread, withRange } from '../lib/suite.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = 1;
const CONNECTIONS = 10;
/** The demo's ISO secretary: sees every document, has cases and documents in "my work". */
const USERNAME = process.env.BENCH_USER ?? 'khcn.thuky';

/** What is measured on eiso and on the floor (the floor ignores the query string). */
const endpoints = [
  { name: 'documents list (20 rows)', paths: ['/api/v1/documents?pageSize=20'] },
  { name: 'people list (20 rows)', paths: ['/api/v1/people?pageSize=20'] },
  { name: 'my work (cases + documents)', paths: ['/api/v1/my-work/case-steps', '/api/v1/documents/my-work'] },
] as const;

type Measured = LoadResult & { cpuMsPerRequest: number; postgresCpuMsPerRequest: number | null };

/**
 * One bounded load: a short warm-up thrown away, then `SECONDS` with the CPU of the
 * server's process (and of its PostgreSQL, when embedded) read before and after.
 */
async function measure(
  server: Started & { base: string },
  paths: readonly string[],
  /** The embedded PostgreSQL's processes; null when there is none to read (external, or bare). */
  postgres: (() => number[]) | null,
  headers?: Record<string, string>,
): Promise<Measured> {
  const options = {
    url: server.base,
    connections: CONNECTIONS,
    warmupSeconds: 0,
    headers,
    paths: [...paths],
  };
  await runLoad({ ...options, seconds: WARMUP_SECONDS });
  const own = cpuSnapshot(() => [server.pid]);
  const db = cpuSnapshot(postgres ?? (() => []));
  const load = await runLoad({ ...options, seconds: SECONDS });
  const requests = Math.max(1, load.requests);
  return {
    ...load,
    cpuMsPerRequest: own.delta() / requests,
    postgresCpuMsPerRequest: postgres ? db.delta() / requests : null,
  };
}

/** Every path answers 200 (a wrong session or route would measure error pages). */
async function check(base: string, paths: readonly string[], headers?: Record<string, string>) {
  for (const path of paths) {
    const response = await fetch(`${base}${path}`, { headers });
    const body = await response.text();
    if (!response.ok) throw new Error(`GET ${base}${path}: ${response.status} ${body.slice(0, 300)}`);
  }
}

async function startFixture(name: string, file: string, env: Record<string, string>, readyPath: string) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = await startAndWait({
    name,
    command: nodeBin,
    args: [join(root, 'bench/fixtures', file)],
    env: { ...env, PORT: String(port) },
    readyUrl: `${base}${readyPath}`,
    timeoutMs: 120_000,
  });
  return { ...started, base };
}

const ms2 = (n: number) => n.toFixed(2);
const describe = (s: { p50: Spread; p99: Spread; errors: number; non2xx: number }) =>
  `p50 ${fmt.one(s.p50.median)} ms, p99 ${fmt.one(s.p99.median)} ms${s.errors || s.non2xx ? `, ${s.errors} errors, ${s.non2xx} non-2xx (!)` : ''}`;

function summarise(runs: Measured[]) {
  return {
    rps: spread(runs.map((r) => r.requestsPerSecond)),
    cpuMsPerRequest: spread(runs.map((r) => r.cpuMsPerRequest)),
    postgresCpuMsPerRequest:
      runs[0].postgresCpuMsPerRequest === null
        ? null
        : spread(runs.map((r) => r.postgresCpuMsPerRequest ?? 0)),
    p50: spread(runs.map((r) => r.latencyMs.p50)),
    p99: spread(runs.map((r) => r.latencyMs.p99)),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
    runs,
  };
}

/**
 * Throughput of eiso (the real server, demo loaded, log level info) against a bare
 * Fastify and the floor server, measured alternately in rounds on the same database.
 */
export const httpSuite: Suite = {
  name: 'http',
  title: `HTTP: eiso against bare Fastify and the floor, ${ROUNDS} rounds of ${SECONDS} s, ${CONNECTIONS} connections`,
  async run({ runTmp, log }) {
    const data = await demoData(runTmp, log);
    log('starting eiso, the floor server and bare Fastify');
    const eiso = await startEiso(data);
    const session = await signInTo(eiso, USERNAME, DEMO_PASSWORD);
    const headers = { cookie: session.cookie };
    const floor = await startFixture(
      'floor server',
      'floor-server.ts',
      {
        DATA_DIR: data.dataDir,
        ...(data.databaseUrl ? { DATABASE_URL: data.databaseUrl } : {}),
        USERNAME,
        EISO_DIR: eisoRoot,
      },
      '/statements',
    );
    // What the floor replays for each URL, and what it left out (written in the JSON).
    const statements = (await (await fetch(`${floor.base}/statements`)).json()) as Record<string, unknown>;
    const bare = await startFixture('bare Fastify', 'hello-server.ts', {}, '/');
    for (const e of endpoints) {
      await check(eiso.base, e.paths, headers);
      await check(floor.base, e.paths);
    }

    const postgres = data.databaseUrl ? null : () => postgresPids(data.dataDir);
    const bareRuns: Measured[] = [];
    const runs = endpoints.map(() => ({ floor: [] as Measured[], eiso: [] as Measured[] }));
    for (let round = 1; round <= ROUNDS; round++) {
      log(`round ${round}/${ROUNDS}: bare Fastify`);
      bareRuns.push(await measure(bare, ['/'], null));
      for (const [i, e] of endpoints.entries()) {
        log(`round ${round}/${ROUNDS}: ${e.name}, floor then eiso`);
        runs[i].floor.push(await measure(floor, e.paths, postgres));
        runs[i].eiso.push(await measure(eiso, e.paths, postgres, headers));
      }
    }
    await Promise.all([eiso.stop(), floor.stop(), bare.stop()]);

    const bareSummary = summarise(bareRuns);
    const rps = (n: number) => fmt.int(n);
    const rows: Row[] = [
      {
        measure: 'bare Fastify, constant JSON',
        value: `${rps(bareSummary.rps.median)} req/s`,
        note: `${withRange(bareSummary.rps, rps)}; CPU ${ms2(bareSummary.cpuMsPerRequest.median)} ms/req; ${describe(bareSummary)}`,
      },
    ];
    const results = endpoints.map((e, i) => {
      const f = summarise(runs[i].floor);
      const s = summarise(runs[i].eiso);
      const perRound = (of: (round: number) => number) => spread(runs[i].eiso.map((_, r) => of(r)));
      const toFloor = perRound((r) => runs[i].eiso[r].requestsPerSecond / runs[i].floor[r].requestsPerSecond);
      const toBare = perRound((r) => runs[i].eiso[r].requestsPerSecond / bareRuns[r].requestsPerSecond);
      const pgNote = (x: typeof s) =>
        x.postgresCpuMsPerRequest ? `, PostgreSQL ${ms2(x.postgresCpuMsPerRequest.median)} ms/req` : '';
      rows.push(
        {
          measure: `floor: ${e.name}`,
          value: `${rps(f.rps.median)} req/s`,
          note: `${withRange(f.rps, rps)}; CPU ${ms2(f.cpuMsPerRequest.median)} ms/req${pgNote(f)}; ${describe(f)}`,
        },
        {
          measure: `eiso: ${e.name}`,
          value: `${rps(s.rps.median)} req/s`,
          note: `${withRange(s.rps, rps)}; ${describe(s)}`,
        },
        {
          measure: '  eiso CPU per request (its process)',
          value: `${ms2(s.cpuMsPerRequest.median)} ms`,
          note: `${withRange(s.cpuMsPerRequest, ms2)}${pgNote(s)}`,
        },
        {
          measure: '  ratio eiso / floor',
          value: toFloor.median.toFixed(2),
          note: `${withRange(toFloor, (n) => n.toFixed(2))} per round; eiso / bare ${withRange(toBare, (n) => n.toFixed(3))}`,
        },
      );
      return {
        endpoint: e.name,
        paths: e.paths,
        floor: f,
        eiso: s,
        ratioToFloor: toFloor,
        ratioToBare: toBare,
      };
    });
    rows.push({
      measure: 'set-up',
      value: `${ROUNDS} × ${SECONDS} s`,
      note: `signed in as ${USERNAME}; eiso at LOG_LEVEL=info; ${CONNECTIONS} connections; ${data.databaseUrl ? 'BENCH_DATABASE_URL' : 'embedded PostgreSQL'}; my work = its 2 requests in turn`,
    });
    return {
      rows,
      data: {
        rounds: ROUNDS,
        seconds: SECONDS,
        connections: CONNECTIONS,
        user: USERNAME,
        bare: bareSummary,
        endpoints: results,
        floorStatements: statements,
      },
    };
  },
};
