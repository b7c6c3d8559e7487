import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFile } from '../../../../scripts/vite-precompress.ts';
import { type App, buildApp } from '../../app.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { IMMUTABLE } from './web-app.ts';

const ctx = setupTestApp();

// A built web app in miniature, as `vite build` leaves it: hashed assets with their
// brotli and gzip copies (written by the build's plugin), and index.html.
const indexHtml = `<!doctype html><html><head><script type="module" src="/assets/app-Ab12Cd34.js"></script></head><body><div id="root"></div>${'<!-- eiso -->'.repeat(200)}</body></html>`;
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `từ thứ ${i}`))};\n`;

let webDir: string;
let app: App;
let cookie: string;

beforeAll(async () => {
  webDir = await mkdtemp(join(tmpdir(), 'eiso-web-'));
  await mkdir(join(webDir, 'assets'));
  await writeFile(join(webDir, 'index.html'), indexHtml);
  await writeFile(join(webDir, 'assets', 'app-Ab12Cd34.js'), script);
  await precompressFile(join(webDir, 'index.html'));
  await precompressFile(join(webDir, 'assets', 'app-Ab12Cd34.js'));
  app = await buildApp({
    database: ctx.database,
    config: {
      publicUrl: 'http://localhost',
      sessionHours: 8,
      loginAttemptsPerMinute: 10_000,
      webDir,
      mailFrom: 'x',
      smtpUrl: undefined,
      dataDir: ctx.dataDir,
    },
  });
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'x.admin', password: FIXTURE_PASSWORD },
  });
  cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
});

afterAll(async () => {
  await app?.close();
  if (webDir) await rm(webDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'GET', url, headers: { cookie, ...headers } });

describe('the web app over the wire', () => {
  it('sends a hashed asset as its brotli or gzip copy, kept for a year', async () => {
    const br = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['cache-control']).toBe(IMMUTABLE);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
    expect(br.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 2);

    const gz = await get('/assets/app-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/app-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.body).toBe(script);
  });

  it('answers 404 for an asset that is gone (a page from before an upgrade), not index.html', async () => {
    const gone = await get('/assets/app-0ld0ld00.js');
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('route.not_found');
  });

  it('has index.html checked on every use, for its own address and the app routes', async () => {
    for (const url of ['/', '/documents/0190a0b0-0000-7000-8000-000000000000', '/index.html']) {
      const response = await get(url, { 'accept-encoding': 'br' });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(indexHtml);
      expect(response.headers['content-security-policy'], url).toContain("script-src 'self'");
    }
  });

  it('compresses a large API answer as asked, and leaves a small one as it is', async () => {
    const plain = await get('/api/v1/people?pageSize=100');
    expect(plain.statusCode).toBe(200);
    expect(plain.rawPayload.length).toBeGreaterThan(1024);

    const br = await get('/api/v1/people?pageSize=100', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['content-security-policy']).toContain("default-src 'self'");
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString())).toEqual(plain.json());
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);

    const gz = await get('/api/v1/people?pageSize=100', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(plain.json());

    const small = await get('/api/health', { 'accept-encoding': 'br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json().status).toBe('ok');
  });

  it('sends files that are compressed already (XLSX) as they are', async () => {
    const xlsx = await get('/api/v1/documents/export.xlsx', { 'accept-encoding': 'gzip, br' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    expect(xlsx.headers['content-encoding']).toBeUndefined();
    expect(xlsx.headers['content-disposition']).toMatch(/attachment/);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
