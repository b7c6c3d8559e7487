import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/*
 * Test support: a CA and a signer certificate made on the spot, and a minimal PDF signed
 * the way a token's software signs it (PAdES, CMS SignedData detached over /ByteRange).
 */
const subtle = webcrypto.subtle as unknown as SubtleCrypto;
pkijs.setEngine('eiso-tests', new pkijs.CryptoEngine({ name: 'eiso-tests', crypto: webcrypto as Crypto }));

const algorithm = {
  name: 'RSASSA-PKCS1-v1_5',
  modulusLength: 2048,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};

type KeyPair = { publicKey: CryptoKey; privateKey: CryptoKey };

function name(target: pkijs.RelativeDistinguishedNames, parts: Array<[string, string]>) {
  for (const [type, value] of parts) {
    target.typesAndValues.push(
      new pkijs.AttributeTypeAndValue({ type, value: new asn1js.Utf8String({ value }) }),
    );
  }
}

async function certificate(options: {
  serial: number;
  subject: Array<[string, string]>;
  issuer: Array<[string, string]>;
  keys: KeyPair;
  signWith: CryptoKey;
  ca: boolean;
  notBefore: Date;
  notAfter: Date;
}) {
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: options.serial });
  name(cert.subject, options.subject);
  name(cert.issuer, options.issuer);
  cert.notBefore.value = options.notBefore;
  cert.notAfter.value = options.notAfter;
  cert.extensions = [
    new pkijs.Extension({
      extnID: '2.5.29.19',
      critical: true,
      extnValue: new pkijs.BasicConstraints({ cA: options.ca }).toSchema().toBER(false),
      parsedValue: new pkijs.BasicConstraints({ cA: options.ca }),
    }),
  ];
  await cert.subjectPublicKeyInfo.importKey(options.keys.publicKey);
  await cert.sign(options.signWith, 'SHA-256');
  return cert;
}

export type TestSigner = { ca: pkijs.Certificate; cert: pkijs.Certificate; privateKey: CryptoKey };

/** A CA ("CA thử nghiệm eiso") and a signer certificate it issued, valid 2025–2030. */
export async function makeTestSigner(commonName = 'Nguyễn Văn An'): Promise<TestSigner> {
  const caKeys = (await subtle.generateKey(algorithm, true, ['sign', 'verify'])) as KeyPair;
  const signerKeys = (await subtle.generateKey(algorithm, true, ['sign', 'verify'])) as KeyPair;
  const caName: Array<[string, string]> = [
    ['2.5.4.6', 'VN'],
    ['2.5.4.10', 'Tổ chức chứng thực thử nghiệm'],
    ['2.5.4.3', 'CA thử nghiệm eiso'],
  ];
  const validity = {
    notBefore: new Date('2025-01-01T00:00:00Z'),
    notAfter: new Date('2030-12-31T00:00:00Z'),
  };
  const ca = await certificate({
    serial: 1,
    subject: caName,
    issuer: caName,
    keys: caKeys,
    signWith: caKeys.privateKey,
    ca: true,
    ...validity,
  });
  const cert = await certificate({
    serial: 4242,
    subject: [
      ['2.5.4.6', 'VN'],
      ['2.5.4.10', 'Bộ Thử nghiệm X'],
      ['2.5.4.3', commonName],
    ],
    issuer: caName,
    keys: signerKeys,
    signWith: caKeys.privateKey,
    ca: false,
    ...validity,
  });
  return { ca, cert, privateKey: signerKeys.privateKey };
}

const PLACEHOLDER_BYTES = 8192;
const RANGE_WIDTH = 30;

/** A one-page PDF with a signature dictionary whose /ByteRange and /Contents are still empty. */
export function unsignedPdf(withSignatureField = true) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /SigFlags 3 >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [4 0 R] >>',
    '<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /V 5 0 R /T (Chu ky 1) /P 3 0 R >>',
    withSignatureField
      ? `<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [${' '.repeat(RANGE_WIDTH)}] /Contents <${'0'.repeat(PLACEHOLDER_BYTES * 2)}> /M (D:20260302090000+07'00') >>`
      : '<< /Type /Sig >>',
  ];
  let body = '%PDF-1.7\n%âãÏÓ\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Signs the PDF's ranges: CMS SignedData, detached, with contentType, signingTime, messageDigest. */
export async function signPdf(
  signer: TestSigner,
  pdf = unsignedPdf(),
  signingTime = new Date('2026-03-02T02:00:00Z'),
) {
  const text = pdf.toString('latin1');
  const contentsAt = text.indexOf('/Contents <') + '/Contents '.length;
  const contentsEnd = text.indexOf('>', contentsAt) + 1;
  const range = [0, contentsAt, contentsEnd, pdf.length - contentsEnd];
  const rangeText = range.join(' ').padEnd(RANGE_WIDTH, ' ');
  const withRange = Buffer.from(
    text.replace(`/ByteRange [${' '.repeat(RANGE_WIDTH)}]`, `/ByteRange [${rangeText}]`),
    'latin1',
  );
  const signed = Buffer.concat([withRange.subarray(0, contentsAt), withRange.subarray(contentsEnd)]);
  const digest = createHash('sha256').update(signed).digest();

  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.7.1' }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: signer.cert.issuer,
          serialNumber: signer.cert.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({
              type: '1.2.840.113549.1.9.3',
              values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })],
            }),
            new pkijs.Attribute({
              type: '1.2.840.113549.1.9.5',
              values: [new asn1js.UTCTime({ valueDate: signingTime })],
            }),
            new pkijs.Attribute({
              type: '1.2.840.113549.1.9.4',
              values: [new asn1js.OctetString({ valueHex: new Uint8Array(digest) })],
            }),
          ],
        }),
      }),
    ],
    certificates: [signer.cert, signer.ca],
  });
  await signedData.sign(signer.privateKey, 0, 'SHA-256');
  const cms = new pkijs.ContentInfo({
    contentType: '1.2.840.113549.1.7.2',
    content: signedData.toSchema(true),
  });
  const der = Buffer.from(cms.toSchema().toBER(false));
  const hexText = der.toString('hex').padEnd(PLACEHOLDER_BYTES * 2, '0');
  if (hexText.length > PLACEHOLDER_BYTES * 2) throw new Error('signature larger than the placeholder');
  withRange.write(hexText, contentsAt + 1, 'latin1');
  return withRange;
}

/** The same file with one byte changed inside the signed range (in the page's MediaBox). */
export function tamper(pdf: Buffer) {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('595 842');
  copy[at] = '6'.charCodeAt(0);
  return copy;
}
