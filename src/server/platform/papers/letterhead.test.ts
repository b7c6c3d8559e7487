import { Document, Packer, type Table } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  issuedFootDocx,
  letterheadDocx,
  letterheadPdf,
  numberLine,
  placeDateLine,
  QUOC_HIEU,
  signaturesDocx,
  TIEU_NGU,
} from './letterhead.ts';
import { leadershipOf, paperPercent, reportFrame } from './report-frame.ts';

/** The runs of word/document.xml in order: text and whether bold / underlined. */
async function runs(children: Table[]) {
  const buffer = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')?.async('string');
  return [...(xml ?? '').matchAll(/<w:r>(.*?)<\/w:r>/g)].map(([, run]) => ({
    text: run.match(/<w:t[^>]*>(.*?)<\/w:t>/)?.[1],
    bold: run.includes('<w:b/>'),
    underline: run.includes('<w:u '),
  }));
}

describe('the letterhead of administrative papers (NĐ 30/2020)', () => {
  it('puts the governing body above the issuer in bold capitals, and the underlined motto on the right', async () => {
    expect(await runs([letterheadDocx({ issuer: ['Bộ Thử nghiệm', 'Văn phòng'], motto: true })])).toEqual([
      { text: 'BỘ THỬ NGHIỆM', bold: false, underline: false },
      { text: 'VĂN PHÒNG', bold: true, underline: false },
      { text: QUOC_HIEU, bold: true, underline: false },
      { text: TIEU_NGU, bold: true, underline: true },
    ]);
  });

  it('leaves the motto out where the form has none, and a sole issuer is bold', async () => {
    expect(await runs([letterheadDocx({ issuer: ['Bộ Thử nghiệm'], motto: false })])).toEqual([
      { text: 'BỘ THỬ NGHIỆM', bold: true, underline: false },
    ]);
    expect(JSON.stringify(letterheadPdf({ issuer: ['Bộ Thử nghiệm'], motto: false }))).not.toContain(
      QUOC_HIEU,
    );
  });

  it('writes a signature block: title, the note, the name under the space to sign', async () => {
    expect(await runs([signaturesDocx([{ title: 'NGƯỜI LẬP', name: 'Trần Văn B' }])])).toEqual([
      { text: 'NGƯỜI LẬP', bold: true, underline: false },
      { text: '(Ký, ghi rõ họ tên)', bold: false, underline: false },
      { text: 'Trần Văn B', bold: true, underline: false },
    ]);
  });

  it('dates a paper as Nghị định 30/2020 writes it: a leading zero for days below 10 and months below 3', () => {
    expect(placeDateLine('Hà Nội', '2017-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2017');
    expect(placeDateLine('Huế', '2026-12-07')).toBe('Huế, ngày 07 tháng 12 năm 2026');
    expect(placeDateLine('Hà Nội', '2026-03-15')).toBe('Hà Nội, ngày 15 tháng 3 năm 2026');
    expect(placeDateLine('Hà Nội', null)).toMatch(/^Hà Nội, ngày\s+tháng\s+năm\s+$/);
  });

  it('leaves the number for the văn thư and keeps the code', () => {
    expect(numberLine({ number: '12', code: 'BC-VP' })).toBe('Số: 12/BC-VP');
    expect(numberLine({ code: 'BC-VP' })).toMatch(/^Số:\s+\/BC-VP$/);
  });

  it("sends a unit's report to leadership and the steering committee, signed by the unit's head", async () => {
    const frame = reportFrame(
      {
        agencyName: 'Bộ Thử nghiệm',
        unitName: 'Văn phòng',
        unitCode: 'vp',
        head: { fullName: 'Nguyễn Văn A', position: 'Chánh Văn phòng' },
      },
      { date: '2026-12-07' },
    );
    expect(frame.head).toMatchObject({
      issuer: ['Bộ Thử nghiệm', 'Văn phòng'],
      code: 'BC-VP',
      place: 'Hà Nội',
    });
    expect(leadershipOf('Sở Nội vụ tỉnh X')).toBe('Lãnh đạo Sở');
    expect(leadershipOf('Ủy ban nhân dân xã Y')).toBe('Lãnh đạo cơ quan');
    expect((await runs([issuedFootDocx(frame.foot)])).map((r) => r.text)).toEqual([
      'Nơi nhận:',
      '- Lãnh đạo Bộ (để báo cáo);',
      '- Ban Chỉ đạo ISO;',
      '- Lưu: VT, VP.',
      'CHÁNH VĂN PHÒNG',
      'Nguyễn Văn A',
    ]);
    expect(paperPercent(0.8125)).toBe('81,3\u00a0%');
  });
});
