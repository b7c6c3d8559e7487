import { count } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../db/ids.ts';
import { units } from '../../modules/org/org.table.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import { type Client, type Response, setupTestApp } from '../../testing/test-app.ts';
import { multipartFile } from '../../testing/xlsx-upload.ts';
import { docxBomb, xlsxBomb } from '../../testing/zip-bomb.ts';
import { ZIP_MAX_INFLATED_BYTES } from '../zip-limits.ts';

const ctx = setupTestApp();
const en = { 'accept-language': 'en' };

/** The one error shape, and nothing else in the body. */
function expectShape(response: Response, status: number, code: string) {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(Object.keys(response.body)).toEqual(['error']);
  expect(response.body.error).toEqual({ code, message: expect.any(String), details: expect.any(Array) });
  for (const detail of response.body.error.details) {
    expect(detail).toEqual({ path: expect.any(String), message: expect.any(String) });
  }
}

const unitCount = async () => (await ctx.database.db.select({ n: count() }).from(units))[0].n;

describe('sort and filter fields come from the list’s allow-list', () => {
  let admin: Client;
  beforeAll(async () => {
    admin = await ctx.as('x.admin');
  });

  it('answers an unknown sort with 400 naming `sort` and listing what the list sorts by', async () => {
    for (const url of [
      '/api/v1/documents',
      '/api/v1/documents/export.xlsx',
      '/api/v1/people',
      '/api/v1/record-files',
    ]) {
      for (const sort of ['__proto__', 'constructor', '-toString', 'passwordHash', 'code;drop']) {
        const response = await admin.get(`${url}?sort=${encodeURIComponent(sort)}`, en);
        expectShape(response, 400, 'validation.failed');
        expect(response.body.error.details, `${url} ${sort}`).toEqual([
          { path: 'sort', message: expect.stringMatching(/^Must be one of: /) },
        ]);
      }
    }
    const documents = await admin.get('/api/v1/documents?sort=__proto__', en);
    expect(documents.body.error.details[0].message).toBe(
      'Must be one of: code, -code, title, -title, nextReviewDate, -nextReviewDate.',
    );
  });

  it('still sorts by every declared field, both ways', async () => {
    for (const sort of ['code', '-title', 'nextReviewDate'])
      expect((await admin.get(`/api/v1/documents?sort=${sort}`)).status).toBe(200);
    for (const sort of ['fullName', '-username', 'unitName', '-lastLoginAt'])
      expect((await admin.get(`/api/v1/people?sort=${sort}`)).status).toBe(200);
    for (const sort of ['fileCode', '-title', 'startDate', '-endDate'])
      expect((await admin.get(`/api/v1/record-files?sort=${sort}`)).status).toBe(200);
  });

  it('refuses a parameter the list does not declare, naming it (and no more than 40 characters of it)', async () => {
    const sorted = await admin.get('/api/v1/audit-events?sort=createdAt', en);
    expectShape(sorted, 400, 'validation.failed');
    expect(sorted.body.error.details).toEqual([{ path: 'sort', message: 'Unsupported field: sort.' }]);
    const typo = await admin.get('/api/v1/people?unitid=x');
    expect(typo.body.error.details).toEqual([
      { path: 'unitid', message: 'Trường không được hỗ trợ: unitid.' },
    ]);
    const long = await admin.get(`/api/v1/cases?${'k'.repeat(5000)}=1`);
    expectShape(long, 400, 'validation.failed');
    expect(JSON.stringify(long.body).length).toBeLessThan(400);
  });
});

