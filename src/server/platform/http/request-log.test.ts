import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../app.ts';
import type { Database } from '../../db/connection.ts';
import { openTestDatabase } from '../../testing/test-database.ts';

describe('request log', () => {
  const lines: Array<Record<string, unknown>> = [];
  let database: Database;
  let app: App;
  beforeAll(async () => {
    database = await openTestDatabase(2);
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    app = await buildApp({
      database,
      logger: { level: 'info', stream },
      config: {
        publicUrl: 'http://localhost:3000',
        sessionHours: 8,
        loginAttemptsPerMinute: 100,
        webDir: '/nonexistent',
        mailFrom: 'eiso <test@localhost>',
        smtpUrl: undefined,
        dataDir: '/nonexistent',
      },
      mailer: { send: async () => true },
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('writes one line per request at info, none for the health check', async () => {
    lines.length = 0;
    await app.inject({ method: 'GET', url: '/api/health' });
    await app.inject({ method: 'GET', url: '/api/v1/auth/me?x=1' });
    const requests = lines.filter((l) => l.level === 30);
    expect(requests).toEqual([
      expect.objectContaining({ method: 'GET', url: '/api/v1/auth/me?x=1', status: 401, msg: 'request' }),
    ]);
    expect(requests[0].ms).toEqual(expect.any(Number));
  });
});
