import { attachmentMimeTypes, sniffAttachment } from '../../../platform/files/sniff.ts';
import { invalidField } from '../../../platform/http/errors.ts';

const imageTypes = { jpg: 'image/jpeg', png: 'image/png' } as const;

/** PDF, DOCX, XLSX (as document attachments) and scans as JPEG or PNG, told by content. */
export async function sniffItem(content: Buffer): Promise<{ ext: string; mimeType: string }> {
  if (content.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])))
    return { ext: 'jpg', mimeType: imageTypes.jpg };
  if (content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { ext: 'png', mimeType: imageTypes.png };
  const kind = await sniffAttachment(content).catch(() => {
    throw invalidField('file', {
      vi: 'Chỉ nhận tệp PDF, DOCX, XLSX, JPEG hoặc PNG; nội dung tệp không đúng định dạng.',
      en: 'Only PDF, DOCX, XLSX, JPEG or PNG files are accepted; the file content is not one of them.',
    });
  });
  return { ext: kind, mimeType: attachmentMimeTypes[kind] };
}