describe('Fastify’s own errors leave in the one shape', () => {
  let admin: Client;
  beforeAll(async () => {
    admin = await ctx.as('x.admin');
  });

  it('answers a path parameter over its length with 414, translated, without repeating the URL', async () => {
    const url = `/api/v1/units/${'a'.repeat(5000)}`;
    const english = await admin.get(url, en);
    expectShape(english, 414, 'request.uri_too_long');
    expect(english.body.error.message).toBe('The request address is too long.');
    expect(JSON.stringify(english.body)).not.toContain('aaaaaaaaaa');
    const vietnamese = await ctx.anonymous.get(url);
    expectShape(vietnamese, 414, 'request.uri_too_long');
    expect(vietnamese.body.error.message).toBe('Địa chỉ yêu cầu quá dài.');
  });

  it('answers a broken URL encoding with 400 without repeating it', async () => {
    const response = await admin.get('/api/v1/units/%E0%A4%Azzzz');
    expectShape(response, 400, 'request.bad_url');
    expect(JSON.stringify(response.body)).not.toContain('zzzz');
  });

  it('refuses a NUL character (which PostgreSQL cannot take) in a query, a path or a body with 400, creating nothing', async () => {
    expectShape(await admin.get('/api/v1/units?q=%00', en), 400, 'request.nul_character');
    expectShape(await admin.get('/api/v1/units/a%00b', en), 400, 'request.nul_character');
    const before = await unitCount();
    const response = await admin.post('/api/v1/units', { code: 'NUL', name: 'Vụ\u0000', kind: 'vu' }, en);
    expectShape(response, 400, 'request.nul_character');
    expect(response.body.error.details[0].path).toBe('name');
    expect(await unitCount()).toBe(before);
  });

  it('answers a JSON body over the limit with 413 naming the limit, and creates nothing', async () => {
    const before = await unitCount();
    const body = JSON.stringify({ code: 'BIG', name: 'x'.repeat(3 * 1024 * 1024), kind: 'vu' });
    const response = await admin.post('/api/v1/units', body, { 'content-type': 'application/json', ...en });
    expectShape(response, 413, 'request.too_large');
    expect(response.body.error.message).toBe('The request body exceeds the 2 MB limit.');
    expect(response.body.error.details).toEqual([{ path: 'body', message: response.body.error.message }]);
    expect(await unitCount()).toBe(before);
  });

  it('refuses a body in a character set other than UTF-8 with 415 and reads UTF-8 as before', async () => {
    const before = await unitCount();
    const body = JSON.stringify({ code: 'U7', name: 'Vụ mã hoá', kind: 'vu' });
    for (const charset of ['utf-7', 'UTF-16', '"latin1"']) {
      const refused = await admin.post('/api/v1/units', body, {
        'content-type': `application/json; charset=${charset}`,
      });
      expectShape(refused, 415, 'request.charset');
    }
    expect(await unitCount()).toBe(before);
    const accepted = await admin.post('/api/v1/units', body, {
      'content-type': 'application/json; charset=UTF-8',
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
  });

  it('refuses a body sent to an operation that takes none, after sign-in is checked', async () => {
    const body = JSON.stringify({ version: 1 });
    const json = { 'content-type': 'application/json' };
    expectShape(await admin.request('GET', '/api/v1/units', body, json), 400, 'request.body_not_allowed');
    expectShape(
      await admin.request('GET', '/api/v1/units', 'x', { 'content-type': 'text/plain' }),
      400,
      'request.body_not_allowed',
    );
    const { versionId } = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.xAdmin,
      state: 'in_force',
    });
    const acknowledge = `/api/v1/document-versions/${versionId}/acknowledge`;
    expectShape(await admin.post(acknowledge, { note: 'đã đọc' }), 400, 'request.body_not_allowed');
    const grant = `/api/v1/people/${newId()}/grants/${newId()}`;
    expectShape(await admin.request('DELETE', grant, body, json), 400, 'request.body_not_allowed');
    // No body, or an empty JSON object as many clients send, is no body.
    const emptyObject = await admin.post(acknowledge);
    const none = await admin.request('POST', acknowledge);
    expect(emptyObject.body.error?.code).not.toBe('request.body_not_allowed');
    expect([emptyObject.status, emptyObject.body]).toEqual([none.status, none.body]);
    expect((await admin.request('DELETE', grant)).status).toBe(404);
    expectShape(await ctx.anonymous.request('GET', '/api/v1/units', body, json), 401, 'auth.unauthenticated');
  });

  it('answers a body that is not JSON, or of a type eiso does not read, in the shape', async () => {
    const json = { 'content-type': 'application/json' };
    expectShape(await admin.post('/api/v1/units', '{"code":', json), 400, 'request.invalid_json');
    expectShape(
      await admin.post('/api/v1/units', '<unit/>', { 'content-type': 'application/xml' }),
      415,
      'request.media_type',
    );
  });
});

