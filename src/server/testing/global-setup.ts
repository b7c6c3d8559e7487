import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../db/connection.ts';
import { startEmbeddedPostgres } from '../db/embedded/cluster.ts';
import { migrate } from '../db/migrate.ts';
import { tempDataDir } from './temp-data-dir.ts';

declare module 'vitest' {
  interface ProvidedContext {
    /** The PostgreSQL server's maintenance database (tests create their databases there). */
    serverUrl: string;
    /** The migrated template database each test file clones. */
    template: string;
  }
}

/**
 * One PostgreSQL server per project: the embedded PostgreSQL eiso ships (started here in a
 * temporary folder, without fsync: tests need no durability) or the server named by
 * TEST_DATABASE_URL. One template database is migrated per run; each test file clones it.
 */
export default async function setup(project: TestProject) {
  const run = `${process.pid}_${Date.now()}`;
  let serverUrl: string;
  let stopServer = async () => {};
  if (project.config.env?.EISO_TEST_SERVER === 'embedded') {
    const dataDir = tempDataDir('eiso-test-pg-');
    const cluster = await startEmbeddedPostgres({
      dataDir,
      settings: [
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=200',
      ],
    });
    serverUrl = withDatabase(cluster.url, 'postgres');
    stopServer = async () => {
      await cluster.stop('fast');
      rmSync(dataDir, { recursive: true, force: true });
    };
  } else {
    serverUrl = process.env.TEST_DATABASE_URL as string;
  }
  const admin = await openPostgres(serverUrl, 1);
  const name = `eiso_tpl_${run}`;
  await admin.exec(`CREATE DATABASE ${name}`);
  const template = await openPostgres(withDatabase(serverUrl, name), 1);
  await migrate(template);
  await template.close();
  project.provide('serverUrl', serverUrl);
  project.provide('template', name);
  return async () => {
    const clones = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname LIKE $1`,
      [`eiso_t_${run}%`],
    );
    for (const { datname } of clones) await admin.exec(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.close();
    await stopServer();
  };
}

export function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
