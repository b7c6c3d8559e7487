import { invalidField } from '../../../platform/http/errors.ts';
import { NotSignedPdfError, verifyPades } from '../../../platform/signatures/pades.ts';

/** The PAdES verification, or a 400 on the file field saying it carries no signature. */
export function verifySignedPdf(content: Buffer) {
  try {
    return verifyPades(content);
  } catch (e) {
    if (!(e instanceof NotSignedPdfError)) throw e;
    const notPdf = !content.subarray(0, 5).toString('latin1').startsWith('%PDF-');
    throw invalidField(
      'file',
      notPdf
        ? { vi: 'Tệp không phải PDF.', en: 'The file is not a PDF.' }
        : {
            vi: 'Tệp PDF chưa được ký số (không có chữ ký số PAdES đọc được).',
            en: 'The PDF is not digitally signed (no readable PAdES signature).',
          },
      400,
      'document.pdf_not_signed',
    );
  }
}
