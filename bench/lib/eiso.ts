import { fileURLToPath } from 'node:url';
import { freePort } from './net.ts';
import { type Started, startAndWait } from './processes.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
/** The project's pinned Node 24 (what `npm run` uses). */
export const nodeBin = `${root}node_modules/.bin/node`;
export const ADMIN_PASSWORD = 'Bench-Matkhau-2026';

export type EisoServer = Started & { port: number; base: string };

/** `eiso serve` as a child process on a free loopback port, ready once /api/health answers. */
export async function startEiso(dataDir: string, env: Record<string, string> = {}): Promise<EisoServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = await startAndWait({
    name: 'eiso',
    command: nodeBin,
    args: [`${root}src/cli/eiso.ts`, 'serve'],
    env: {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      EISO_ADMIN_PASSWORD: ADMIN_PASSWORD,
      LOG_LEVEL: 'warn',
      ...env,
    },
    readyUrl: `${base}/api/health`,
  });
  return { ...started, port, base };
}

export type Session = { cookie: string; csrfToken: string };

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
