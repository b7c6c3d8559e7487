import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tempDataDir } from '../../src/server/testing/temp-data-dir.ts';

export const ADMIN_PASSWORD = 'E2e-quantri-2026';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export type RunningServer = { url: string; dataDir: string; stop: () => Promise<void> };

/**
 * The built server (dist/web must exist: `npm run build`) on a fresh data folder, as a
 * person would start it. `demo` loads the demo agency first: current as of today, or as of
 * `demoAsOf` (`2017-12-26`: the 2017–2018 story with its own dates).
 */
export async function startServer(
  options: { demo?: boolean; demoAsOf?: string } = {},
): Promise<RunningServer> {
  const dataDir = tempDataDir('eiso-e2e-');
  // E2E_PORT pins the port (a shared machine where each person has their own range).
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    EISO_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: 'warn',
  };
  if (options.demo) await copyDemo(dataDir, options.demoAsOf, env);
  const child = spawn(process.execPath, ['src/cli/eiso.ts', 'serve'], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    stop: async () => {
      await stop(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The demo agency in `dataDir`: loaded once per test run (the files of one `node --test` run share
 * its process as parent) into a folder beside, then copied whole for each file, so every file
 * still starts from the demo as `eiso demo` leaves it.
 */
async function copyDemo(dataDir: string, asOf: string | undefined, env: NodeJS.ProcessEnv) {
  const prefix = 'eiso-e2e-demo-';
  const loaded = join(tmpdir(), `${prefix}${process.ppid}-${asOf ?? 'today'}`);
  removeOtherRuns(prefix);
  const lock = `${loaded}.lock`;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 500)); // another file of this run is loading it
    }
  }
  try {
    if (!existsSync(`${loaded}.ready`)) {
      rmSync(loaded, { recursive: true, force: true });
      mkdirSync(loaded, { mode: 0o755 });
      await run(['src/cli/eiso.ts', 'demo', ...(asOf ? ['--as-of', asOf] : [])], {
        ...env,
        DATA_DIR: loaded,
      });
      writeFileSync(`${loaded}.ready`, '');
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  // cp -a keeps the cluster owned by the OS user PostgreSQL runs as (Node's cpSync would not).
  execFileSync('cp', ['-a', `${loaded}/.`, dataDir]);
}

/** Demo folders of earlier runs whose runner has ended. */
function removeOtherRuns(prefix: string) {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (!name.startsWith(prefix) || !pid || pid === process.ppid || alive(pid)) continue;
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`)),
    );
  });
}

function stop(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
