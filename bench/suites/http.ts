import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { api, nodeBin, root, signIn, startEiso } from '../lib/eiso.ts';
import { type LoadResult, runLoad } from '../lib/load.ts';
import { mb, rssBytes, sampleRss } from '../lib/memory.ts';
import { freePort, sleep } from '../lib/net.ts';
import { startAndWait } from '../lib/processes.ts';
import { fmt, type Row, type Suite } from '../lib/suite.ts';

const CONNECTIONS = 10;
const SECONDS = 10;
const PEOPLE = 30;
const LIST_PATH = '/api/v1/people?pageSize=20';

/** Loads `url` while sampling the server's RSS. */
async function loadWithRss(pid: number, url: string, headers?: Record<string, string>) {
  const sampler = sampleRss(pid);
  try {
    const load = await runLoad({ url, connections: CONNECTIONS, seconds: SECONDS, headers });
    return { load, rss: sampler.stop() };
  } catch (error) {
    sampler.stop();
    throw error;
  }
}

const describeLoad = (l: LoadResult) =>
  `p50 ${l.latencyMs.p50} ms, p99 ${l.latencyMs.p99} ms${l.errors || l.non2xx ? `, ${l.errors} errors, ${l.non2xx} non-2xx` : ''}`;

/**
 * Throughput of eiso's authenticated 20-row list against a bare Fastify hello-world in the
 * same run, start-up time (fresh and existing data folder) and eiso's memory.
 */
export const httpSuite: Suite = {
  name: 'http',
  title: 'HTTP throughput, start-up and memory',
  async run({ tmp, log }) {
    // 1. The baseline.
    const helloPort = await freePort();
    log('bare Fastify: start');
    const hello = await startAndWait({
      name: 'bare Fastify',
      command: nodeBin,
      args: [join(root, 'bench/fixtures/hello-server.ts')],
      env: { PORT: String(helloPort) },
      readyUrl: `http://127.0.0.1:${helloPort}/`,
    });
    const bareIdle = rssBytes(hello.pid) ?? 0;
    log(`bare Fastify: ${SECONDS} s load, ${CONNECTIONS} connections`);
    const bare = await loadWithRss(hello.pid, `http://127.0.0.1:${helloPort}/`);
    await hello.stop();

    // 2. eiso, first start on an empty data folder (initdb + migrations + first admin).
    const dataDir = join(tmp, 'eiso-data');
    mkdirSync(dataDir, { recursive: true });
    log('eiso: first start (fresh data folder)');
    const first = await startEiso(dataDir);
    const session = await signIn(first.base);
    await sleep(500);
    const idleAfterSignIn = rssBytes(first.pid) ?? 0;
    const [unit] = await api<Array<{ id: string }>>(first.base, session, 'GET', '/api/v1/units');
    log(`eiso: creating ${PEOPLE} people through the API`);
    for (let i = 1; i <= PEOPLE; i++) {
      await api(first.base, session, 'POST', '/api/v1/people', {
        fullName: `Người thử tải ${i}`,
        username: `bench.${i}`,
        unitId: unit.id,
      });
    }
    const list = await api<{ items: unknown[]; total: number }>(first.base, session, 'GET', LIST_PATH);
    if (list.items.length !== 20) throw new Error(`expected a 20-row page, got ${list.items.length}`);
    await sleep(500);
    const beforeLoad = rssBytes(first.pid) ?? 0;
    log(`eiso: ${SECONDS} s load on ${LIST_PATH}`);
    const eiso = await loadWithRss(first.pid, `${first.base}${LIST_PATH}`, { cookie: session.cookie });
    // In between: eiso's whole HTTP stack and one trivial query, without session or list.
    log(`eiso: ${SECONDS} s load on /api/health`);
    const health = await loadWithRss(first.pid, `${first.base}/api/health`);
    await first.stop();

    // 3. Second start on the same data folder.
    log('eiso: second start (same data folder)');
    const second = await startEiso(dataDir);
    const secondIdle = rssBytes(second.pid) ?? 0;
    await second.stop();

    const ratio = eiso.load.requestsPerSecond / bare.load.requestsPerSecond;
    const healthRatio = health.load.requestsPerSecond / bare.load.requestsPerSecond;
    const rps = (l: LoadResult) => `${fmt.int(l.requestsPerSecond)} req/s`;
    const megabytes = (bytes: number) => `${fmt.one(mb(bytes))} MB`;
    const rows: Row[] = [
      { measure: 'bare Fastify hello-world', value: rps(bare.load), note: describeLoad(bare.load) },
      { measure: `eiso GET ${LIST_PATH} (signed in)`, value: rps(eiso.load), note: describeLoad(eiso.load) },
      {
        measure: 'eiso GET /api/health (SELECT 1, no session)',
        value: rps(health.load),
        note: describeLoad(health.load),
      },
      {
        measure: 'ratio eiso list / bare',
        value: `${fmt.one(ratio * 100)} %`,
        note: `health / bare ${fmt.one(healthRatio * 100)} %; ${CONNECTIONS} connections, ${SECONDS} s each`,
      },
      {
        measure: 'start → /api/health, fresh data folder',
        value: `${fmt.int(first.msToReady)} ms`,
        note: 'initdb + migrations + first admin',
      },
      {
        measure: 'start → /api/health, second start',
        value: `${fmt.int(second.msToReady)} ms`,
        note: 'same data folder',
      },
      { measure: 'RSS eiso idle (after sign-in)', value: megabytes(idleAfterSignIn) },
      {
        measure: 'RSS eiso before load',
        value: megabytes(beforeLoad),
        note: `after creating ${PEOPLE} people`,
      },
      {
        measure: 'RSS eiso under load, peak',
        value: megabytes(Math.max(eiso.rss.peak, health.rss.peak)),
        note: `mean ${megabytes(eiso.rss.mean)} during the list load (${eiso.rss.samples} samples)`,
      },
      { measure: 'RSS eiso idle, second start', value: megabytes(secondIdle) },
      {
        measure: 'RSS bare Fastify idle',
        value: megabytes(bareIdle),
        note: `peak ${megabytes(bare.rss.peak)} under load`,
      },
    ];
    return {
      rows,
      data: {
        bare: { ...bare.load, rssIdleBytes: bareIdle, rssUnderLoad: bare.rss },
        eiso: {
          ...eiso.load,
          rssIdleAfterSignInBytes: idleAfterSignIn,
          rssBeforeLoadBytes: beforeLoad,
          rssUnderLoad: eiso.rss,
          rssIdleSecondStartBytes: secondIdle,
        },
        health: { ...health.load, rssUnderLoad: health.rss },
        ratio,
        healthRatio,
        startup: { freshDataFolderMs: first.msToReady, secondStartMs: second.msToReady },
      },
    };
  },
};
