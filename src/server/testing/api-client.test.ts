import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../db/ids.ts';
import { API_TYPES_FILE, type ApiClient, apiTypes, signedInApiClient } from './api-client.ts';
import { FIXTURE_PASSWORD } from './fixture.ts';
import { openapiDocument } from './openapi-app.ts';
import { setupTestApp } from './test-app.ts';

const ctx = setupTestApp();

describe('a client generated from the OpenAPI description', () => {
  let officer: ApiClient;
  beforeAll(async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx.app.server.address() as AddressInfo;
    officer = await signedInApiClient(`http://127.0.0.1:${port}`, 'x.unit_iso_officer', FIXTURE_PASSWORD);
  });

  it('is generated from the description the app serves (run `npm run api:types` after changing it)', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await apiTypes(await openapiDocument()));
  });

  it('signs in, lists documents and requests a new one', async () => {
    const created = await officer.POST('/api/v1/documents/change-requests', {
      body: {
        kind: 'new',
        reason: 'Xây dựng mới qua API',
        type: 'business_procedure',
        title: 'Quy trình tạo qua API',
        ownerUnitId: ctx.fixture.units.x1.id,
      },
    });
    expect(created.response.status).toBe(201);
    const versionId = created.data!.versionId;
    const version = await officer.GET('/api/v1/document-versions/{id}', {
      params: { path: { id: versionId } },
    });
    expect(version.data?.state).toBe('draft');

    const list = await officer.GET('/api/v1/documents', {
      params: { query: { pageSize: 100, status: 'all' } },
    });
    expect(list.response.status).toBe(200);
    expect(list.data?.items.map((d) => d.title)).toContain('Quy trình tạo qua API');
  });

  it('reads errors in the documented shape', async () => {
    const missing = await officer.GET('/api/v1/documents/{id}', { params: { path: { id: newId() } } });
    expect(missing.response.status).toBe(404);
    expect(missing.error?.error.code).toBe('document.not_found');
    const invalid = await officer.POST('/api/v1/documents/change-requests', {
      body: { kind: 'new', reason: '', type: 'form', title: 'Biểu mẫu' },
    });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error?.error.details.map((d) => d.path)).toContain('reason');
  });
});
