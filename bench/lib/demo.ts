import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, demoAccounts } from '../../src/server/demo/demo-org.ts';
import { type EisoData, eisoCommand } from './eiso.ts';
import { sleep } from './net.ts';

export { DEMO_PASSWORD };
/** Every demo account (41): the load run shares them among its virtual users. */
export const demoUsernames = demoAccounts.map((a) => a.username);

let prepared: Promise<EisoData> | undefined;

/**
 * A data folder with the demo agency loaded, made once per run under `runTmp` (initdb,
 * migrations, `eiso demo`); its embedded PostgreSQL is stopped again when the command ends.
 * With BENCH_DATABASE_URL the demo goes into that database (left as it is if it has it);
 * BENCH_DEMO_DIR names a data folder where the demo is loaded already (used in place).
 */
export function demoData(runTmp: string, log: (m: string) => void): Promise<EisoData> {
  prepared ??= (async () => {
    if (process.env.BENCH_DEMO_DIR) {
      log(`using the demo data folder ${process.env.BENCH_DEMO_DIR} (BENCH_DEMO_DIR)`);
      return { dataDir: process.env.BENCH_DEMO_DIR };
    }
    const data: EisoData = {
      dataDir: join(runTmp, 'demo-data'),
      databaseUrl: process.env.BENCH_DATABASE_URL || undefined,
    };
    log(`loading the demo agency (eiso demo) into ${data.databaseUrl ? 'BENCH_DATABASE_URL' : data.dataDir}`);
    const t0 = performance.now();
    try {
      await eisoCommand(data, ['demo']);
    } catch (error) {
      if (!(data.databaseUrl && /already taken|đã có người dùng/.test(String(error)))) throw error;
      log('the database already has the demo agency: used as it is');
    }
    log(`demo loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return data;
  })();
  return prepared;
}

/**
 * Stops (fast shutdown) any embedded PostgreSQL still running on a data folder under
 * `dir`, as when a server was killed: the bench leaves nothing behind.
 */
export async function stopLeftoverPostgres(dir: string) {
  const pidFiles: string[] = [];
  const walk = (d: string, depth: number) => {
    if (existsSync(join(d, 'pg', 'postmaster.pid'))) pidFiles.push(join(d, 'pg', 'postmaster.pid'));
    if (depth === 0) return;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name), depth - 1);
    }
  };
  if (existsSync(dir)) walk(dir, 3);
  for (const file of pidFiles) {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      continue;
    }
    for (let i = 0; i < 100 && existsSync(file); i++) await sleep(100);
  }
}
