import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../app.ts';
import type { Database } from '../../db/connection.ts';
import { FIXTURE_PASSWORD, type Fixture, seedFixture } from '../../testing/fixture.ts';
import { testConfig } from '../../testing/test-app.ts';
import { openTestDatabase } from '../../testing/test-database.ts';
import { auditEvents } from '../audit/audit.table.ts';
import { loginFailures } from './auth.table.ts';
import { LOGIN_LIMIT_WINDOW_MS, purgeLoginFailures } from './login-limits.ts';

const LIMIT = 3;
let database: Database;
let fixture: Fixture;
const apps: App[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  fixture = await seedFixture(database.db);
});
afterAll(async () => {
  for (const app of apps) await app.close();
  await database?.close();
});

/** An instance of eiso on the shared test database. */
async function instance(trustProxy: string[] | false = false, attempts = LIMIT) {
  const app = await buildApp({
    database,
    config: { ...testConfig, loginAttemptsPerMinute: attempts, trustProxy },
  });
  apps.push(app);
  return app;
}

const signIn = async (
  app: App,
  from: string,
  username: string,
  password = 'sai-mat-khau',
  forwardedFor?: string,
) => {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress: from,
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
    payload: { username, password },
  });
  return { status: response.statusCode, code: response.json().error?.code as string | undefined };
};

const auditedAddresses = async (personId: string) =>
  (
    await database.db
      .select({ ip: auditEvents.ip })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, personId), eq(auditEvents.action, 'login_failed')))
  ).map((e) => e.ip);

describe('sign-in limits', () => {
  it('ignores X-Forwarded-For when no proxy is trusted: a new header each time does not help', async () => {
    const app = await instance();
    for (let i = 0; i < LIMIT; i++) {
      const tried = await signIn(app, '203.0.113.1', `khong.co.${i}`, 'x', `198.51.100.${i}`);
      expect(tried.status).toBe(401);
    }
    const refused = await signIn(app, '203.0.113.1', 'khong.co.9', 'x', '198.51.100.99');
    expect(refused).toEqual({ status: 429, code: 'rate_limited' });

    await signIn(app, '203.0.113.2', 'x1a.staff', 'x', '198.51.100.50');
    expect(await auditedAddresses(fixture.x1aStaff)).toEqual(['203.0.113.2']);
  });

  it('believes a listed proxy: each client behind it is counted (and audited) on its own', async () => {
    const app = await instance(['10.0.0.1']);
    for (let i = 0; i < LIMIT; i++) {
      expect((await signIn(app, '10.0.0.1', `khach.${i}`, 'x', '198.51.100.20')).status).toBe(401);
    }
    expect((await signIn(app, '10.0.0.1', 'khach.9', 'x', '198.51.100.20')).status).toBe(429);
    expect((await signIn(app, '10.0.0.1', 'khach.9', 'x', '198.51.100.21')).status).toBe(401);

    await signIn(app, '10.0.0.1', 'x2.staff', 'x', '198.51.100.22');
    expect(await auditedAddresses(fixture.x2Staff)).toEqual(['198.51.100.22']);
  });

  it('does not count successful sign-ins: an office behind one address signs in at 8:00', async () => {
    const app = await instance();
    for (let i = 0; i < LIMIT + 3; i++) {
      expect((await signIn(app, '203.0.113.3', 'x.admin', FIXTURE_PASSWORD)).status).toBe(200);
    }
    expect((await signIn(app, '203.0.113.3', 'x.admin', 'sai')).status).toBe(401);
    expect((await signIn(app, '203.0.113.3', 'x.admin', FIXTURE_PASSWORD)).status).toBe(200);
  });

  it('limits failures for one username from many addresses', async () => {
    const app = await instance();
    for (let i = 0; i < LIMIT; i++) {
      expect((await signIn(app, `203.0.113.${10 + i}`, 'Ai.Do', 'x')).status).toBe(401);
    }
    expect((await signIn(app, '203.0.113.19', 'ai.do', 'x')).status).toBe(429);
  });

  it('is shared by every instance on the database', async () => {
    const first = await instance();
    const second = await instance();
    expect((await signIn(first, '203.0.113.4', 'mot', 'x')).status).toBe(401);
    expect((await signIn(second, '203.0.113.4', 'hai', 'x')).status).toBe(401);
    expect((await signIn(first, '203.0.113.4', 'ba', 'x')).status).toBe(401);
    expect((await signIn(second, '203.0.113.4', 'bon', 'x')).status).toBe(429);
  });

  it('locks the account even when wrong passwords arrive all at once', async () => {
    const app = await instance(false, 100);
    const tries = Array.from({ length: 8 }, (_, i) =>
      signIn(app, `203.0.113.${30 + i}`, 'x.unit_leadership'),
    );
    expect((await Promise.all(tries)).every((t) => t.status === 401)).toBe(true);
    const locked = await signIn(app, '203.0.113.40', 'x.unit_leadership', FIXTURE_PASSWORD);
    expect(locked).toEqual({ status: 423, code: 'auth.locked' });
  });

  it('purges the failures too old to count', async () => {
    const count = async () =>
      (await database.db.select({ n: sql<number>`count(*)::int` }).from(loginFailures))[0].n;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    expect(await purgeLoginFailures(database.db, new Date())).toBe(0);
    const later = new Date(Date.now() + LOGIN_LIMIT_WINDOW_MS + 1000);
    expect(await purgeLoginFailures(database.db, later)).toBe(before);
    expect(await count()).toBe(0);
  });
});
