/// <reference types="vite/client" />
import { beforeAll, describe, expect, it } from 'vitest';
import { createKit, type Entries, type MatrixKit } from './matrix/kit.ts';
import { type Client, setupTestApp } from './test-app.ts';

/**
 * No GET writes: every GET route, with records to read (made by the permission matrix's
 * entries), is toured by an agency-wide ISO secretary, a staff member and a staff member
 * of the other agency; every table's content and the audit chain heads are the same after.
 */
const ctx = setupTestApp();

const entryFiles = import.meta.glob<Record<string, (kit: MatrixKit) => Entries>>('./matrix/*.entries.ts', {
  eager: true,
});

/**
 * `sessions` is left out on purpose: the sliding expiry of the session in use is written at
 * most once a minute (platform/auth/actor-loader.ts). It is the credential's bookkeeping,
 * not business data, and it never reaches the audit trail.
 */
const NOT_COMPARED = new Set(['sessions']);

/** A digest of every table's rows (content, not only count) and of the audit chain heads. */
async function snapshot() {
  const tables = await ctx.database.query<{ name: string }>(
    `select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    if (NOT_COMPARED.has(name)) continue;
    const [row] = await ctx.database.query<{ n: number; md5: string | null }>(
      `select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as md5 from "${name}" t`,
    );
    digest[name] = `${row.n} ${row.md5}`;
  }
  return digest;
}

/** A client that remembers the URL of every GET it sends. */
function recording(client: Client, urls: Set<string>): Client {
  return {
    ...client,
    get: (url, headers) => {
      urls.add(url);
      return client.get(url, headers);
    },
    bytes: (url) => {
      urls.add(url);
      return client.bytes(url);
    },
    status: (url) => {
      urls.add(url);
      return client.status(url);
    },
    request: (method, url, body, headers) => {
      if (method === 'GET') urls.add(url);
      return client.request(method, url, body, headers);
    },
  };
}

describe('GET requests', () => {
  const urls = new Set<string>();
  const tourists: Client[] = [];
  beforeAll(async () => {
    const kit = createKit(ctx);
    let matrix: Entries = {};
    for (const file of Object.values(entryFiles)) {
      for (const build of Object.values(file)) matrix = { ...matrix, ...build(kit) };
    }
    // The entries make the records the GETs read; their URLs are kept for the tour.
    const admin = recording(await ctx.as('x.admin'), urls);
    for (const [key, entry] of Object.entries(matrix)) {
      if (key.startsWith('GET ')) await entry.send(admin, 'own');
    }
    for (const username of ['x.secretariat_all', 'x.unit_staff', 'y.staff']) {
      tourists.push(await ctx.as(username));
    }
  });

  it('reach every GET route', () => {
    const routes = ctx.app.routeTable.filter((r) => r.method === 'GET' && r.url.startsWith('/api/v1'));
    const toured = (url: string) =>
      [...urls].some((u) => new RegExp(`^${url.replace(/:[a-zA-Z]+/g, '[^/.?]+')}(\\?|$)`).test(u));
    expect(routes.map((r) => r.url).filter((url) => !toured(url))).toEqual([]);
  });

  it('change no row of any table, nor the audit chain', async () => {
    const before = await snapshot();
    for (const client of tourists) {
      for (const url of urls) {
        const response = await client.get(url);
        expect(response.status, url).toBeLessThan(500);
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});
