import { join } from 'node:path';
import { bootstrapFirstAdmin } from '../../src/server/bootstrap.ts';
import { openDatabase } from '../../src/server/db/connection.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { generateDocuments } from '../lib/documents-data.ts';
import { ADMIN_PASSWORD, type Session, signIn, startEiso } from '../lib/eiso.ts';
import { fmt, type Row, type Suite } from '../lib/suite.ts';

const DOCUMENTS = 10_000;
const VERSIONS = 5;
const WARMUP = 5;
const REQUESTS = 50;

type Timing = { path: string; medianMs: number; p95Ms: number; hits?: number };

/** One request after another (latency, not throughput), after a few thrown away. */
async function time(base: string, session: Session, path: string): Promise<Timing> {
  const get = async () => {
    const response = await fetch(`${base}${path}`, { headers: { cookie: session.cookie } });
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${Buffer.from(body).toString()}`);
    return body;
  };
  for (let i = 0; i < WARMUP; i++) await get();
  const ms: number[] = [];
  let last = new ArrayBuffer(0);
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    last = await get();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const quantile = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)];
  const total = path.includes('.xlsx')
    ? undefined
    : (JSON.parse(Buffer.from(last).toString()).total as number);
  return { path, medianMs: quantile(0.5), p95Ms: quantile(0.95), hits: total };
}

/** Exact and common words, with and without diacritics, a typo; a document's code is added. */
const searches = ['quy trinh kiem soat tai lieu', 'đánh giá nội bộ', 'hồ sơ', 'kiem soat tai lieux'];

/**
 * Search and master-list latency over 50,000 document versions (10,000 documents × 5
 * issues), each as a ratio to reading one version by its id in the same run. The embedded
 * PostgreSQL, or BENCH_DATABASE_URL (an empty database).
 */
export const documentsSuite: Suite = {
  name: 'documents',
  title: `Documents: search and master list over ${fmt.int(DOCUMENTS * VERSIONS)} versions`,
  async run({ tmp, log }) {
    const data = {
      dataDir: join(tmp, 'eiso-data'),
      databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
    };
    const t0 = performance.now();
    const database = await openDatabase(data);
    log(`generating ${fmt.int(DOCUMENTS)} documents × ${VERSIONS} versions (${database.kind} PostgreSQL)`);
    await migrate(database);
    await bootstrapFirstAdmin(database, ADMIN_PASSWORD);
    const [admin] = await database.query<{ id: string; agency_id: string }>(
      `SELECT id, agency_id FROM people WHERE username = 'admin'`,
    );
    await generateDocuments(
      database,
      {
        agencyId: admin.agency_id,
        personId: admin.id,
        documents: DOCUMENTS,
        versions: VERSIONS,
      },
      (m) => log(`  ${m}`),
    );
    const [{ n }] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM document_versions');
    const [{ id: versionId, code }] = await database.query<{ id: string; code: string }>(
      `SELECT current_version_id AS id, code FROM documents ORDER BY code LIMIT 1 OFFSET 4321`,
    );
    await database.close();
    const generateSeconds = (performance.now() - t0) / 1000;
    log(`${fmt.int(n)} versions in ${fmt.one(generateSeconds)} s; starting eiso`);

    const server = await startEiso(data);
    const session = await signIn(server.base);
    const measure = async (label: string, path: string) => {
      log(`${REQUESTS} × GET ${path}`);
      return { label, ...(await time(server.base, session, path)) };
    };
    const baseline = await measure('primary-key read', `/api/v1/document-versions/${versionId}`);
    const timings = [
      await measure('master list, first page', '/api/v1/documents'),
      await measure('master list, page 200', '/api/v1/documents?page=200'),
      await measure(
        'master list, filtered',
        `/api/v1/documents?type=business_procedure&q=${encodeURIComponent('kiểm soát')}`,
      ),
    ];
    for (const q of [...searches, code]) {
      timings.push(await measure(`search "${q}"`, `/api/v1/documents/search?q=${encodeURIComponent(q)}`));
    }
    await server.stop();

    const ms = (t: Timing) => `median ${fmt.one(t.medianMs)} ms, p95 ${fmt.one(t.p95Ms)} ms`;
    const rows: Row[] = [
      {
        measure: `${baseline.label} (GET /api/v1/document-versions/:id)`,
        value: `${fmt.one(baseline.medianMs)} ms`,
        note: `${ms(baseline)}; the baseline`,
      },
      ...timings.map((t) => ({
        measure: t.label,
        value: `× ${fmt.one(t.medianMs / baseline.medianMs)}`,
        note: `${ms(t)}${t.hits === undefined ? '' : `, ${fmt.int(t.hits)} found`}`,
      })),
      {
        measure: 'data generation',
        value: `${fmt.one(generateSeconds)} s`,
        note: `${fmt.int(n)} versions, ${database.kind} PostgreSQL, INSERT … SELECT`,
      },
    ];
    return {
      rows,
      data: {
        versions: n,
        generateSeconds,
        requests: REQUESTS,
        baseline,
        timings: timings.map((t) => ({ ...t, ratio: t.medianMs / baseline.medianMs })),
      },
    };
  },
};
