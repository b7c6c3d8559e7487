import { Document, Packer, type Table } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { letterheadDocx, letterheadPdf, QUOC_HIEU, signaturesDocx, TIEU_NGU } from './letterhead.ts';

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
});
