import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAdmin } from '../cli/create-admin.ts';
import { buildApp } from './app.ts';
import { bootstrapFirstAdmin } from './bootstrap.ts';
import type { Database } from './db/connection.ts';
import { createAgencyWithAdmin } from './modules/org/agencies.service.ts';
import { seedFixture } from './testing/fixture.ts';
import { login, testConfig } from './testing/test-app.ts';
import { openTestDatabase } from './testing/test-database.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

/** Signs in on an app over `db` and tries to create an agency: what the operator is for. */
async function createsAgency(db: Database, username: string, password: string, code: string) {
  const app = await buildApp({ database: db, config: testConfig });
  try {
    const person = await login(app, username, password);
    const me = (await person.get('/api/v1/auth/me')).body;
    const created = await person.post('/api/v1/agencies', {
      code,
      name: `Cơ quan ${code}`,
      admin: { fullName: `Quản trị ${code}`, username: `${code.toLowerCase()}.quantri` },
    });
    return { me, status: created.status as number };
  } finally {
    await app.close();
  }
}

describe('first start', () => {
  it('creates the administrator once, with the configured password, able to create agencies', async () => {
    const first = await bootstrapFirstAdmin(database, 'Quantri-2026-x');
    expect(first?.agency.name).toBe('Cơ quan của tôi');
    expect(first?.password).toBeNull();
    expect(await bootstrapFirstAdmin(database, 'Quantri-2026-x')).toBeNull();
    const app = await buildApp({ database, config: testConfig });
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
      await other.post('/api/v1/auth/password', {
        currentPassword: created.body.adminPassword,
        newPassword: 'Quantri-So-2026',
      });
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

  it('creates the operator when agencies exist but nobody creates agencies (the demo loaded first)', async () => {
    const loaded = await openTestDatabase();
    try {
      await seedFixture(loaded.db); // two agencies, their administrators, no operator
      expect((await createsAgency(loaded, 'x.admin', 'Matkhau-2017', 'KHONG')).status).toBe(403);
      const first = await bootstrapFirstAdmin(loaded, 'Van-hanh-2026');
      expect(first?.agency).toMatchObject({ code: 'CQ', name: 'Cơ quan của tôi' });
      expect(await bootstrapFirstAdmin(loaded, 'Van-hanh-2026')).toBeNull();
      const { me, status } = await createsAgency(loaded, 'admin', 'Van-hanh-2026', 'SNV');
      expect(me.abilities.manageAgencies).toBe(true);
      expect(status).toBe(201);

      // `eiso create-admin --operator` makes another operator; without it, an agency administrator.
      vi.spyOn(console, 'log').mockImplementation(() => {});
      await createAdmin(loaded, {
        username: 'vanhanh.hai',
        password: 'Van-hanh-2027',
        agencyCode: 'X',
        operator: true,
      });
      await createAdmin(loaded, { username: 'quantri.x', password: 'Quan-tri-2027', agencyCode: 'X' });
      expect((await createsAgency(loaded, 'vanhanh.hai', 'Van-hanh-2027', 'SYT')).status).toBe(201);
      expect((await createsAgency(loaded, 'quantri.x', 'Quan-tri-2027', 'SGD')).status).toBe(403);
    } finally {
      vi.restoreAllMocks();
      await loaded.close();
    }
  });

  it('creates one operator when two instances start at once', async () => {
    const fresh = await openTestDatabase();
    try {
      const results = await Promise.all([
        bootstrapFirstAdmin(fresh, 'Van-hanh-2026'),
        bootstrapFirstAdmin(fresh, 'Van-hanh-2026'),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('says how to add an operator when the username admin is taken by an agency administrator', async () => {
    const loaded = await openTestDatabase();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      await loaded.db.transaction((tx) =>
        createAgencyWithAdmin(
          tx,
          { actor: null },
          {
            code: 'CQ',
            name: 'Bộ Thử',
            admin: { fullName: 'Quản trị Bộ', username: 'admin', password: 'x' },
          },
        ),
      );
      expect(await bootstrapFirstAdmin(loaded)).toBeNull();
      expect(warn.mock.calls[0][0]).toMatch(/create-admin --operator/);
    } finally {
      warn.mockRestore();
      await loaded.close();
    }
  });
});
