/**
 * Highlighting works on the original text (with diacritics) by comparing each word's
 * folded form with the folded query terms, so "danh gia" marks "đánh giá".
 */

/** Lowercase without diacritics, as `f_unaccent(lower(x))` gives it ('đ' → 'd'). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** The query's words, folded, in order, without repeats. */
export function queryTerms(query: string): string[] {
  return [...new Set(fold(query).match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/** How words of a text are compared with the terms. */
export type Matcher = {
  terms: string[];
  /** The last term also matches as a prefix (the user may still be typing it). */
  prefixLast: boolean;
  /** Near matches (one letter off) count too: the search fell back to typo tolerance. */
  fuzzy: boolean;
};

const word = /[\p{L}\p{M}\p{N}]+/gu;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);

/** At most one insertion, deletion or substitution apart. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + (a.length >= b.length ? 1 : 0));
  const restB = b.slice(i + (b.length >= a.length ? 1 : 0));
  return restA === restB;
}

function matches(original: string, m: Matcher): boolean {
  const folded = fold(original);
  return m.terms.some(
    (term, i) =>
      folded === term ||
      (m.prefixLast && i === m.terms.length - 1 && folded.startsWith(term)) ||
      (m.fuzzy && term.length >= 3 && withinOneEdit(folded, term)),
  );
}

type Span = { start: number; end: number };

/** Character ranges of the matching words; neighbours separated only by spaces merge. */
function matchedSpans(text: string, m: Matcher): Span[] {
  const spans: Span[] = [];
  for (const found of text.matchAll(word)) {
    if (!matches(found[0], m)) continue;
    const span = { start: found.index, end: found.index + found[0].length };
    const last = spans.at(-1);
    if (last && /^\s+$/.test(text.slice(last.end, span.start))) last.end = span.end;
    else spans.push(span);
  }
  return spans;
}

/** The text as HTML, escaped, with the matched words wrapped in `<mark>…</mark>`. */
export function highlight(text: string, m: Matcher): string {
  let html = '';
  let at = 0;
  for (const { start, end } of matchedSpans(text, m)) {
    html += `${escapeHtml(text.slice(at, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(text.slice(at));
}

/**
 * About `length` characters of the text around its first match, cut at spaces, with "…"
 * where text was left out, highlighted. Without a match: the beginning of the text.
 */
export function snippet(text: string, m: Matcher, length = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const first = matchedSpans(flat, m)[0];
  let start = first ? Math.max(0, first.start - Math.floor(length / 4)) : 0;
  const afterSpace = flat.indexOf(' ', start - 1) + 1;
  if (start > 0 && afterSpace > 0 && first && afterSpace <= first.start) start = afterSpace;
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) end = flat.lastIndexOf(' ', end) > start ? flat.lastIndexOf(' ', end) : end;
  const piece = flat.slice(start, end).trim();
  return `${start > 0 ? '…' : ''}${highlight(piece, m)}${end < flat.length ? '…' : ''}`;
}
