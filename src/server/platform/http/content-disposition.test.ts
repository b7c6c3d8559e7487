import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.ts';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Quy trình (bản 2).pdf')).toBe(
      `attachment; filename="quy_trinh_ban_2_.pdf"; filename*=UTF-8''Quy%20tr%C3%ACnh%20%28b%E1%BA%A3n%202%29.pdf`,
    );
  });

  it('sends a plain ASCII name as it is, inline when asked', () => {
    expect(contentDisposition('QT-X1-01_lan-1.pdf')).toBe('attachment; filename="QT-X1-01_lan-1.pdf"');
    expect(contentDisposition('QT-X1-01_luu-do.svg', 'inline')).toBe(
      'inline; filename="QT-X1-01_luu-do.svg"',
    );
  });
});
