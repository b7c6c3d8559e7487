/**
 * Validation messages in both languages, shared by the server (error details) and the web
 * (forms validate as you type with the same words). Schemas name a key as their message;
 * the generic ones below describe zod's own issue codes.
 */
export type Bilingual = { vi: string; en: string };

export const messages = {
  required: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  'username.format': {
    vi: 'Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.',
    en: 'A username is 3–64 characters: unaccented letters, digits, dots, underscores or hyphens.',
  },
  'password.weak': {
    vi: 'Mật khẩu cần ít nhất 10 ký tự, có cả chữ và số.',
    en: 'A password needs at least 10 characters, with both letters and digits.',
  },
  'code.format': {
    vi: 'Mã gồm 1–30 ký tự: chữ không dấu, số, dấu chấm hoặc gạch ngang.',
    en: 'A code is 1–30 characters: unaccented letters, digits, dots or hyphens.',
  },
  'date.order': {
    vi: 'Ngày kết thúc phải sau ngày bắt đầu.',
    en: 'The end date must be after the start date.',
  },
  'step.who_or_performer': {
    vi: 'Hãy chọn đơn vị thực hiện hoặc ghi người thực hiện.',
    en: 'Choose the performing unit or describe who performs the step.',
  },
} satisfies Record<string, Bilingual>;

export type MessageKey = keyof typeof messages;

type Issue = {
  code: string;
  message?: string;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  values?: unknown[];
  keys?: string[];
  input?: unknown;
};

const formats: Record<string, Bilingual> = {
  email: { vi: 'địa chỉ e-mail', en: 'e-mail address' },
  uuid: { vi: 'mã định danh (UUID)', en: 'identifier (UUID)' },
  date: { vi: 'ngày (YYYY-MM-DD)', en: 'date (YYYY-MM-DD)' },
  datetime: { vi: 'thời điểm (ISO 8601)', en: 'timestamp (ISO 8601)' },
  url: { vi: 'địa chỉ URL', en: 'URL' },
};

const typeNamesVi: Record<string, string> = {
  number: 'số',
  int: 'số nguyên',
  string: 'chuỗi ký tự',
  boolean: 'giá trị đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
};

/** The message of one zod issue, in both languages. */
export function describeIssue(issue: Issue): Bilingual {
  if (issue.message && issue.message in messages) return messages[issue.message as MessageKey];
  const n = (v: number | bigint | undefined) => String(v);
  const sized = issue.origin === 'string' ? { vi: ' ký tự', en: ' characters' } : { vi: '', en: '' };
  switch (issue.code) {
    case 'invalid_type':
      // zod leaves the input out of its issues; its own message says what was received.
      if (issue.input === undefined && !/received (?!undefined)/.test(issue.message ?? ''))
        return messages.required;
      return {
        vi: `Sai kiểu dữ liệu, cần ${typeNamesVi[issue.expected ?? ''] ?? issue.expected}.`,
        en: `Wrong type, expected ${issue.expected}.`,
      };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return messages.required;
      return {
        vi: `Giá trị phải tối thiểu ${n(issue.minimum)}${sized.vi}.`,
        en: `Must be at least ${n(issue.minimum)}${sized.en}.`,
      };
    case 'too_big':
      return {
        vi: `Giá trị chỉ được tối đa ${n(issue.maximum)}${sized.vi}.`,
        en: `Must be at most ${n(issue.maximum)}${sized.en}.`,
      };
    case 'invalid_format': {
      const f = formats[issue.format ?? ''] ?? { vi: 'định dạng yêu cầu', en: 'the expected format' };
      return { vi: `Không đúng định dạng ${f.vi}.`, en: `Not a valid ${f.en}.` };
    }
    case 'invalid_value':
      return {
        vi: `Giá trị phải là một trong: ${(issue.values ?? []).join(', ')}.`,
        en: `Must be one of: ${(issue.values ?? []).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return {
        vi: `Trường không được hỗ trợ: ${(issue.keys ?? []).join(', ')}.`,
        en: `Unsupported field: ${(issue.keys ?? []).join(', ')}.`,
      };
    default:
      return { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' };
  }
}
