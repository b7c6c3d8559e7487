import type { Lang } from './i18n.ts';

export type ErrorDetail = { path: string; message: string };
export type BilingualText = { vi: string; en: string };

/** A failure with a stable code, an HTTP status and a message in both languages. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly text: BilingualText;
  readonly details: Array<{ path: string; text: BilingualText }>;

  constructor(
    status: number,
    code: string,
    text: BilingualText,
    details: Array<{ path: string; text: BilingualText }> = [],
  ) {
    super(text.en);
    this.status = status;
    this.code = code;
    this.text = text;
    this.details = details;
  }

  toBody(lang: Lang) {
    return {
      error: {
        code: this.code,
        message: this.text[lang],
        details: this.details.map((d) => ({ path: d.path, message: d.text[lang] })),
      },
    };
  }
}

export const notFound = (what: string = 'record') =>
  new AppError(404, `${what}.not_found`, {
    vi: 'Không tìm thấy bản ghi hoặc bạn không có quyền xem.',
    en: 'Not found, or you may not see it.',
  });

export const forbidden = () =>
  new AppError(403, 'auth.forbidden', {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  });

export const unauthenticated = () =>
  new AppError(401, 'auth.unauthenticated', {
    vi: 'Bạn cần đăng nhập để tiếp tục.',
    en: 'Please sign in to continue.',
  });

export const staleVersion = () =>
  new AppError(409, 'record.stale', {
    vi: 'Bản ghi đã được người khác sửa sau khi bạn mở. Hãy tải lại để xem bản mới nhất rồi sửa lại.',
    en: 'Someone else changed this record after you opened it. Reload to see the latest version, then edit again.',
  });

/** A bad value in one field: 400 (or 409 for a conflict such as a duplicate code). */
export const invalidField = (path: string, text: BilingualText, status = 400, code = 'validation.failed') =>
  new AppError(status, code, { vi: `Dữ liệu không hợp lệ: ${text.vi}`, en: `Invalid input: ${text.en}` }, [
    { path, text },
  ]);
