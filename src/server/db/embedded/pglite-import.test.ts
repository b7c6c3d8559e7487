import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../../platform/audit/audit.verify.ts';
import { seedFixture } from '../../testing/fixture.ts';
import { tempDataDir } from '../../testing/temp-data-dir.ts';
import { openEmptyTestDatabase } from '../../testing/test-database.ts';
import { migrate } from '../migrate.ts';
import { importLegacyPglite, openLegacyPglite } from './pglite-import.ts';

const dataDir = tempDataDir('eiso-pglite-import-');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A data folder as eiso ≤ 0.1 left it: PGlite in DATA_DIR/db, with people and their audit trail. */
async function legacyFolder() {
  const database = await openLegacyPglite(dataDir);
  await migrate(database);
  await seedFixture(database.db);
  const [{ n }] = await database.query<{ n: number }>('SELECT count(*)::int AS n FROM people');
  await database.close();
  return n;
}

describe('a data folder of an earlier eiso (PGlite)', () => {
  it('moves into PostgreSQL whole, and keeps the old folder aside', async () => {
    const people = await legacyFolder();
    expect(people).toBeGreaterThan(10);
    const target = await openEmptyTestDatabase();
    try {
      const messages: string[] = [];
      const { rows } = await importLegacyPglite(dataDir, target, (m) => messages.push(m));
      expect(rows).toBeGreaterThan(people);
      const [{ n }] = await target.query<{ n: number }>('SELECT count(*)::int AS n FROM people');
      expect(n).toBe(people);
      expect((await verifyAuditChains(target.db)).problems).toEqual([]);
      expect(existsSync(join(dataDir, 'db'))).toBe(false);
      expect(existsSync(join(dataDir, 'db.pglite-imported', 'PG_VERSION'))).toBe(true);
      expect(messages.join('\n')).toContain('moving the earlier PGlite database to PostgreSQL');
    } finally {
      await target.close();
    }
  }, 120_000);
});
