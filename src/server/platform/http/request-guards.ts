import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type BilingualText } from './errors.ts';

/** The largest JSON body a request may carry (uploads have their own limit, UPLOAD_LIMIT_BYTES). */
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
export const BODY_LIMIT_TEXT = `${BODY_LIMIT_BYTES / 1024 / 1024} MB`;

/** The only character set eiso reads request bodies in. */
const UTF8 = new Set(['utf-8', 'utf8']);

const charsetOf = (contentType: string) =>
  contentType
    .split(';')
    .slice(1)
    .map((param) => param.trim().split('='))
    .find(([name]) => name?.trim().toLowerCase() === 'charset')?.[1]
    ?.trim()
    .replace(/^"(.*)"$/, '$1')
    .toLowerCase();

/** Whether the request has a body: a declared length or a chunked stream. */
const hasBody = (request: FastifyRequest) =>
  Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;

/** An empty JSON object carries nothing: many clients send `{}` with every POST. */
const isEmptyObject = (body: unknown) =>
  typeof body === 'object' &&
  body !== null &&
  !Array.isArray(body) &&
  !Buffer.isBuffer(body) &&
  Object.keys(body).length === 0;

/** Whether the route reads a body at all: a body schema, or content types it parses itself (uploads). */
const takesBody = (request: FastifyRequest) => {
  const schema = request.routeOptions.schema as { body?: unknown; consumes?: unknown } | undefined;
  return schema?.body !== undefined || schema?.consumes !== undefined;
};

/** The path of the first string holding a NUL character, which PostgreSQL cannot store or compare. */
function nulAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path || 'body' : undefined;
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulAt(inner, path ? `${path}.${key}` : key);
    if (found) return found;
  }
  return undefined;
}

const refusal = (status: number, code: string, path: string, text: BilingualText) =>
  new AppError(status, code, text, [{ path, text }]);

/**
 * What Fastify would otherwise accept silently: a body in a character set other than
 * UTF-8 (415, before it is read) and a body sent to an operation that takes none (400,
 * after sign-in is checked, so anonymous callers still learn nothing about the API).
 */
export function registerRequestGuards(app: FastifyInstance) {
  app.addHook('onRequest', async (request) => {
    const contentType = request.headers['content-type'];
    if (!contentType || !hasBody(request)) return;
    const charset = charsetOf(contentType);
    if (charset !== undefined && !UTF8.has(charset)) {
      throw refusal(415, 'request.charset', 'content-type', {
        vi: 'Chỉ nhận nội dung mã hoá UTF-8 (charset=utf-8).',
        en: 'Request bodies must be encoded in UTF-8 (charset=utf-8).',
      });
    }
  });
  app.addHook('preValidation', async (request) => {
    const nul = nulAt(request.params, '') ?? nulAt(request.query, '') ?? nulAt(request.body, '');
    if (nul) {
      throw refusal(400, 'request.nul_character', nul.slice(0, 40), {
        vi: 'Dữ liệu gửi lên chứa ký tự NUL (mã 0), không được chấp nhận.',
        en: 'The request holds a NUL character (code 0), which is not accepted.',
      });
    }
    if (takesBody(request) || !hasBody(request) || isEmptyObject(request.body)) return;
    throw refusal(400, 'request.body_not_allowed', 'body', {
      vi: 'Thao tác này không nhận nội dung gửi kèm; hãy gửi yêu cầu không có nội dung.',
      en: 'This operation takes no request body; send the request without one.',
    });
  });
}
