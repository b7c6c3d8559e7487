import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
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
  if (options.demo)
    await run(['src/cli/eiso.ts', 'demo', ...(options.demoAsOf ? ['--as-of', options.demoAsOf] : [])], env);
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
