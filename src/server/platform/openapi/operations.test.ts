import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../app.ts';
import { buildAppWithoutDatabase } from '../../testing/openapi-app.ts';
import { routeKey } from './describe.ts';
import { operations } from './document.ts';
import { ERROR_STATUS } from './error-codes.ts';

/** The routes the description documents: the API, and the health probe. */
const documented = (r: { url: string }) =>
  (r.url.startsWith('/api/v1') && r.url !== '/api/v1/openapi.json') || r.url === '/api/health';

describe('OpenAPI operations', () => {
  let app: App;
  let document: Record<string, any>;
  beforeAll(async () => {
    app = await buildAppWithoutDatabase();
    document = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  });
  afterAll(() => app.close());

  it('has an entry in the catalogue for every route, and none for a route that is gone', () => {
    const registered = app.routeTable.filter(documented).map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((key) => !(key in operations))).toEqual([]);
    expect(Object.keys(operations).filter((key) => !registered.includes(key))).toEqual([]);
  });

  it('gives every operation a unique, stable operationId', () => {
    const ids = Object.values(operations).map((o) => o.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)+$/.test(id))).toEqual([]);
  });

  it('lists a not-found code for every route that reads a record by its path, and only known codes', () => {
    // PUT sets the record at its key (a day, a document type): nothing to miss.
    const withoutNotFound = Object.entries(operations)
      .filter(([key]) => key.includes('/:') && !key.startsWith('PUT '))
      .filter(([, o]) => !o.errors.some((c) => c.endsWith('.not_found')))
      .map(([key]) => key);
    expect(withoutNotFound).toEqual([]);
    const unknown = Object.values(operations)
      .flatMap((o) => o.errors)
      .filter((c) => !c.endsWith('.not_found') && !(c in ERROR_STATUS));
    expect(unknown).toEqual([]);
  });

  it('serves every operation with its id, summary, tag and its 4xx answers in the one error schema', () => {
    expect(document.servers).not.toEqual([]);
    expect(document.info.license.identifier).toBe('AGPL-3.0-or-later');
    expect(document.components.schemas.Error.required).toEqual(['error']);
    const problems: string[] = [];
    for (const [path, methods] of Object.entries<Record<string, any>>(document.paths)) {
      for (const [method, op] of Object.entries<any>(methods)) {
        const key = routeKey(method, path);
        const entry = operations[key as keyof typeof operations];
        if (!entry || op.operationId !== entry.id || op.summary !== entry.vi || op.tags[0] !== entry.tag)
          problems.push(`${key}: not described from the catalogue`);
        const errors = Object.entries<any>(op.responses).filter(([status]) => status.startsWith('4'));
        if (!errors.length) problems.push(`${key}: no 4xx answer`);
        for (const [status, response] of errors) {
          if (response.content['application/json'].schema.$ref !== '#/components/schemas/Error')
            problems.push(`${key} ${status}: not the Error schema`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('documents what a route of each kind answers', () => {
    const responses = (path: string, method: string) => document.paths[path][method].responses;
    // A write with a version: stale → 409.
    expect(responses('/api/v1/units/{id}', 'patch')['409'].description).toContain('record.stale');
    // An upload: 413 and its form.
    expect(responses('/api/v1/people/import', 'post')['413'].description).toContain('file.too_large');
    expect(
      document.paths['/api/v1/people/import'].post.requestBody.content['multipart/form-data'],
    ).toBeTruthy();
    // A scoped read: 404; sign-in: 401 and 403.
    expect(Object.keys(responses('/api/v1/documents/{id}', 'get'))).toEqual([
      '200',
      '400',
      '401',
      '403',
      '404',
      '414',
    ]);
    // A JSON body can be broken, too large or in another charset.
    expect(Object.keys(responses('/api/v1/positions', 'post'))).toEqual([
      '201',
      '400',
      '401',
      '403',
      '409',
      '413',
      '415',
    ]);
    // Until a one-time password is changed, everything but changing it, sign-out and "me" is refused.
    expect(responses('/api/v1/documents', 'get')['403'].description).toContain(
      'auth.password_change_required',
    );
    expect(responses('/api/v1/auth/password', 'post')['403'].description).not.toContain('password_change');
    // Sign-in is public: its 401 is wrong credentials, and it needs no security.
    expect(responses('/api/v1/auth/login', 'post')['401'].description).toContain('auth.invalid_credentials');
    expect(document.paths['/api/v1/auth/login'].post.security).toEqual([]);
  });
});
