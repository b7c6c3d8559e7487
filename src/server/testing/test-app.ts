import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { type App, type AppOptions, buildApp } from '../app.ts';
import type { Database } from '../db/connection.ts';
import type { FileStore } from '../platform/files/files.ts';
import { fileStoreFor } from '../platform/files/open-store.ts';
import type { Mail } from '../platform/mail/mail.ts';
import { FIXTURE_PASSWORD, type Fixture, seedFixture } from './fixture.ts';
import { openTestDatabase } from './test-database.ts';

export type Response = { status: number; body: any; headers: LightMyRequestResponse['headers'] };
export type Client = {
  get: (url: string, headers?: Record<string, string>) => Promise<Response>;
  post: (url: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>;
  patch: (url: string, body?: unknown) => Promise<Response>;
  put: (url: string, body?: unknown) => Promise<Response>;
  delete: (url: string) => Promise<Response>;
  /** GET of a file: the body as its bytes. */
  bytes: (
    url: string,
    headers?: Record<string, string>,
  ) => Promise<{ status: number; body: Buffer; headers: LightMyRequestResponse['headers'] }>;
  /**
   * GET of a long streamed download whose content its own test reads: a success gives its
   * status and headers and is cut off there (the stream stops being made); a refusal is read
   * whole, as `get` reads it.
   */
  status: (url: string) => Promise<Response>;
  request: (
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Response>;
};

export type TestContext = {
  app: App;
  database: Database;
  fixture: Fixture;
  /** The e-mails the app tried to send (SMTP lies outside the project). */
  mails: Mail[];
  /** Signs in through the real login route and returns a client carrying cookie and CSRF token. */
  as: (username: string, password?: string) => Promise<Client>;
  anonymous: Client;
  /** A fresh data directory (stored files) for this app, removed afterwards. */
  dataDir: string;
  /** The app's file store (the data directory's files/). */
  files: FileStore;
};

const toResponse = (r: LightMyRequestResponse): Response => {
  let body: unknown = r.body;
  try {
    body = r.json();
  } catch {}
  return { status: r.statusCode, body, headers: r.headers };
};

export function clientFor(app: App, auth: { cookie?: string; csrf?: string; bearer?: string } = {}): Client {
  const request = async (method: string, url: string, body?: unknown, extra: Record<string, string> = {}) => {
    const headers: Record<string, string> = { ...extra };
    if (auth.cookie) headers.cookie = auth.cookie;
    if (auth.csrf) headers['x-csrf-token'] = auth.csrf;
    if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
    return toResponse(
      await app.inject({
        method: method as 'GET',
        url,
        headers,
        ...(body === undefined ? {} : { payload: body as object }),
      }),
    );
  };
  return {
    request,
    get: (url, headers) => request('GET', url, undefined, headers),
    post: (url, body, headers) => request('POST', url, body ?? {}, headers),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    delete: (url) => request('DELETE', url),
    bytes: async (url, extra = {}) => {
      const headers: Record<string, string> = { ...extra };
      if (auth.cookie) headers.cookie = auth.cookie;
      if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
      const r = await app.inject({ method: 'GET', url, headers });
      return { status: r.statusCode, body: r.rawPayload, headers: r.headers };
    },
    status: async (url) => {
      const headers: Record<string, string> = {};
      if (auth.cookie) headers.cookie = auth.cookie;
      if (auth.bearer) headers.authorization = `Bearer ${auth.bearer}`;
      const r = await app.inject({ method: 'GET', url, headers, payloadAsStream: true });
      const stream = r.stream();
      if (r.statusCode >= 200 && r.statusCode < 300) {
        stream.on('error', () => {});
        (r.raw.res as { destroy: () => void }).destroy();
        return { status: r.statusCode, body: undefined, headers: r.headers };
      }
      // A refusal is short and read whole, as `get` reads it (the error shape).
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(Buffer.from(chunk));
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      return { status: r.statusCode, body, headers: r.headers };
    },
  };
}

export async function login(app: App, username: string, password = FIXTURE_PASSWORD): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return clientFor(app, { cookie, csrf: response.json().csrfToken });
}

/** What test apps run with; a test overrides what it is about (and gets no stored files). */
export const testConfig: AppOptions['config'] = {
  publicUrl: 'http://localhost:3000',
  sessionHours: 8,
  loginAttemptsPerMinute: 10_000,
  webDir: '/nonexistent',
  mailFrom: 'eiso <test@localhost>',
  smtpUrl: undefined,
  dataDir: '/nonexistent',
};

/** The configuration every test app is built with, on its own data folder. */
export const testAppConfig = (dataDir: string): AppOptions['config'] => ({ ...testConfig, dataDir });

/** An app on a fresh database with the two-agency fixture, built once per test file. */
export function setupTestApp(): TestContext {
  const context = { mails: [] as Mail[] } as TestContext;
  beforeAll(async () => {
    context.database = await openTestDatabase();
    context.fixture = await seedFixture(context.database.db);
    context.dataDir = await mkdtemp(join(tmpdir(), 'eiso-test-data-'));
    context.files = await fileStoreFor(context);
    context.app = await buildApp({
      database: context.database,
      config: { ...testConfig, dataDir: context.dataDir },
      mailer: {
        send: async (mail) => {
          context.mails.push(mail);
          return true;
        },
      },
    });
    context.as = (username, password) => login(context.app, username, password);
    context.anonymous = clientFor(context.app);
  });
  afterAll(async () => {
    await context.app?.close();
    await context.database?.close();
    if (context.dataDir) await rm(context.dataDir, { recursive: true, force: true });
  });
  return context;
}
