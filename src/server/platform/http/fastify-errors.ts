import type { FastifyError } from 'fastify';
import { UPLOAD_LIMIT_TEXT } from '../files/files.ts';
import { AppError, type BilingualText } from './errors.ts';
import { BODY_LIMIT_TEXT } from './request-guards.ts';

const withDetail = (status: number, code: string, path: string, text: BilingualText) =>
  new AppError(status, code, text, [{ path, text }]);

export const malformedUpload = () =>
  withDetail(400, 'upload.malformed', 'file', {
    vi: 'Nội dung tải lên bị hỏng (multipart không đúng định dạng hoặc bị cắt ngang). Hãy chọn lại tệp và gửi lại.',
    en: 'The upload is broken (malformed or cut-off multipart). Choose the file again and resend it.',
  });

const invalidJson = () =>
  withDetail(400, 'request.invalid_json', 'body', {
    vi: 'Nội dung gửi kèm không phải JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  });

const tooManyParts = () =>
  withDetail(413, 'upload.too_many_parts', 'file', {
    vi: 'Mỗi lần chỉ tải lên một tệp cùng các trường của biểu mẫu.',
    en: 'Upload one file at a time, with the form’s fields.',
  });

/**
 * Fastify's and its plugins' own errors by code, in the one shape and both languages.
 * None repeats the request (a 5,000-character URL stays out of the answer).
 */
const known: Record<string, () => AppError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    withDetail(413, 'request.too_large', 'body', {
      vi: `Nội dung gửi kèm vượt quá giới hạn ${BODY_LIMIT_TEXT}.`,
      en: `The request body exceeds the ${BODY_LIMIT_TEXT} limit.`,
    }),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    withDetail(415, 'request.media_type', 'content-type', {
      vi: 'Kiểu nội dung không được hỗ trợ; hãy gửi application/json (hoặc multipart/form-data khi tải tệp).',
      en: 'Unsupported content type; send application/json (or multipart/form-data for uploads).',
    }),
  FST_ERR_CTP_INVALID_JSON_BODY: invalidJson,
  FST_ERR_CTP_EMPTY_JSON_BODY: invalidJson,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    withDetail(400, 'request.content_length', 'content-length', {
      vi: 'Độ dài nội dung khai báo không khớp với nội dung gửi kèm.',
      en: 'The declared content length does not match the body.',
    }),
  FST_ERR_BAD_URL: () =>
    withDetail(400, 'request.bad_url', 'url', {
      vi: 'Địa chỉ yêu cầu không hợp lệ (mã hoá URL sai).',
      en: 'The request address is not valid (bad URL encoding).',
    }),
  FST_ERR_MAX_PARAM_LENGTH: () =>
    withDetail(414, 'request.uri_too_long', 'url', {
      vi: 'Địa chỉ yêu cầu quá dài.',
      en: 'The request address is too long.',
    }),
  FST_REQ_FILE_TOO_LARGE: () =>
    withDetail(413, 'file.too_large', 'file', {
      vi: `Tệp vượt quá giới hạn ${UPLOAD_LIMIT_TEXT}.`,
      en: `The file exceeds the ${UPLOAD_LIMIT_TEXT} limit.`,
    }),
  FST_FILES_LIMIT: tooManyParts,
  FST_PARTS_LIMIT: tooManyParts,
  FST_FIELDS_LIMIT: tooManyParts,
  FST_PROTO_VIOLATION: malformedUpload,
  FST_INVALID_JSON_FIELD_ERROR: malformedUpload,
  FST_MP_PREMATURE_CLOSE: malformedUpload,
  FST_INVALID_MULTIPART_CONTENT_TYPE: () =>
    withDetail(415, 'upload.not_multipart', 'content-type', {
      vi: 'Tải tệp lên cần nội dung multipart/form-data, tệp ở trường "file".',
      en: 'Uploads take multipart/form-data, with the file in the "file" field.',
    }),
};

const byStatus: Record<number, BilingualText> = {
  400: { vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' },
  404: { vi: 'Không tìm thấy.', en: 'Not found.' },
  405: { vi: 'Phương thức không được hỗ trợ.', en: 'Method not allowed.' },
  406: { vi: 'Không thể trả lời theo định dạng yêu cầu.', en: 'Not acceptable.' },
  413: { vi: 'Nội dung gửi kèm quá lớn.', en: 'The request is too large.' },
  414: { vi: 'Địa chỉ yêu cầu quá dài.', en: 'The request address is too long.' },
  415: { vi: 'Kiểu nội dung không được hỗ trợ.', en: 'Unsupported content type.' },
  429: {
    vi: 'Bạn đã thử quá nhiều lần. Hãy đợi một phút rồi thử lại.',
    en: 'Too many attempts. Wait a minute and try again.',
  },
};

/** A client error raised by Fastify or a plugin, translated; null for anything else (a 5xx). */
export function fromFastifyError(error: FastifyError): AppError | null {
  if (error.code && Object.hasOwn(known, error.code)) return known[error.code]();
  const status = error.statusCode ?? 500;
  if (status < 400 || status >= 500) return null;
  if (status === 429) return new AppError(429, 'rate_limited', byStatus[429]);
  return new AppError(status, `http.${status}`, byStatus[status] ?? byStatus[400]);
}
