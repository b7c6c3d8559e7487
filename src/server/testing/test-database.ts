import { inject } from 'vitest';
import { type Database, openPostgres } from '../db/connection.ts';
import { withDatabase } from './global-setup.ts';

let counter = 0;

/** A fresh, migrated PostgreSQL database for one test file: a clone of the run's template. */
export async function openTestDatabase(poolSize = 5): Promise<Database> {
  const serverUrl = inject('serverUrl');
  const template = inject('template');
  const name = `${template.replace('eiso_tpl_', 'eiso_t_')}_${process.pid}_${++counter}`;
  const admin = await openPostgres(serverUrl, 1);
  try {
    await admin.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.close();
  }
  return openPostgres(withDatabase(serverUrl, name), poolSize);
}

/** A new, empty database (no migrations applied) on the test server. */
export async function openEmptyTestDatabase(poolSize = 2): Promise<Database> {
  const serverUrl = inject('serverUrl');
  const name = `${inject('template').replace('eiso_tpl_', 'eiso_t_')}_${process.pid}_${++counter}_empty`;
  const admin = await openPostgres(serverUrl, 1);
  try {
    await admin.exec(`CREATE DATABASE ${name}`);
  } finally {
    await admin.close();
  }
  return openPostgres(withDatabase(serverUrl, name), poolSize);
}
