import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './net.ts';
import { type Started, startAndWait } from './processes.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The project's pinned Node 24 (what `npm run` uses). */
export const nodeBin = `${root}node_modules/.bin/node`;
/** The checkout whose eiso is measured: this one, or BENCH_EISO_DIR (another checkout). */
export const eisoRoot = process.env.BENCH_EISO_DIR ? `${resolve(process.env.BENCH_EISO_DIR)}/` : root;
export const ADMIN_PASSWORD = 'Bench-Matkhau-2026';

export type EisoServer = Started & { port: number; base: string };

/**
 * Where eiso keeps its data: an embedded PostgreSQL in `dataDir`, or the database at
 * `databaseUrl` (BENCH_DATABASE_URL) with only the files in `dataDir`.
 */
export type EisoData = { dataDir: string; databaseUrl?: string };

const dataEnv = (data: EisoData): Record<string, string> => ({
  DATA_DIR: data.dataDir,
  ...(data.databaseUrl ? { DATABASE_URL: data.databaseUrl } : {}),
});

/**
 * `eiso serve` as a child process on a free loopback port, ready once /api/health answers;
 * at the shipped log level (info) unless `env` says otherwise, sign-ins not limited.
 */
export async function startEiso(
  data: EisoData | string,
  env: Record<string, string> = {},
): Promise<EisoServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = await startAndWait({
    name: 'eiso',
    command: nodeBin,
    args: [...SHIPPED_NODE_FLAGS, `${eisoRoot}src/cli/eiso.ts`, 'serve'],
    cwd: eisoRoot,
    env: {
      ...dataEnv(typeof data === 'string' ? { dataDir: data } : data),
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      EISO_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'info',
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      ...env,
    },
    readyUrl: `${base}/api/health`,
  });
  return { ...started, port, base };
}

/** The Node flags of package.json's `start` script: the bench measures what ships. */
export const SHIPPED_NODE_FLAGS = ['--max-semi-space-size=8'];

/** Runs an eiso command (`demo`, `migrate`…) to its end; rejects with its output if it fails. */
export function eisoCommand(data: EisoData, args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(nodeBin, [`${eisoRoot}src/cli/eiso.ts`, ...args], {
      cwd: eisoRoot,
      env: { ...process.env, ...dataEnv(data) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0 ? done(output) : fail(new Error(`eiso ${args.join(' ')} exited ${code}:\n${output}`)),
    );
  });
}

export type Session = { cookie: string; csrfToken: string };

/** Signs in to a started eiso; a failure shows the end of the server's output. */
export async function signInTo(server: EisoServer, username: string, password: string): Promise<Session> {
  try {
    return await signIn(server.base, username, password);
  } catch (error) {
    throw new Error(`${(error as Error).message}\neiso's output:\n${server.output()}`);
  }
}

/** Signs in through the API; the cookie and CSRF token then go on every request. */
export async function signIn(base: string, username = 'admin', password = ADMIN_PASSWORD): Promise<Session> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await response.json()) as { csrfToken?: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('eiso_session='));
  if (!response.ok || !cookie || !body.csrfToken) {
    throw new Error(`sign-in failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return { cookie, csrfToken: body.csrfToken };
}

/** A JSON request as a signed-in user; throws on a non-2xx answer. */
export async function api<T>(
  base: string,
  session: Session,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}
