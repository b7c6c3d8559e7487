import type { AttachmentKind } from '../../../contract/document-attachments.ts';
import { invalidField } from '../http/errors.ts';
import { DOCX, XLSX } from '../http/media-types.ts';

export const attachmentMimeTypes: Record<AttachmentKind, string> = {
  pdf: 'application/pdf',
  docx: DOCX,
  xlsx: XLSX,
};

const startsWith = (content: Buffer, text: string) =>
  content.subarray(0, text.length).equals(Buffer.from(text, 'latin1'));

/**
 * What the bytes are, whatever the file is called: a PDF by its header; DOCX and XLSX
 * are ZIP packages told apart by the main part their [Content_Types].xml declares.
 */
export async function sniffAttachment(content: Buffer): Promise<AttachmentKind> {
  if (startsWith(content, '%PDF-')) return 'pdf';
  if (startsWith(content, 'PK\x03\x04')) {
    const { default: JSZip } = await import('jszip'); // loaded on the first upload, not at start
    const types = await JSZip.loadAsync(content)
      .then((zip) => zip.file('[Content_Types].xml')?.async('string'))
      .catch(() => undefined);
    if (types?.includes('"/word/document.xml"')) return 'docx';
    if (types?.includes('"/xl/workbook.xml"')) return 'xlsx';
  }
  throw invalidField('file', {
    vi: 'Chỉ nhận tệp PDF, DOCX hoặc XLSX; nội dung tệp không đúng định dạng.',
    en: 'Only PDF, DOCX or XLSX files are accepted; the file content is not one of them.',
  });
}

/** The uploaded name for display, with the extension of what the content really is. */
export function displayName(uploaded: string, kind: AttachmentKind): string {
  const base = uploaded
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]*$/, '')
    .trim();
  return `${base || 'tep-dinh-kem'}.${kind}`;
}
