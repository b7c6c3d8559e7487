import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../server/testing/temp-data-dir.ts';

// The real `eiso` processes on one embedded data folder: a server, and commands beside it.
const cli = join(import.meta.dirname, 'eiso.ts');
const dataDir = tempDataDir('eiso-cli-test-');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  WEB_DIR: '/nonexistent',
  LOG_LEVEL: 'warn',
};
delete env.DATABASE_URL;
// Real processes on a busy machine: a start with initdb takes seconds.
const SLOW = 180_000;
const servers: ChildProcess[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startServer(port: number) {
  const server = spawn(process.execPath, [cli, 'serve'], {
    env: { ...env, PORT: String(port), EISO_ADMIN_PASSWORD: 'Quan-tri-2026' },
    stdio: 'ignore',
  });
  servers.push(server);
  for (let i = 0; i < 300; i++) {
    if (await healthy(port)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not answer');
}

const healthy = (port: number) =>
  fetch(`http://127.0.0.1:${port}/api/health`).then(
    (r) => r.ok,
    () => false,
  );

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' });

const postmasterPid = () => {
  const file = join(dataDir, 'pg', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
};

/** PostgreSQL's smart shutdown ends once the last client has gone: wait for it. */
async function postmasterGone() {
  for (let i = 0; i < 100 && postmasterPid() !== undefined; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return postmasterPid() === undefined;
}

const exited = (child: ChildProcess) =>
  new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));

afterAll(async () => {
  for (const server of servers) server.kill('SIGKILL');
  const pid = postmasterPid();
  if (pid) process.kill(pid, 'SIGINT');
  await new Promise((resolve) => setTimeout(resolve, 500));
  rmSync(dataDir, { recursive: true, force: true });
});

// The embedded engine only: under TEST_DATABASE_URL it would run the same processes again.
describe.runIf(process.env.EISO_TEST_SERVER === 'embedded')(
  'the eiso command beside a running server',
  () => {
    it(
      'backs up, adds an administrator and verifies the audit trail while the server answers',
      async () => {
        const port = await freePort();
        const server = await startServer(port);

        const second = run('serve');
        expect(second.status).not.toBe(0);
        expect(second.stderr).toContain(`Another eiso server (PID ${server.pid}) is already running`);

        const admin = run(
          'create-admin',
          '--operator',
          '--username',
          'cli.operator',
          '--password',
          'Van-hanh-2026',
        );
        expect(admin.status, admin.stderr).toBe(0);
        const archive = join(dataDir, 'backup.tar.gz');
        const backup = run('backup', archive);
        expect(backup.status, backup.stderr).toBe(0);
        expect(existsSync(archive)).toBe(true);
        const verify = run('audit', 'verify');
        expect(verify.status, verify.stdout + verify.stderr).toBe(0);
        expect(verify.stdout).toContain('intact');

        expect(await healthy(port)).toBe(true);
        const login = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'cli.operator', password: 'Van-hanh-2026' }),
        });
        expect(login.status).toBe(200);
        // The commands left the server's PostgreSQL running.
        expect(postmasterPid()).toBeDefined();
      },
      SLOW,
    );

    it(
      'after a crash (kill -9) the next start reuses the PostgreSQL left running; a clean stop ends it',
      async () => {
        const crashed = servers[servers.length - 1];
        const pgPid = postmasterPid();
        crashed.kill('SIGKILL');
        await exited(crashed);
        expect(postmasterPid()).toBe(pgPid);

        const port = await freePort();
        const server = await startServer(port);
        expect(postmasterPid()).toBe(pgPid);
        server.kill('SIGTERM');
        await exited(server);
        expect(await postmasterGone()).toBe(true);
        expect(existsSync(join(dataDir, 'eiso.pid'))).toBe(false);

        // With no server, a command starts PostgreSQL itself and stops it after.
        const verify = run('audit', 'verify');
        expect(verify.status, verify.stderr).toBe(0);
        expect(await postmasterGone()).toBe(true);
      },
      SLOW,
    );
  },
);
