import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app.ts';
import { openPostgres } from '../db/connection.ts';
import { withDatabase } from './global-setup.ts';
import { login, type TestContext, testAppConfig } from './test-app.ts';

/** Requests fired together in the concurrency tests. */
export const TOGETHER = 10;

/**
 * A second app on the test file's PostgreSQL database, with a pool wide enough that
 * `TOGETHER` requests fired at once each run in their own connection and transaction,
 * truly concurrently (the test file's own pool is narrower). PostgreSQL only.
 */
export async function wideApp(ctx: TestContext) {
  const [{ name }] = await ctx.database.query<{ name: string }>('select current_database() as name');
  const database = await openPostgres(
    withDatabase(process.env.TEST_DATABASE_URL as string, name),
    TOGETHER + 2,
  );
  const app = await buildApp({
    database,
    config: testAppConfig(ctx.dataDir),
    mailer: { send: async () => true },
  });
  return {
    app,
    database,
    as: (username: string) => login(app, username),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Fires `TOGETHER` copies of one request at once and returns their answers. */
export const together = <T>(send: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: TOGETHER }, (_, i) => send(i)));

export const statuses = (responses: Array<{ status: number }>) =>
  responses.map((r) => r.status).sort((a, b) => a - b);

/** The file's wide app, built after the test app and closed after the file's tests. */
export function setupWideApp(ctx: TestContext) {
  const wide = {} as Awaited<ReturnType<typeof wideApp>>;
  beforeAll(async () => {
    Object.assign(wide, await wideApp(ctx));
  });
  afterAll(async () => wide.close?.());
  return wide;
}
