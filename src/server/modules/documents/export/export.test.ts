import { describe, expect, it } from 'vitest';
import { todayInVietnam } from '../../../platform/time.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { content, documentDriver, docxParts, fileClient, folded, pdfText, steps } from './export.testing.ts';

const ctx = setupTestApp();
const drive = documentDriver(ctx);
const sectionTitles = [
  '1. MỤC ĐÍCH',
  '2. PHẠM VI ÁP DỤNG',
  '3. TÀI LIỆU VIỆN DẪN',
  '4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT',
  '5. NỘI DUNG QUY TRÌNH',
  '5.1. Lưu đồ',
  '5.2. Diễn giải',
  '6. BIỂU MẪU',
  '7. HỒ SƠ CẦN LƯU',
];
const signers = ['Người thử x.unit_iso_officer', 'Người thử x.unit_unit_head', 'Người thử x.leadership_all'];
const get = fileClient(ctx);

describe('DOCX and PDF exports of a procedure version', () => {
  it('lays out a version in force: header, signatures, revision history, sections 1–7, flowchart', async () => {
    const { versionId } = await drive.draft({ code: 'QT-X1-01', title: 'Quy trình kiểm soát tài liệu' });
    await drive.issue(versionId, { issueDate: '2017-12-20', effectiveDate: '2017-12-20' });
    const pdf = await get('x2.staff', `/api/v1/document-versions/${versionId}/export.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe('attachment; filename="QT-X1-01_lan-1.pdf"');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = folded(await pdfText(pdf.body, 'raw'));
    for (const expected of [
      'Bộ Thử nghiệm X'.toLocaleUpperCase('vi'),
      'VỤ MỘT',
      'Mã hiệu: QT-X1-01',
      'Lần ban hành: 01',
      'Ngày ban hành: 20/12/2017',
      'QUY TRÌNH KIỂM SOÁT TÀI LIỆU',
      '(Ban hành kèm theo Quyết định số 125/QĐ-BTN ngày 20/12/2017)',
      'Soạn thảo Xem xét Phê duyệt',
      'MỤC LỤC SỬA ĐỔI TÀI LIỆU',
      '01 20/12/2017 Ban hành lần đầu Toàn bộ tài liệu',
      ...sectionTitles,
      content.purpose,
      ...steps.map((s) => s.action),
      'Thời gian (ngày làm việc)',
      'BM-X1-01-01 Phiếu đề nghị ban hành, sửa đổi tài liệu',
      'Phiếu đề nghị đã duyệt Thư ký ISO Vụ Một 05 năm',
      ...signers,
      '(Xác nhận điện tử, xác thực bằng mật khẩu)',
      '(Phê duyệt điện tử, xác thực bằng mật khẩu)',
    ]) {
      expect(text).toContain(expected);
    }
    // A password re-entry is not a signature: the paper never says "ký điện tử" or "ký số".
    expect(text.toLocaleLowerCase('vi')).not.toMatch(/ký điện tử|ký số/);
    expect(text).toMatch(/Trang: 1\/(\d+)/);
    const pages = Number(/Trang: 1\/(\d+)/.exec(text)![1]);
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain(`Trang: ${pages}/${pages}`);
    // The flowchart is drawn as vector text: the start, the end and each step's "who".
    expect(text).toContain('Bắt đầu');
    expect(text).toContain('Kết thúc');
    expect(text).toContain('B2. Lãnh đạo đơn vị');
    expect(text).not.toContain('HẾT HIỆU LỰC');
    expect(text).not.toContain('DỰ THẢO');

    const docx = await get('x2.staff', `/api/v1/document-versions/${versionId}/export.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.headers['content-disposition']).toBe('attachment; filename="QT-X1-01_lan-1.docx"');
    const parts = await docxParts(docx.body);
    const docxText = folded(parts.text);
    for (const expected of [
      'Mã hiệu: QT-X1-01',
      'Lần ban hành: 01',
      'Ngày ban hành: 20/12/2017',
      'Trang: ',
      ...sectionTitles,
      ...steps.map((s) => s.action),
      ...signers,
    ]) {
      expect(docxText).toContain(expected);
    }
    expect(parts.xml).toContain('PAGE');
    expect(parts.xml).toContain('NUMPAGES');
    expect(parts.styles).toContain('w:ascii="Times New Roman"');
    expect(parts.names.filter((n) => /^word\/media\/.+\.png$/.test(n)).length).toBeGreaterThan(0);
    expect(parts.xml).not.toContain('HẾT HIỆU LỰC');
  });

  it('watermarks a superseded version "HẾT HIỆU LỰC" on every page and lists both issues in the newer one', async () => {
    const { documentId, versionId: first } = await drive.draft({
      code: 'QT-X1-02',
      title: 'Quy trình đánh giá nội bộ',
    });
    await drive.issue(first, { issueDate: '2017-03-01', effectiveDate: '2017-03-01' });
    const officer = await ctx.as('x.unit_iso_officer');
    const revision = await officer.post('/api/v1/documents/change-requests', {
      kind: 'revise',
      reason: 'Rút ngắn thời hạn',
      documentId,
    });
    const second = revision.body.versionId;
    const shorter = steps.map((s) => (s.id === 'B2' ? { ...s, durationDays: 2 } : s));
    await drive.edit(second, { ...content, steps: shorter }, 'Rút ngắn thời hạn xem xét');
    const today = todayInVietnam();
    await drive.issue(second, { issueDate: today, effectiveDate: today });

    const old = await get('x2.staff', `/api/v1/document-versions/${first}/export.pdf`);
    const text = folded(await pdfText(old.body, 'raw'));
    const pages = Number(/Trang: 1\/(\d+)/.exec(text)![1]);
    const banner = `HẾT HIỆU LỰC từ ngày ${today.split('-').reverse().join('/')}`;
    expect(text.split(banner).length - 1).toBe(pages);
    // The diagonal watermark comes out letter by letter: count it with whitespace removed.
    const letters = (await pdfText(old.body, 'raw')).replace(/\s+/g, '');
    expect(letters.split('HẾTHIỆULỰC').length - 1).toBe(2 * pages);
    // The old issue's history stops at itself.
    expect(text).not.toContain('Rút ngắn thời hạn xem xét');

    const oldDocx = await get('x2.staff', `/api/v1/document-versions/${first}/export.docx`);
    const parts = await docxParts(oldDocx.body);
    expect(parts.xml).toContain('string="HẾT HIỆU LỰC"');
    expect(parts.text).toContain(banner);

    const current = await get('x2.staff', `/api/v1/document-versions/${second}/export.pdf`);
    expect(current.headers['content-disposition']).toBe('attachment; filename="QT-X1-02_lan-2.pdf"');
    const currentText = folded(await pdfText(current.body, 'raw'));
    expect(currentText).toContain('01 01/03/2017 Ban hành lần đầu Toàn bộ tài liệu');
    expect(currentText).toContain(
      `02 ${today.split('-').reverse().join('/')} Rút ngắn thời hạn xem xét Mục 5 (bước 2)`,
    );
    expect(currentText).not.toContain('HẾT HIỆU LỰC');
  });

  it('marks a draft "DỰ THẢO", leaves unsigned places blank, and answers 404 to those who may not read it', async () => {
    const { versionId } = await drive.draft({
      code: 'QT-X1-03',
      title: 'Quy trình xử lý sản phẩm không phù hợp',
    });
    for (const extension of ['pdf', 'docx']) {
      const outsider = await ctx.as('x2.staff');
      const denied = await outsider.get(`/api/v1/document-versions/${versionId}/export.${extension}`);
      expect(denied.status).toBe(404);
      expect(denied.body.error.code).toBe('document_version.not_found');
      const foreign = await ctx.as('y.admin');
      expect((await foreign.get(`/api/v1/document-versions/${versionId}/export.${extension}`)).status).toBe(
        404,
      );
    }
    const draft = await get('x.unit_iso_officer', `/api/v1/document-versions/${versionId}/export.pdf`);
    expect(draft.status).toBe(200);
    const text = folded(await pdfText(draft.body, 'raw'));
    expect(text).toContain('DỰ THẢO – chưa được phê duyệt ban hành');
    expect(text).toContain('Người thử x.unit_iso_officer');
    expect(text).not.toContain('Người thử x.unit_unit_head');
    expect(text).not.toContain('điện tử, xác thực bằng mật khẩu');
  });

  it('puts the body text of a document that is not a procedure in section 5', async () => {
    const body =
      'Lãnh đạo Bộ cam kết xây dựng, áp dụng và cải tiến thường xuyên Hệ thống quản lý chất lượng.';
    const { versionId } = await drive.draft({
      code: 'CS-X1-01',
      title: 'Chính sách chất lượng',
      type: 'quality_policy',
      body: { body },
    });
    const response = await get('x.unit_iso_officer', `/api/v1/document-versions/${versionId}/export.pdf`);
    const text = folded(await pdfText(response.body, 'raw'));
    expect(text).toContain(`5. NỘI DUNG ${body}`);
    expect(text).not.toContain('5.1. Lưu đồ');
    expect(text).toContain('6. BIỂU MẪU Không có.');
  });
});