describe('uploads', () => {
  let admin: Client;
  beforeAll(async () => {
    admin = await ctx.as('x.admin');
  });
  const uploadRoutes = () => [
    '/api/v1/people/import',
    `/api/v1/document-versions/${newId()}/attachments`,
    `/api/v1/records-catalogues/${newId()}/import`,
    `/api/v1/record-files/${newId()}/items`,
    `/api/v1/cases/${newId()}/complete`,
    `/api/v1/document-versions/${newId()}/signed-decisions`,
    `/api/v1/nonconformities/${newId()}/actions/${newId()}/evidence`,
    `/api/v1/steering/directives/${newId()}/evidence`,
  ];
  /** Uploads that take several files at once (a master list with its documents). */
  const manyFileRoutes = ['/api/v1/documents/import/check', '/api/v1/documents/import'];

  it('answers a multipart body that does not match its header with 400 on every upload route', async () => {
    const { payload } = multipartFile('quy-trinh.pdf', '%PDF-1.4\n%%EOF\n', { title: 'Tờ trình' });
    expect(uploadRoutes().length + manyFileRoutes.length).toBe(
      ctx.app.routeTable.filter(
        (r) =>
          /import|attachments$|record-files\/:id\/items$|cases\/:id\/complete$|signed-decisions$|evidence$/.test(
            r.url,
          ) && r.method === 'POST',
      ).length,
    );
    for (const url of [...uploadRoutes(), ...manyFileRoutes]) {
      for (const contentType of ['multipart/form-data; boundary=khac', 'multipart/form-data']) {
        const response = await admin.post(url, payload, { 'content-type': contentType, ...en });
        expectShape(response, 400, 'upload.malformed');
        expect(response.body.error.details[0].path, url).toBe('file');
      }
      const cut = await admin.post(url, payload.subarray(0, 60), {
        'content-type': 'multipart/form-data; boundary=eisoTestBoundary',
      });
      expectShape(cut, 400, 'upload.malformed');
    }
  });

  it('takes one file per upload: a second one is refused, not silently dropped', async () => {
    const part = (name: string) =>
      `--b\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n%PDF-1.4\r\n`;
    const payload = `${part('a.pdf')}${part('b.pdf')}--b--\r\n`;
    for (const url of uploadRoutes()) {
      const response = await admin.post(url, payload, { 'content-type': 'multipart/form-data; boundary=b' });
      expectShape(response, 413, 'upload.too_many_parts');
    }
  });

  it('names a bad field of a multipart completion in the caller’s language', async () => {
    const { payload, headers } = multipartFile('ket-qua.pdf', '%PDF-1.4\n%%EOF\n', { version: 'một' });
    const url = `/api/v1/cases/${newId()}/complete`;
    const vietnamese = await admin.post(url, payload, headers);
    const english = await admin.post(url, payload, { ...headers, ...en });
    expectShape(vietnamese, 400, 'validation.failed');
    expect(vietnamese.body.error.details).toEqual([
      { path: 'version', message: 'Sai kiểu dữ liệu, cần số.' },
    ]);
    expect(english.body.error.details).toEqual([
      { path: 'version', message: 'Wrong type, expected number.' },
    ]);
  });

  it('refuses a DOCX or XLSX that unpacks to more than the limit and stores nothing', async () => {
    const megabytes = ZIP_MAX_INFLATED_BYTES / 1024 / 1024 + 1;
    const { versionId } = await seedDocument(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.xAdmin,
      state: 'draft',
    });
    const attachments = `/api/v1/document-versions/${versionId}/attachments`;
    const docx = multipartFile('quy-trinh.docx', await docxBomb(megabytes));
    const attached = await admin.post(attachments, docx.payload, { ...docx.headers, ...en });
    expectShape(attached, 413, 'file.unpacked_too_large');
    expect(attached.body.error.message).toBe(
      'The package (DOCX, XLSX) unpacks to more than 100 MB; eiso does not accept it.',
    );
    expect((await admin.get(attachments)).body.items).toEqual([]);
    const people = await admin.get('/api/v1/people?pageSize=100');
    const xlsx = multipartFile('nguoi-dung.xlsx', await xlsxBomb(megabytes));
    expectShape(
      await admin.post('/api/v1/people/import', xlsx.payload, xlsx.headers),
      413,
      'file.unpacked_too_large',
    );
    expect((await admin.get('/api/v1/people?pageSize=100')).body.total).toBe(people.body.total);
  });
});
