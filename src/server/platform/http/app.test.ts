import { describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { setupTestApp } from '../../testing/test-app.ts';

const ctx = setupTestApp();

describe('the HTTP surface', () => {
  it('reports health with a database check', async () => {
    const health = await ctx.anonymous.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
  });

  it('publishes OpenAPI 3.1 with every API route and browsable docs', async () => {
    const spec = await ctx.anonymous.get('/api/v1/openapi.json');
    expect(spec.body.openapi).toBe('3.1.0');
    const documented = Object.keys(spec.body.paths);
    expect(documented).toEqual(
      expect.arrayContaining(['/api/v1/people', '/api/v1/units/{id}', '/api/v1/auth/login']),
    );
    const docs = await ctx.anonymous.get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(String(docs.body)).toContain('swagger');
  });

  it('answers unknown API paths with the one error shape', async () => {
    const response = await ctx.anonymous.get('/api/v1/khong-co', { 'accept-language': 'en' });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: { code: 'route.not_found', message: 'Not found, or you may not see it.', details: [] },
    });
  });

  it('rate-limits repeated sign-in attempts from one address', async () => {
    const app = await buildApp({
      database: ctx.database,
      config: {
        publicUrl: 'http://localhost',
        sessionHours: 8,
        loginAttemptsPerMinute: 3,
        webDir: '/nonexistent',
        mailFrom: 'x',
        smtpUrl: undefined,
        dataDir: '/nonexistent',
      },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (
          await app.inject({
            method: 'POST',
            url: '/api/v1/auth/login',
            payload: { username: 'ai.do', password: 'x' },
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    await app.close();
  });
});
