// `npm run bench`: runs each suite once on this machine and prints ratios measured in the
// same run (the machine is shared and noisy: compare within a run, not across runs).
// Results also go to bench/results/<time>.json and latest.json. `npm run bench -- http
// start` runs those suites. BENCH_EISO_DIR measures another checkout's eiso;
// BENCH_DATABASE_URL an external PostgreSQL instead of the embedded one.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopLeftoverPostgres } from './lib/demo.ts';
import { eisoRoot } from './lib/eiso.ts';
import { stopAll } from './lib/processes.ts';
import { printTable, type Suite } from './lib/suite.ts';
import { casesSuite } from './suites/cases.ts';
import { documentsSuite } from './suites/documents.ts';
import { httpSuite } from './suites/http.ts';
import { loadSuite } from './suites/load.ts';
import { memorySuite } from './suites/memory.ts';
import { startSuite } from './suites/start.ts';
import { webSuite } from './suites/web.ts';

// The load run changes the demo's data (steps completed): it comes after the others using it.
const suites: Suite[] = [httpSuite, startSuite, memorySuite, webSuite, loadSuite, documentsSuite, casesSuite];

const only = process.argv.slice(2);
const chosen = only.length ? suites.filter((s) => only.includes(s.name)) : suites;
if (chosen.length === 0) {
  console.error(`unknown suite; choose from: ${suites.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const startedAt = new Date();
const machine = {
  node: process.version,
  eiso: eisoRoot,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  loadavg: loadavg(),
};
console.log(
  `eiso bench — ${startedAt.toISOString()} — Node ${machine.node}, ${machine.cpus} CPUs, load average ${machine.loadavg.map((l) => l.toFixed(2)).join(' ')}`,
);

const tmp = mkdtempSync(join(tmpdir(), 'eiso-bench-'));
// Run as root, the embedded PostgreSQL runs as `postgres`, which must reach the data folders.
chmodSync(tmp, 0o755);
const results: Record<string, unknown> = {};
let failed = false;
try {
  for (const suite of chosen) {
    const suiteTmp = join(tmp, suite.name);
    mkdirSync(suiteTmp);
    const t0 = performance.now();
    const { rows, data } = await suite.run({
      tmp: suiteTmp,
      runTmp: tmp,
      log: (m) => console.log(`  [${suite.name}] ${m}`),
    });
    const seconds = (performance.now() - t0) / 1000;
    results[suite.name] = { ...data, seconds };
    printTable(`${suite.title} (${seconds.toFixed(0)} s)`, rows);
  }
} catch (error) {
  failed = true;
  console.error('\nbenchmark failed:', error);
} finally {
  await stopAll();
  await stopLeftoverPostgres(tmp);
  rmSync(tmp, { recursive: true, force: true });
}

const resultsDir = join(import.meta.dirname, 'results');
mkdirSync(resultsDir, { recursive: true });
const file = join(
  resultsDir,
  `${startedAt.toISOString().replace(/[:.]/g, '-')}-${chosen.map((s) => s.name).join('-')}.json`,
);
writeFileSync(
  file,
  `${JSON.stringify({ startedAt: startedAt.toISOString(), machine, suites: chosen.map((s) => s.name), failed, results }, null, 2)}\n`,
);
// Formatted as Biome would, so `npm run lint` stays clean after a run.
spawnSync(join(import.meta.dirname, '../node_modules/.bin/biome'), ['format', '--write', file], {
  stdio: 'ignore',
});
copyFileSync(file, join(resultsDir, 'latest.json'));
console.log(`\nsaved ${file}`);
process.exit(failed ? 1 : 0);
