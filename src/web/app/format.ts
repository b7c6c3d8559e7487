import dayjs, { type Dayjs } from 'dayjs';

/**
 * Every date, time and number on screen goes through here (UX.md: dd/mm/yyyy, 1.234,5; in
 * English 1,234.5). Dates are dd/mm/yyyy in both languages. Exports use the server's
 * twin, src/server/platform/format.ts.
 */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY';

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The language numbers are written in: i18n sets it when the language changes. */
export type NumberLang = 'vi' | 'en';
let numberLang: NumberLang = 'vi';
export function setNumberLang(lang: NumberLang) {
  numberLang = lang;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: NumberLang, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${lang}:${digits}:${fixed}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      maximumFractionDigits: digits,
      minimumFractionDigits: fixed ? digits : 0,
    });
    numberFormats.set(key, format);
  }
  return format;
}

const missing = (n: number | null | undefined): n is null | undefined => n == null || Number.isNaN(n);
/** -0 (a rounded -0,04) would print "-0". */
const unsigned0 = (n: number) => (Object.is(n, -0) ? 0 : n);

/**
 * A number as the language writes it: vi 2.171 and 4,7; en 2,171 and 4.7. Up to `digits`
 * decimals (trailing zeros dropped). Nothing, or NaN, shows as "—".
 */
export function formatNumber(
  n: number | null | undefined,
  digits = 3,
  lang: NumberLang = numberLang,
): string {
  if (missing(n)) return '—';
  const text = numberFormat(lang, digits, false).format(n);
  return text === '-0' ? '0' : text;
}

/**
 * An average with exactly `digits` decimals, so a column of them lines up and "6,0" never
 * reads as a count beside "2,1": vi 6,0 and 2,1; en 6.0 and 2.1. Nothing shows as "—".
 */
export function formatDecimal(
  n: number | null | undefined,
  digits = 1,
  lang: NumberLang = numberLang,
): string {
  if (missing(n)) return '—';
  const text = numberFormat(lang, digits, true).format(n);
  return /^-0([.,]0+)?$/.test(text) ? text.slice(1) : text;
}

/**
 * A rate (0.812) as a percentage with one decimal: vi "81,2 %" (a no-break space before %,
 * as Vietnamese writes it, kept on one line), en "81.2%". Nothing, or NaN, shows as "—".
 */
export function formatPercent(rate: number | null | undefined, lang: NumberLang = numberLang): string {
  if (missing(rate)) return '—';
  const value = unsigned0(Math.round(rate * 1000) / 10);
  const text = numberFormat(lang, 1, true).format(value);
  return lang === 'vi' ? `${text}\u00a0%` : `${text}%`;
}

/** A size in bytes as KB (whole) or MB (one decimal). */
export function formatFileSize(bytes: number, lang: NumberLang = numberLang): string {
  return bytes < 1024 * 1024
    ? `${formatNumber(Math.ceil(bytes / 1024), 0, lang)} KB`
    : `${formatNumber(bytes / 1024 / 1024, 1, lang)} MB`;
}

/** A calendar day (YYYY-MM-DD, or the date part of an instant) as dd/mm/yyyy. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  if (value.length > 10) return formatDateTime(value).slice(0, 10);
  const [y, m, d] = value.split('-');
  return `${d}/${m}/${y}`;
}

/** An instant as dd/mm/yyyy HH:mm:ss in Vietnam's time zone, whatever the browser's zone. */
export function formatDateTime(value: string | null | undefined, withSeconds = true): string {
  if (!value) return '—';
  const parts = Object.fromEntries(
    dateTimeParts.formatToParts(new Date(value)).map((p) => [p.type, p.value]),
  );
  const time = withSeconds
    ? `${parts.hour}:${parts.minute}:${parts.second}`
    : `${parts.hour}:${parts.minute}`;
  return `${parts.day}/${parts.month}/${parts.year} ${time}`;
}

/** Today in Vietnam as YYYY-MM-DD. */
export function todayIso(): string {
  const p = Object.fromEntries(dateTimeParts.formatToParts(new Date()).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** Today in Vietnam as a date picker's value: a browser set to another zone still proposes the agency's day. */
export function todayDate(): Dayjs {
  return dayjs(todayIso());
}

/** A date picker's value as the API's YYYY-MM-DD. */
export function toIsoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** Lower-case, without Vietnamese diacritics: "Đơn vị" and "don vi" match. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
