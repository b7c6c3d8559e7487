import type { Dayjs } from 'dayjs';

/** Every date, time and number on screen goes through here (UX.md: dd/mm/yyyy, 1.234,5). */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const DATE_FORMAT = 'DD/MM/YYYY';

const numberFormat = new Intl.NumberFormat('vi-VN');
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

export function formatNumber(n: number | null | undefined): string {
  return n == null ? '—' : numberFormat.format(n);
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
