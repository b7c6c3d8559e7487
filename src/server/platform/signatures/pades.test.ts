import { describe, expect, it } from 'vitest';
import { makeTestSigner, signPdf, tamper, unsignedPdf } from './pades.testing.ts';
import { NotSignedPdfError, verifyPades } from './pades.ts';

describe('PAdES verification (ký số)', () => {
  it('verifies a PDF signed with a generated certificate and shows the signer', async () => {
    const signer = await makeTestSigner();
    const pdf = await signPdf(signer);
    const result = verifyPades(pdf);
    expect(result).toMatchObject({
      intact: true,
      digestMatches: true,
      signatureVerifies: true,
      coversWholeFile: true,
      signingTime: '2026-03-02T02:00:00.000Z',
      certificateValidAtSigning: true,
      subFilter: 'ETSI.CAdES.detached',
      signer: {
        subject: 'C=VN, O=Bộ Thử nghiệm X, CN=Nguyễn Văn An',
        issuer: 'C=VN, O=Tổ chức chứng thực thử nghiệm, CN=CA thử nghiệm eiso',
        notBefore: '2025-01-01T00:00:00.000Z',
        notAfter: '2030-12-31T00:00:00.000Z',
      },
    });
  });

  it('flags a file changed by one byte after signing, and one with bytes appended', async () => {
    const pdf = await signPdf(await makeTestSigner());
    const changed = verifyPades(tamper(pdf));
    expect(changed).toMatchObject({ intact: false, digestMatches: false, signatureVerifies: true });
    const appended = verifyPades(Buffer.concat([pdf, Buffer.from('\n% thêm sau khi ký\n', 'latin1')]));
    expect(appended).toMatchObject({ intact: false, digestMatches: true, coversWholeFile: false });
  });

  it('flags a signature made by another key than the certificate shown', async () => {
    const signer = await makeTestSigner();
    const other = await makeTestSigner('Người khác');
    // The CMS names the first signer's certificate but is signed with another key.
    const forged = await signPdf({ ...signer, privateKey: other.privateKey });
    expect(verifyPades(forged)).toMatchObject({
      intact: false,
      digestMatches: true,
      signatureVerifies: false,
    });
  });

  it('says plainly that an unsigned PDF or another file carries no signature', () => {
    expect(() => verifyPades(unsignedPdf(false))).toThrow(NotSignedPdfError);
    expect(() => verifyPades(unsignedPdf(true))).toThrow(NotSignedPdfError);
    expect(() => verifyPades(Buffer.from('PK\u0003\u0004 không phải PDF'))).toThrow(NotSignedPdfError);
  });
});
