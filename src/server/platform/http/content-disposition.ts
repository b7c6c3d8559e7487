import type { FastifyReply } from 'fastify';

/** Without diacritics, lower case: "Phiếu Đề nghị" → "phieu de nghi". */
const asciiFold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();

const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The Content-Disposition of every download (RFC 6266): a plain ASCII name as it is; any
 * other name with an ASCII fallback for old clients and the exact UTF-8 name (RFC 5987).
 */
export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment') {
  if (/^[\w.-]+$/.test(fileName)) return `${type}; filename="${fileName}"`;
  const ascii = asciiFold(fileName).replace(/[^\w.-]+/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/**
 * Sends an uploaded file back (an evidence file, an attachment): its stored type, its name as
 * a download, never kept by a shared cache (it is the reader's, behind their rights).
 */
export function sendStoredFile(
  reply: FastifyReply,
  file: { mimeType: string; fileName: string; content: Buffer },
) {
  return reply
    .type(file.mimeType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
