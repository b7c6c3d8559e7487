/// <reference types="vite/client" />
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../db/ids.ts';
import { actors, createKit, type Entries, type MatrixKit, targets } from './matrix/kit.ts';
import { forbiddenIds, leaksIn, unitScopedActors } from './matrix/list-leaks.ts';
import { type Client, setupTestApp } from './test-app.ts';

/**
 * Every registered route × every role (granted for unit X1) plus an agency-wide admin and
 * secretariat × a record in the actor's own unit (X1), another unit (X2) and another
 * agency (Y). Each module's rows live in matrix/<module>.entries.ts; a route without a row
 * fails the test, so the matrix grows with the code. Expected: 'ok' (2xx), 403, 404 — or
 * 400 where the foreign record is only a reference in the body.
 */
const ctx = setupTestApp();

/** Every matrix/*.entries.ts exports functions (kit) => entries; all of them are used. */
const entryFiles = import.meta.glob<Record<string, (kit: MatrixKit) => Entries>>('./matrix/*.entries.ts', {
  eager: true,
});

describe('permission matrix', () => {
  let matrix: Entries = {};
  const clients = new Map<string, Client>();
  beforeAll(async () => {
    const kit = createKit(ctx);
    for (const file of Object.values(entryFiles)) {
      for (const build of Object.values(file)) matrix = { ...matrix, ...build(kit) };
    }
    for (const actor of actors) clients.set(actor.username, await ctx.as(actor.username));
  });

  const apiRoutes = () =>
    ctx.app.routeTable.filter(
      (r) => r.url.startsWith('/api/v1') || r.url === '/api/health' || r.url === '/metrics',
    );

  it('has an entry, an access rule and a policy for every registered route', () => {
    const missing = apiRoutes()
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => !matrix[key]);
    expect(missing).toEqual([]);
    expect(apiRoutes().filter((r) => !r.access || !r.policy)).toEqual([]);
  });

  it('answers 401 to anonymous callers of every signed-in route', async () => {
    for (const route of apiRoutes().filter((r) => r.access === 'signed-in')) {
      const url = route.url.replace(/:date/g, '2018-01-01').replace(/:[a-zA-Z]+/g, () => newId());
      const response = await ctx.anonymous.request(
        route.method,
        url,
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
      expect(response.status, `${route.method} ${route.url}`).toBe(401);
    }
  });

  for (const actor of actors) {
    it(`gives ${actor.username} exactly its rights on every route`, async () => {
      const failures: string[] = [];
      // Sign-out last: it ends the session the other requests use.
      const keys = [
        ...Object.keys(matrix).filter((k) => k !== 'POST /api/v1/auth/logout'),
        'POST /api/v1/auth/logout',
      ];
      for (const key of keys) {
        for (const target of key === 'POST /api/v1/auth/logout' ? targets.slice(0, 1) : targets) {
          const response = await matrix[key].send(clients.get(actor.username)!, target);
          const expected = matrix[key].expect(actor, target);
          const got = response.status;
          if (expected === 'ok' ? got < 200 || got >= 300 : got !== expected) {
            failures.push(
              `${key} [${target}] expected ${expected}, got ${got} ${JSON.stringify(response.body?.error?.code ?? '')}`,
            );
          }
        }
      }
      expect(failures).toEqual([]);
      // Every route × three targets, one after another: the matrix grows with each module and
      // outgrew the default 30 s on this shared machine (papers rendered for the secretariat).
    }, 120_000);
  }

  // Last: by now every route above has created records in X1, X2 and Y to leak.
  it("never lists another agency's rows, nor another unit's drafts, cases and files to unit-scoped people", async () => {
    const { foreign, otherUnit } = await forbiddenIds(ctx.database, ctx.fixture);
    expect(foreign.size).toBeGreaterThan(10);
    expect(otherUnit.size).toBeGreaterThan(3);
    const lists = apiRoutes()
      .filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1') && !r.url.includes(':'))
      // Files (DOCX, PDF, XLSX…) are not JSON: leaksIn reads nothing of them, only waits for their rendering.
      .filter((r) => !/\.(docx|pdf|xlsx|csv|zip|svg)$/.test(r.url))
      .map((r) => r.url);
    const leaks: string[] = [];
    for (const actor of actors) {
      const client = await ctx.as(actor.username);
      for (const leak of await leaksIn(client, lists, foreign))
        leaks.push(`${actor.username} sees Y's ${leak}`);
      if (unitScopedActors.includes(actor.username)) {
        for (const leak of await leaksIn(client, lists, otherUnit))
          leaks.push(`${actor.username} sees X2's ${leak}`);
      }
    }
    expect(leaks).toEqual([]);
  }, 120_000);
});
