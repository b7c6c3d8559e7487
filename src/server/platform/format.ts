/**
 * Numbers and dates in exports (DOCX, PDF, XLSX text) and e-mails, the twin of the web's
 * src/web/app/format.ts: vi 2.171, 4,7, 81,2 % (a no-break space before %); en 2,171, 4.7,
 * 81.2%; dates dd/mm/yyyy in both. Nothing, or NaN, shows as "—".
 */
export type Lang = 'vi' | 'en';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${lang}:${digits}:${fixed}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
      maximumFractionDigits: digits,
      minimumFractionDigits: fixed ? digits : 0,
    });
    formats.set(key, format);
  }
  return format;
}

const missing = (n: number | null | undefined): n is null | undefined => n == null || Number.isNaN(n);

/** A number with up to `digits` decimals (trailing zeros dropped). */
export function formatNumber(n: number | null | undefined, digits = 3, lang: Lang = 'vi'): string {
  if (missing(n)) return '—';
  const text = numberFormat(lang, digits, false).format(n);
  return text === '-0' ? '0' : text;
}

/**
 * An average with exactly `digits` decimals, so a column of them lines up and "6,0" never
 * reads as a count beside "2,1": vi 6,0 and 2,1; en 6.0 and 2.1.
 */
export function formatDecimal(n: number | null | undefined, digits = 1, lang: Lang = 'vi'): string {
  if (missing(n)) return '—';
  const text = numberFormat(lang, digits, true).format(n);
  return /^-0([.,]0+)?$/.test(text) ? text.slice(1) : text;
}

/** A rate (0.812) as a percentage with one decimal: "81,2 %" / "81.2%". */
export function formatPercent(rate: number | null | undefined, lang: Lang = 'vi'): string {
  if (missing(rate)) return '—';
  const rounded = Math.round(rate * 1000) / 10;
  const text = numberFormat(lang, 1, true).format(Object.is(rounded, -0) ? 0 : rounded);
  return lang === 'vi' ? `${text}\u00a0%` : `${text}%`;
}

/** A calendar day (YYYY-MM-DD, or the date part of an ISO instant) as dd/mm/yyyy; "" when none. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/**
 * A day as an administrative paper writes it (Nghị định 30/2020, Phụ lục I): "ngày 05 tháng
 * 3 năm 2017" — a zero before days under 10 and before months 1 and 2, none before months 3
 * to 12.
 */
export function formatLongDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}
