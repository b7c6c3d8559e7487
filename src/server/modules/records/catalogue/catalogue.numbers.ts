/** Numbering and wording of the catalogue (Nghị định 30/2020): pure functions. */

const romanDigits: Array<[number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, digits] of romanDigits) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** "IV" → 4; anything that is not a well-formed Roman numeral → null. */
export function fromRoman(text: string): number | null {
  const s = text.trim().toUpperCase();
  if (!/^[IVXLCDM]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = romanDigits.find(([, d]) => d === s[i])![0];
    const next = i + 1 < s.length ? romanDigits.find(([, d]) => d === s[i + 1])![0] : 0;
    total += v < next ? -v : v;
  }
  return toRoman(total) === s ? total : null;
}

/** Lower-case without diacritics, so "Vĩnh viễn", "VINH VIEN" and "vĩnh  viễn" read alike. */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

export type Retention = { ok: true; years: number | null } | { ok: false };

/**
 * Thời hạn bảo quản as people write it: "Vĩnh viễn" → permanent (null), "10 năm" or
 * "05 năm kể từ năm hồ sơ kết thúc" → 10 / 5. Anything else is not read.
 */
export function parseRetention(text: string): Retention {
  const t = fold(text);
  if (/^vinh vien\b/.test(t)) return { ok: true, years: null };
  const match = /^(\d{1,3}) ?nam\b/.exec(t);
  if (match) {
    const years = Number(match[1]);
    if (years >= 1 && years <= 100) return { ok: true, years };
  }
  return { ok: false };
}

export const retentionText = (years: number | null) => (years === null ? 'Vĩnh viễn' : `${years} năm`);

/** The file number at the start of an entry's code ("07.TCCB" → 7). */
export const fileNumberOf = (code: string) => {
  const m = /^(\d+)/.exec(code);
  return m ? Number(m[1]) : 0;
};

/** The next entry's code: one past the highest file number, then the unit's code. */
export const nextCode = (codes: string[], unitCode: string, add = 1) =>
  `${String(Math.max(0, ...codes.map(fileNumberOf)) + add).padStart(2, '0')}.${unitCode}`;

const ones = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

function belowThousand(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const words: string[] = [];
  if (full || h > 0) words.push(ones[h], 'trăm');
  if (t === 0) {
    if (u > 0 && (full || h > 0)) words.push('lẻ');
  } else if (t === 1) words.push('mười');
  else words.push(ones[t], 'mươi');
  if (u > 0) {
    if (u === 1 && t > 1) words.push('mốt');
    else if (u === 5 && t > 0) words.push('lăm');
    else if (u === 4 && t > 1) words.push('tư');
    else words.push(ones[u]);
  }
  return words.join(' ');
}

/** A count in Vietnamese words, as the closing line writes it: 25 → "hai mươi lăm". */
export function vietnameseNumber(n: number): string {
  if (n === 0) return 'không';
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.unshift(rest % 1000);
  const scales = ['', 'nghìn', 'triệu', 'tỷ'];
  const words: string[] = [];
  groups.forEach((g, i) => {
    const scale = scales[groups.length - 1 - i];
    if (g === 0) return;
    words.push(belowThousand(g, i > 0));
    if (scale) words.push(scale);
  });
  return words.join(' ');
}
