import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { bootstrapFirstAdmin } from './bootstrap.ts';
import type { Database } from './db/connection.ts';
import { login } from './testing/test-app.ts';
import { openTestDatabase } from './testing/test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('first start', () => {
  it('creates the administrator once, with the configured password, able to create agencies', async () => {
    const first = await bootstrapFirstAdmin(database, 'Quantri-2026-x');
    expect(first?.agency.name).toBe('Cơ quan của tôi');
    expect(first?.password).toBeNull();
    expect(await bootstrapFirstAdmin(database, 'Quantri-2026-x')).toBeNull();
    const app = await buildApp({
      database,
      config: {
        publicUrl: 'http://localhost',
        sessionHours: 8,
        loginAttemptsPerMinute: 100,
        webDir: '/nonexistent',
        mailFrom: 'x',
        smtpUrl: undefined,
        dataDir: '/nonexistent',
      },
    });
    try {
      const admin = await login(app, 'admin', 'Quantri-2026-x');
      const me = (await admin.get('/api/v1/auth/me')).body;
      expect(me.abilities).toEqual({
        administer: true,
        administerAgency: true,
        viewAudit: true,
        manageAgencies: true,
      });
      const created = await admin.post('/api/v1/agencies', {
        code: 'SKHCN',
        name: 'Sở Khoa học và Công nghệ',
        admin: { fullName: 'Quản trị Sở', username: 'skhcn.quantri' },
      });
      expect(created.status).toBe(201);
      const other = await login(app, 'skhcn.quantri', created.body.adminPassword);
      const otherMe = (await other.get('/api/v1/auth/me')).body;
      expect(otherMe.agency.code).toBe('SKHCN');
      expect(otherMe.person.mustChangePassword).toBe(true);
      expect(otherMe.abilities.manageAgencies).toBe(false);
      expect((await other.get('/api/v1/agencies')).body).toHaveLength(1);
      expect((await admin.get('/api/v1/agencies')).body).toHaveLength(2);
    } finally {
      await app.close();
    }
  });

  it('prints a random one-time password when none is configured', async () => {
    const fresh = await openTestDatabase();
    try {
      const first = await bootstrapFirstAdmin(fresh);
      expect(first?.password).toMatch(/^.{10,}$/);
    } finally {
      await fresh.close();
    }
  });
});
