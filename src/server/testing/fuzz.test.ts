import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDocument } from './fixture-documents.ts';
import { type FuzzRequest, operationsOf, requestsFor } from './fuzz/requests.ts';
import { type Client, type Response, setupTestApp } from './test-app.ts';

/**
 * Generated requests over every registered route, signed in: path parameters, query
 * strings and bodies filled from the app's own OpenAPI description with good values,
 * bad values, hostile strings, broken encodings and broken bodies. Whatever comes in, the
 * answer is never a 5xx, every error is in the one shape, and a 4xx changes no row.
 * Bounded and seeded: the same requests on every run.
 */
const ctx = setupTestApp();
/** FUZZ_RUNS and FUZZ_SEED run it longer or differently by hand; the suite runs these. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** Sign-in and sign-out change sessions and login counters by design; the session the fuzz uses must live. */
const skipped = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout']);
/** Rows that change on any request by design: the session's sliding expiry. */
const bookkeeping = new Set(['sessions']);

/**
 * The next transaction id: no row changes without taking one (a rolled-back write or a row
 * lock takes one too, so an advance only says "look closer").
 */
const nextXid = 'select pg_snapshot_xmax(pg_current_snapshot())::text as xid';

/** Per table, its row count and newest row version: any insert, update or delete changes it. */
async function fingerprintQuery() {
  const tables = await ctx.database.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1",
  );
  const parts = tables
    .filter((t) => !bookkeeping.has(t.name) && !t.name.startsWith('__'))
    .map(
      (t) =>
        `(select count(*) || '/' || coalesce(max(xmin::text::bigint), 0) from "${t.name}") as "${t.name}"`,
    );
  return `select ${parts.join(', ')}`;
}

function describeFailure(request: FuzzRequest, response: Response) {
  const body = JSON.stringify(response.body) ?? '';
  return `${request.method} ${request.url.slice(0, 300)} [${request.headers['content-type'] ?? 'no body'}] → ${response.status} ${body.slice(0, 500)}`;
}

function expectErrorShape(request: FuzzRequest, response: Response) {
  const why = describeFailure(request, response);
  expect(response.body, why).toEqual({
    error: { code: expect.any(String), message: expect.any(String), details: expect.any(Array) },
  });
  expect(response.body.error.message.length, why).toBeGreaterThan(0);
  for (const detail of response.body.error.details) {
    expect(detail, why).toEqual({ path: expect.any(String), message: expect.any(String) });
  }
  // Never the caller's large input echoed back.
  expect(JSON.stringify(response.body).length, why).toBeLessThan(4000);
}

describe('fuzzing every route', () => {
  const clients: Client[] = [];
  let ids: fc.Arbitrary<string>;
  beforeAll(async () => {
    clients.push(await ctx.as('x.admin'), await ctx.as('x.unit_iso_officer'));
    const { fixture, database } = ctx;
    const options = { agencyId: fixture.agencyX, unitId: fixture.units.x1.id, personId: fixture.xAdmin };
    const draft = await seedDocument(database.db, { ...options, state: 'draft' });
    const inForce = await seedDocument(database.db, { ...options, state: 'in_force' });
    const known = [
      fixture.agencyX,
      fixture.agencyY,
      ...Object.values(fixture.units).map((u) => u.id),
      // Not the people the fuzz signs in as: a reset password would end its sessions.
      fixture.yStaff,
      fixture.x2Staff,
      ...Object.values(fixture.targets),
      ...Object.entries(fixture.roleHolders)
        .filter(([role]) => role !== 'iso_officer')
        .map(([, id]) => id),
      draft.documentId,
      draft.versionId,
      inForce.documentId,
      inForce.versionId,
      '00000000-0000-0000-0000-000000000000',
    ];
    ids = fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 3 }, { arbitrary: fc.uuid(), weight: 1 });
  });

  it('answers generated requests without a 5xx, every error in the shape, no row changed by a 4xx', async () => {
    const spec = (await clients[0].get('/api/v1/openapi.json')).body;
    const routes = ctx.app.routeTable.filter(
      (r) => (r.url.startsWith('/api/v1') || r.url === '/api/health') && !skipped.has(`${r.method} ${r.url}`),
    );
    const operations = operationsOf(spec, routes);
    expect(operations.length).toBeGreaterThan(80);
    const fingerprint = await fingerprintQuery();
    const rowsNow = async () => JSON.stringify(await ctx.database.query(fingerprint));
    const xidNow = async () => (await ctx.database.query<{ xid: string }>(nextXid))[0].xid;
    let rows = await rowsNow();
    let xid = await xidNow();
    const requests = fc.tuple(
      fc.oneof(...operations.map((operation) => requestsFor(operation, ids))),
      fc.constantFrom(...clients.keys()),
    );
    const statuses = new Map<number, number>();

    await fc.assert(
      fc.asyncProperty(requests, async ([request, who]) => {
        const response = await clients[who].request(
          request.method,
          request.url,
          request.payload,
          request.headers,
        );
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        // The full fingerprint only when a transaction took an id since the last one.
        const before = rows;
        const xidAfter = await xidNow();
        if (xidAfter !== xid) [rows, xid] = [await rowsNow(), await xidNow()];
        expect(response.status, describeFailure(request, response)).toBeLessThan(500);
        if (response.status >= 400) {
          expectErrorShape(request, response);
          expect(rows, `a row changed: ${describeFailure(request, response)}`).toBe(before);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    if (process.env.FUZZ_RUNS) console.log([...statuses].sort()); // by hand: what the run reached
    // Signed in throughout: no generated request ended the sessions the fuzz uses.
    expect(statuses.get(401)).toBeUndefined();
    // The requests reached the handlers, not only the validation in front of them.
    const reached = [...statuses].filter(([status]) => status < 300 || status === 404 || status === 409);
    expect(reached.reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThan(RUNS / 10);
  }, 240_000);
});
