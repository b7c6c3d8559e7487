import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { type Database, openPglite, openPostgres } from '../db/connection.ts';
import { withDatabase } from './global-setup.ts';

let counter = 0;

/** A fresh, migrated database for one test file: PGlite in memory, or a PostgreSQL clone. */
export async function openTestDatabase(): Promise<Database> {
  if (process.env.EISO_TEST_DB === 'postgres') {
    const url = process.env.TEST_DATABASE_URL as string;
    const template = inject('postgresTemplate');
    const name = `${template.replace('eiso_tpl_', 'eiso_t_')}_${process.pid}_${++counter}`;
    const admin = await openPostgres(url, 1);
    try {
      await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.close();
    }
    return openPostgres(withDatabase(url, name), 5);
  }
  const tarball = readFileSync(inject('pgliteTemplate'));
  return openPglite({ loadDataDir: new Blob([tarball]) });
}
