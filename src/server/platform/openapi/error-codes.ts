/**
 * Every error code the API documents, with its HTTP status. `<thing>.not_found` is always
 * 404. A code thrown by a service but missing here cannot be listed in operations.
 */
export const ERROR_STATUS = {
  'validation.failed': 400,
  'import.invalid_rows': 400,
  'request.invalid_json': 400,
  'request.body_not_allowed': 400,
  'request.nul_character': 400,
  'upload.malformed': 400,
  'auth.unauthenticated': 401,
  'auth.invalid_credentials': 401,
  'auth.forbidden': 403,
  'auth.csrf': 403,
  'auth.password_change_required': 403,
  'document.self_approval': 403,
  'document.same_signer': 403,
  'catalogue.self_approval': 403,
  'record.stale': 409,
  'agency.code_taken': 409,
  'unit.code_taken': 409,
  'position.name_taken': 409,
  'person.username_taken': 409,
  'grant.exists': 409,
  'document.code_taken': 409,
  'document.transition_forbidden': 409,
  'document.signature_missing': 409,
  'document.not_draft': 409,
  'document.not_in_force': 409,
  'document.change_in_progress': 409,
  'document.not_external': 409,
  'document.nothing_to_acknowledge': 409,
  'catalogue.exists': 409,
  'catalogue.not_draft': 409,
  'catalogue.transition_forbidden': 409,
  'catalogue.duplicate_code': 409,
  'catalogue.entry_has_files': 409,
  'catalogue.heading_not_empty': 409,
  'record_file.not_open': 409,
  'record_file.not_closed': 409,
  'work_case.no_active_step': 409,
  'file.too_large': 413,
  'file.unpacked_too_large': 413,
  'upload.too_many_parts': 413,
  'request.too_large': 413,
  'request.uri_too_long': 414,
  'request.media_type': 415,
  'request.charset': 415,
  'upload.not_multipart': 415,
  'auth.locked': 423,
  rate_limited: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS | `${string}.not_found`;

export const statusOf = (code: ErrorCode): number =>
  code.endsWith('.not_found') ? 404 : ERROR_STATUS[code as keyof typeof ERROR_STATUS];

/** The response description of each status, in both languages. */
export const STATUS_TEXT: Record<number, string> = {
  400: 'Dữ liệu không hợp lệ — Invalid input',
  401: 'Chưa đăng nhập hoặc sai thông tin đăng nhập — Not signed in, or wrong credentials',
  403: 'Không có quyền — Not allowed',
  404: 'Không tìm thấy hoặc không có quyền xem — Not found, or not visible to the caller',
  409: 'Xung đột với trạng thái hiện tại — Conflicts with the current state',
  413: 'Nội dung gửi kèm hoặc tệp quá lớn — Request body or file too large',
  414: 'Địa chỉ yêu cầu quá dài — Request address too long',
  415: 'Kiểu nội dung hoặc bảng mã không được hỗ trợ — Unsupported content type or charset',
  423: 'Tài khoản đang bị khóa — Account locked',
  429: 'Quá nhiều lần thử — Too many attempts',
};
