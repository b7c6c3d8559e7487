import { createHash, createPublicKey, verify } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/**
 * Ký số: verifying a PDF signed with a token or a certificate (PAdES / PKCS#7 detached).
 * Checks integrity only — that the bytes covered by /ByteRange hash to the CMS
 * messageDigest, that the CMS signature over its signed attributes verifies with the
 * signer's certificate, and that the signed ranges cover the whole file (nothing appended
 * after signing). Whether the issuing CA is trusted is not decided here.
 */
export type CertificateInfo = {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
};

export type PadesVerification = {
  /** Every check passed: the file is exactly as signed. */
  intact: boolean;
  digestMatches: boolean;
  signatureVerifies: boolean;
  /** The signed ranges reach the end of the file: nothing was added after signing. */
  coversWholeFile: boolean;
  signer: CertificateInfo;
  /** The signing time the signer's software put in the signature (not a timestamp authority). */
  signingTime: string | null;
  /** The certificate was within its validity period at the signing time (null: no time given). */
  certificateValidAtSigning: boolean | null;
  subFilter: string | null;
};

/** The PDF carries no signature eiso can read (no /ByteRange, no CMS in /Contents). */
export class NotSignedPdfError extends Error {}

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const ATTRIBUTE_NAMES: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.12': 'T',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.1': 'E',
};
const MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const SIGNING_TIME = '1.2.840.113549.1.9.5';
const SIGNED_DATA = '1.2.840.113549.1.7.2';

const nameText = (name: pkijs.RelativeDistinguishedNames) =>
  name.typesAndValues
    .map((tv) => `${ATTRIBUTE_NAMES[tv.type] ?? tv.type}=${String(tv.value.valueBlock.value)}`)
    .join(', ');

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes as Uint8Array).toString('hex');

/** The last signature field's byte range and CMS (a later signature covers earlier ones). */
function locateSignature(pdf: Buffer) {
  const text = pdf.toString('latin1');
  if (!text.startsWith('%PDF-')) throw new NotSignedPdfError('not a PDF');
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  if (!last) throw new NotSignedPdfError('no /ByteRange');
  const [a, b, c, d] = last.slice(1, 5).map(Number);
  if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length) throw new NotSignedPdfError('bad /ByteRange');
  const contents = text.slice(b, c).trim();
  const m = /^<([0-9A-Fa-f\s]*)>$/.exec(contents);
  if (!m) throw new NotSignedPdfError('no /Contents between the ranges');
  const cms = Buffer.from(m[1].replace(/\s+/g, ''), 'hex');
  if (!cms.length || cms.every((x) => x === 0)) throw new NotSignedPdfError('empty /Contents');
  const subFilter = /\/SubFilter\s*\/([A-Za-z0-9.]+)/.exec(
    text.slice(Math.max(0, last.index - 2000), b),
  )?.[1];
  return {
    signed: Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]),
    cms,
    coversWholeFile: c + d === pdf.length,
    subFilter: subFilter ?? null,
  };
}

function parseSignedData(cms: Buffer) {
  const asn = asn1js.fromBER(new Uint8Array(cms));
  if (asn.offset === -1) throw new NotSignedPdfError('CMS is not DER');
  let info: pkijs.ContentInfo;
  try {
    info = new pkijs.ContentInfo({ schema: asn.result });
  } catch {
    throw new NotSignedPdfError('not a CMS ContentInfo');
  }
  if (info.contentType !== SIGNED_DATA) throw new NotSignedPdfError('not CMS SignedData');
  const signedData = new pkijs.SignedData({ schema: info.content });
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) throw new NotSignedPdfError('no signer');
  const certificates = (signedData.certificates ?? []).filter(
    (c): c is pkijs.Certificate => c instanceof pkijs.Certificate,
  );
  const sid = signerInfo.sid;
  const certificate =
    sid instanceof pkijs.IssuerAndSerialNumber
      ? certificates.find(
          (c) =>
            hex(c.serialNumber.valueBlock.valueHexView) === hex(sid.serialNumber.valueBlock.valueHexView) &&
            c.issuer.isEqual(sid.issuer),
        )
      : certificates[0];
  if (!certificate) throw new NotSignedPdfError('the signer certificate is not in the signature');
  return { signerInfo, certificate };
}

/** Verifies the last signature of a PDF; throws NotSignedPdfError when it has none. */
export function verifyPades(pdf: Buffer): PadesVerification {
  const { signed, cms, coversWholeFile, subFilter } = locateSignature(pdf);
  const { signerInfo, certificate } = parseSignedData(cms);
  const hashName = DIGESTS[signerInfo.digestAlgorithm.algorithmId];
  if (!hashName) throw new NotSignedPdfError(`digest ${signerInfo.digestAlgorithm.algorithmId}`);
  const publicKey = createPublicKey({
    key: Buffer.from(certificate.subjectPublicKeyInfo.toSchema().toBER(false)),
    format: 'der',
    type: 'spki',
  });
  const signature = Buffer.from(signerInfo.signature.valueBlock.valueHexView);
  const digest = createHash(hashName).update(signed).digest();
  const attributes = signerInfo.signedAttrs?.attributes ?? [];
  const attribute = (type: string) => attributes.find((x) => x.type === type)?.values[0];
  let digestMatches: boolean;
  let signatureVerifies: boolean;
  if (signerInfo.signedAttrs) {
    const messageDigest = attribute(MESSAGE_DIGEST) as asn1js.OctetString | undefined;
    digestMatches =
      Boolean(messageDigest) && Buffer.from(messageDigest!.valueBlock.valueHexView).equals(digest);
    // The signature is over the DER of the attributes as a SET (tag 0x31), not the [0] field.
    const encoded = Buffer.from(signerInfo.signedAttrs.encodedValue);
    encoded[0] = 0x31;
    signatureVerifies = safeVerify(hashName, encoded, publicKey, signature);
  } else {
    // Old-style PKCS#7 without signed attributes: the signature is over the data itself.
    signatureVerifies = safeVerify(hashName, signed, publicKey, signature);
    digestMatches = signatureVerifies;
  }
  const time = attribute(SIGNING_TIME) as asn1js.UTCTime | asn1js.GeneralizedTime | undefined;
  const signingTime = time ? time.toDate() : null;
  const notBefore = certificate.notBefore.value;
  const notAfter = certificate.notAfter.value;
  return {
    intact: digestMatches && signatureVerifies && coversWholeFile,
    digestMatches,
    signatureVerifies,
    coversWholeFile,
    signer: {
      subject: nameText(certificate.subject),
      issuer: nameText(certificate.issuer),
      serialNumber: hex(certificate.serialNumber.valueBlock.valueHexView),
      notBefore: notBefore.toISOString(),
      notAfter: notAfter.toISOString(),
    },
    signingTime: signingTime?.toISOString() ?? null,
    certificateValidAtSigning: signingTime ? signingTime >= notBefore && signingTime <= notAfter : null,
    subFilter,
  };
}

function safeVerify(
  hashName: string,
  data: Buffer,
  key: ReturnType<typeof createPublicKey>,
  signature: Buffer,
) {
  try {
    return verify(hashName, data, key, signature);
  } catch {
    return false;
  }
}
