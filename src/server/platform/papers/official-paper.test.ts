// A table's header never stands alone at the foot of a page, nor a heading above it: whatever
// the text before them, the page that shows a table's header shows its first row too, and the
// page that shows the heading shows the header.
import { describe, expect, it } from 'vitest';
import { pdfText } from '../../modules/documents/export/export.testing.ts';
import { type OfficialPaper, paperPdf } from './official-paper.ts';

const paper = (fillers: number): OfficialPaper => ({
  title: 'Báo cáo thử',
  head: { issuer: ['BỘ THỬ', 'VĂN PHÒNG'], code: 'BC-VP', place: 'Hà Nội', date: '2026-12-07' },
  kind: 'BÁO CÁO',
  subject: ['Kết quả đánh giá nội bộ'],
  body: [
    ...Array.from({ length: fillers }, (_, i) => ({
      kind: 'paragraph' as const,
      text: `Đoạn văn số ${i + 1}.`,
    })),
    { kind: 'heading', text: 'IV. CÁC PHÁT HIỆN' },
    {
      kind: 'table',
      columns: [
        { header: 'Số', width: 10 },
        { header: 'Tiêudềbảng', width: 90, align: 'left' },
      ],
      // A tall first row: it cannot follow the header at the foot of a page.
      rows: [
        ['1', Array.from({ length: 8 }, (_, i) => `Dòngđầu ${i + 1}`).join('\n')],
        ['2', 'Dòngsau'],
      ],
    },
  ],
  foot: {
    recipients: ['Lãnh đạo Bộ'],
    archive: 'Lưu: VT.',
    signer: { position: 'CHÁNH VĂN PHÒNG', name: 'Người thử' },
  },
});

describe('official paper PDF: tables keep their header with their first row', () => {
  it('never leaves the heading or the header row alone at the foot of a page', async () => {
    const orphans: string[] = [];
    // Enough one-line paragraphs to walk the heading and the table across the first page's foot.
    for (let n = 16; n <= 28; n++) {
      const pages = (await pdfText(await paperPdf(paper(n)))).split('\f');
      pages.forEach((page, i) => {
        if (page.includes('Tiêudềbảng') && !page.includes('Dòngđầu 1') && !page.includes('Dòngsau'))
          orphans.push(`${n} đoạn: trang ${i + 1} chỉ có tiêu đề bảng`);
        if (page.includes('IV. CÁC PHÁT HIỆN') && !page.includes('Tiêudềbảng'))
          orphans.push(`${n} đoạn: trang ${i + 1} chỉ có đề mục`);
      });
    }
    expect(orphans).toEqual([]);
  }, 180_000);

  it('renders two headings over tables of the same size (each kept with its own)', async () => {
    const twice = paper(0);
    twice.body = [...twice.body, ...twice.body];
    expect((await pdfText(await paperPdf(twice))).split('IV. CÁC PHÁT HIỆN')).toHaveLength(3);
  });
});
