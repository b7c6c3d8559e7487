import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { expect } from 'vitest';
import type { ProcedureStep } from '../../../../contract/documents.ts';
import { FIXTURE_PASSWORD } from '../../../testing/fixture.ts';
import type { Client, TestContext } from '../../../testing/test-app.ts';

/** Steps whose text has every kind of Vietnamese diacritic, with a branch back to B1. */
export const steps: ProcedureStep[] = [
  {
    id: 'B1',
    action: 'Tiếp nhận đề nghị ban hành, sửa đổi tài liệu',
    who: 'Cán bộ đầu mối ISO',
    durationDays: 1,
    output: 'Phiếu đề nghị',
  },
  {
    id: 'B2',
    action: 'Quy trình kiểm soát tài liệu; Lãnh đạo Bộ phê duyệt; Điều chỉnh, ưu tiên, hướng dẫn',
    who: 'Lãnh đạo đơn vị',
    durationDays: 3,
    output: 'Dự thảo đã xem xét',
    condition: 'Dự thảo đạt yêu cầu?',
    yesNext: 'B3',
    noNext: 'B1',
  },
  {
    id: 'B3',
    action: 'Phát hành và lưu hồ sơ',
    who: 'Văn thư',
    durationDays: 0.5,
    output: 'Quyết định ban hành',
  },
];

export const content = {
  purpose: 'Thống nhất cách biên soạn, phê duyệt và kiểm soát tài liệu của Hệ thống quản lý chất lượng.',
  scope: 'Áp dụng đối với các đơn vị thuộc Bộ.',
  references: [{ text: 'TCVN ISO 9001:2015 Hệ thống quản lý chất lượng – Các yêu cầu' }],
  definitions: [{ term: 'HTQLCL', meaning: 'Hệ thống quản lý chất lượng' }],
  steps,
  forms: [{ code: 'BM-X1-01-01', title: 'Phiếu đề nghị ban hành, sửa đổi tài liệu' }],
  records: [
    { name: 'Phiếu đề nghị đã duyệt', keeper: 'Thư ký ISO', location: 'Vụ Một', retention: '05 năm' },
  ],
};

const sign = { password: FIXTURE_PASSWORD };

export function documentDriver(ctx: TestContext) {
  async function act(client: Client, versionId: string, action: string, extra: Record<string, unknown> = {}) {
    const current = (await client.get(`/api/v1/document-versions/${versionId}`)).body;
    const response = await client.post(`/api/v1/document-versions/${versionId}/transitions`, {
      action,
      version: current.version,
      ...extra,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  }
  /** A draft procedure of unit X1 with the content above, written by its ISO officer. */
  async function draft(fields: {
    code: string;
    title: string;
    type?: string;
    body?: Record<string, unknown>;
  }) {
    const officer = await ctx.as('x.unit_iso_officer');
    const created = await officer.post('/api/v1/documents/change-requests', {
      kind: 'new',
      reason: 'Xây dựng mới',
      type: fields.type ?? 'system_procedure',
      title: fields.title,
      code: fields.code,
      ownerUnitId: ctx.fixture.units.x1.id,
    });
    expect(created.status).toBe(201);
    await edit(created.body.versionId, fields.body ?? content, 'Ban hành lần đầu');
    return created.body as { documentId: string; versionId: string };
  }
  async function edit(versionId: string, body: Record<string, unknown>, changeSummary: string) {
    const officer = await ctx.as('x.unit_iso_officer');
    const current = (await officer.get(`/api/v1/document-versions/${versionId}`)).body;
    const saved = await officer.patch(`/api/v1/document-versions/${versionId}`, {
      version: current.version,
      content: body,
      changeSummary,
    });
    expect(saved.status).toBe(200);
  }
  /** Submitted, reviewed, checked and approved, in force from `effectiveDate`. */
  async function issue(versionId: string, dates: { issueDate: string; effectiveDate: string }) {
    await act(await ctx.as('x.unit_iso_officer'), versionId, 'submit_review');
    await act(await ctx.as('x.unit_unit_head'), versionId, 'review_approve', sign);
    await act(await ctx.as('x.secretariat_all'), versionId, 'check_approve', sign);
    return act(await ctx.as('x.leadership_all'), versionId, 'approve', {
      ...sign,
      decisionNo: '125/QĐ-BTN',
      ...dates,
    });
  }
  return { act, draft, edit, issue };
}

/** GET of a file as its bytes, signed in once per person through the real login route. */
export function fileClient(ctx: TestContext) {
  const clients = new Map<string, Promise<Client>>();
  return async (username: string, url: string) => {
    if (!clients.has(username)) clients.set(username, ctx.as(username));
    return (await clients.get(username)!).bytes(url);
  };
}

const run = promisify(execFile);

/** The text of a PDF as poppler's pdftotext reads it (`raw`: in drawing order, a table row by row). */
export async function pdfText(pdf: Buffer, mode: 'normal' | 'raw' = 'normal'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'eiso-pdf-'));
  try {
    await writeFile(join(dir, 'a.pdf'), pdf);
    const args = mode === 'raw' ? ['-raw', 'a.pdf', '-'] : ['a.pdf', '-'];
    return (await run('pdftotext', args, { cwd: dir, encoding: 'utf8' })).stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Whitespace folded to single spaces, so text wrapped in a table cell reads as one line. */
export const folded = (text: string) => text.replace(/\s+/g, ' ');

/** The paragraphs of a DOCX's body and headers as text, and its parts by name. */
export async function docxParts(docx: Buffer) {
  const zip = await JSZip.loadAsync(docx);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const names = Object.keys(zip.files);
  const xml = await Promise.all(names.filter((n) => /^word\/(document|header\d*)\.xml$/.test(n)).map(read));
  const text = xml
    .join('\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  return { names, text, xml: xml.join('\n'), styles: await read('word/styles.xml') };
}
