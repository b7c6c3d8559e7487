import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { demoData } from '../lib/demo.ts';
import { startEiso } from '../lib/eiso.ts';
import { sleep } from '../lib/net.ts';
import { cpuMsOf, postgresPids } from '../lib/proc.ts';
import { fmt, type Row, type Suite, spread, withRange } from '../lib/suite.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/**
 * Start-up on the demo's data folder (PostgreSQL initialised, migrations up to date):
 * wall time from spawning `eiso serve` to the first 200 of /api/health, and the CPU it
 * used by then. The server (and so its PostgreSQL) is stopped between rounds.
 */
export const startSuite: Suite = {
  name: 'start',
  title: `Start-up on the demo's data folder, ${ROUNDS} rounds`,
  async run({ runTmp, log }) {
    const data = await demoData(runTmp, log);
    const rounds: Array<{ wallMs: number; cpuMs: number; postgresCpuMs: number | null }> = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const server = await startEiso(data);
      const postgresCpuMs = data.databaseUrl ? null : cpuMsOf(postgresPids(data.dataDir));
      rounds.push({ wallMs: server.msToReady, cpuMs: server.cpuMsToReady, postgresCpuMs });
      log(
        `round ${round}/${ROUNDS}: ${fmt.int(server.msToReady)} ms wall, ${fmt.int(server.cpuMsToReady)} ms CPU`,
      );
      await server.stop();
      // Its PostgreSQL stops with it: the next round starts that too.
      const pidFile = join(data.dataDir, 'pg', 'postmaster.pid');
      for (let i = 0; i < 100 && existsSync(pidFile); i++) await sleep(100);
    }
    const wall = spread(rounds.map((r) => r.wallMs / 1000));
    const cpu = spread(rounds.map((r) => r.cpuMs / 1000));
    const pg = data.databaseUrl ? null : spread(rounds.map((r) => (r.postgresCpuMs ?? 0) / 1000));
    const s2 = (n: number) => n.toFixed(2);
    const rows: Row[] = [
      {
        measure: 'spawn → first /api/health 200, wall',
        value: `${s2(wall.median)} s`,
        note: `${withRange(wall, s2)} s; target ≤ 2 s on an idle machine`,
      },
      {
        measure: 'CPU of eiso by then (with pg_ctl)',
        value: `${s2(cpu.median)} s`,
        note: `${withRange(cpu, s2)} s; target ≤ 1.5 s`,
      },
      ...(pg
        ? [
            {
              measure: 'CPU of its PostgreSQL by then',
              value: `${s2(pg.median)} s`,
              note: `${withRange(pg, s2)} s; PostgreSQL started by eiso each round`,
            },
          ]
        : []),
    ];
    return { rows, data: { rounds, wallSeconds: wall, cpuSeconds: cpu, postgresCpuSeconds: pg } };
  },
};
