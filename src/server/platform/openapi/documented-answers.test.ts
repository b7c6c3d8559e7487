/// <reference types="vite/client" />
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.ts';
import { createKit, type Entries, type MatrixKit, targets } from '../../testing/matrix/kit.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { routeKey } from './describe.ts';

/**
 * The description promises, per operation, which 4xx statuses and codes a client can get.
 * This drives every route of the permission matrix as a staff member, an agency admin and an
 * anonymous caller, on records of their own unit, another unit and another agency, and
 * checks that every 4xx answered is documented for that operation, in the Error shape.
 */
const ctx = setupTestApp();
const entryFiles = import.meta.glob<Record<string, (kit: MatrixKit) => Entries>>(
  '../../testing/matrix/*.entries.ts',
  { eager: true },
);

describe('the 4xx answers the description documents', () => {
  let matrix: Entries = {};
  const documented = new Map<string, Record<string, { description: string }>>();
  beforeAll(async () => {
    const kit = createKit(ctx);
    for (const file of Object.values(entryFiles)) {
      for (const build of Object.values(file)) matrix = { ...matrix, ...build(kit) };
    }
    const description = (await ctx.anonymous.get('/api/v1/openapi.json')).body;
    for (const [path, methods] of Object.entries<Record<string, any>>(description.paths)) {
      for (const [method, op] of Object.entries<any>(methods))
        documented.set(routeKey(method, path), op.responses);
    }
  });

  const undocumented = async (client: Client) => {
    const problems: string[] = [];
    for (const [key, entry] of Object.entries(matrix)) {
      // Sign-out would end the session the other requests use; the search row turns a draft
      // missing from the hits into a 404 of its own making.
      if (key === 'POST /api/v1/auth/logout' || key === 'GET /api/v1/documents/search') continue;
      for (const target of targets) {
        const { status, body } = await entry.send(client, target);
        if (status < 400 || status >= 500) continue;
        const code = body?.error?.code;
        const answer = documented.get(key)?.[String(status)];
        if (typeof body?.error?.message !== 'string' || !Array.isArray(body.error.details))
          problems.push(`${key} [${target}] ${status}: not in the Error shape`);
        else if (!answer?.description.includes(`\`${code}\``))
          problems.push(`${key} [${target}] ${status} ${code}: not documented`);
      }
    }
    return problems;
  };

  for (const username of ['x.unit_staff', 'x.admin']) {
    // Some 350 requests each: more than the default timeout on a busy machine.
    it(`documents every 4xx answered to ${username}`, { timeout: 180_000 }, async () => {
      expect(await undocumented(await ctx.as(username))).toEqual([]);
    });
  }

  it('documents the 401 every signed-in route answers to an anonymous caller', async () => {
    const problems: string[] = [];
    for (const route of ctx.app.routeTable.filter((r) => r.access === 'signed-in')) {
      const url = route.url.replace(/:date/g, '2018-01-01').replace(/:[a-zA-Z]+/g, () => newId());
      const write = route.method !== 'GET' && route.method !== 'DELETE';
      const { status, body } = await ctx.anonymous.request(route.method, url, write ? {} : undefined);
      const answer = documented.get(`${route.method} ${route.url}`)?.[String(status)];
      if (!answer?.description.includes(`\`${body?.error?.code}\``))
        problems.push(`${route.method} ${route.url} ${status} ${body?.error?.code}: not documented`);
    }
    expect(problems).toEqual([]);
  });
});
