import type { TextSegment } from '../../../../contract/document-reports.ts';

type Kind = TextSegment['kind'];
type Op = { kind: Kind; token: string };

/** Beyond this many table cells a text is compared paragraph by paragraph first. */
const MAX_CELLS = 1_000_000;

/** Words and the whitespace between them: words stay whole and the text rebuilds exactly. */
const words = (text: string) => text.match(/\s+|\S+/g) ?? [];
/** Lines with their line breaks. */
const lines = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** Longest common subsequence of two token lists, after trimming what they share at both ends. */
function lcs(a: string[], b: string[], fallback: (x: string[], y: string[]) => Op[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const same = (token: string): Op => ({ kind: 'same', token });
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const head = a.slice(0, start).map(same);
  const tail = a.slice(endA).map(same);
  if ((x.length + 1) * (y.length + 1) > MAX_CELLS) return [...head, ...fallback(x, y), ...tail];
  const n = x.length;
  const m = y.length;
  const w = m + 1;
  // table[i * w + j]: length of the LCS of x[i..] and y[j..].
  const table = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] =
        x[i] === y[j]
          ? table[(i + 1) * w + j + 1] + 1
          : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      ops.push(same(x[i]));
      i++;
      j++;
    } else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) ops.push({ kind: 'removed', token: x[i++] });
    else ops.push({ kind: 'added', token: y[j++] });
  }
  while (i < n) ops.push({ kind: 'removed', token: x[i++] });
  while (j < m) ops.push({ kind: 'added', token: y[j++] });
  return [...head, ...ops, ...tail];
}

const replaceAll = (x: string[], y: string[]): Op[] => [
  ...x.map((token) => ({ kind: 'removed' as const, token })),
  ...y.map((token) => ({ kind: 'added' as const, token })),
];

const wordOps = (a: string, b: string) => lcs(words(a), words(b), replaceAll);

/** Long texts: paragraphs first, then the words of each changed stretch. */
function paragraphOps(a: string, b: string): Op[] {
  const ops: Op[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed || added) ops.push(...wordOps(removed, added));
    removed = '';
    added = '';
  };
  for (const op of lcs(lines(a), lines(b), replaceAll)) {
    if (op.kind === 'same') {
      flush();
      ops.push(op);
    } else if (op.kind === 'removed') removed += op.token;
    else added += op.token;
  }
  flush();
  return ops;
}

function sharedSpace(a: string, b: string, edge: 'start' | 'end') {
  const at = (t: string, i: number) => (edge === 'start' ? t[i] : t[t.length - 1 - i]);
  let n = 0;
  while (n < a.length && n < b.length && at(a, n) === at(b, n) && /\s/.test(at(a, n))) n++;
  return edge === 'start' ? a.slice(0, n) : a.slice(a.length - n);
}

/**
 * Word-level changes from `before` to `after`, as runs of same / removed / added text. Within
 * a changed stretch all that was removed comes before all that was added, so a reworded
 * phrase reads as one replacement rather than word-by-word confetti.
 */
export function diffText(before: string, after: string): TextSegment[] {
  const a = before.normalize('NFC');
  const b = after.normalize('NFC');
  if (a === b) return a ? [{ kind: 'same', text: a }] : [];
  const ops = words(a).length * words(b).length > MAX_CELLS ? paragraphOps(a, b) : wordOps(a, b);
  const segments: TextSegment[] = [];
  const push = (kind: Kind, text: string) => {
    const last = segments.at(-1);
    if (last?.kind === kind) last.text += text;
    else if (text) segments.push({ kind, text });
  };
  let removed = '';
  let added = '';
  const flush = () => {
    // Spaces both sides share at the edges of a replacement are unchanged text.
    const lead = removed && added ? sharedSpace(removed, added, 'start') : '';
    const room = Math.min(removed.length, added.length) - lead.length;
    const shared = removed && added ? sharedSpace(removed, added, 'end') : '';
    const trail = shared.slice(Math.max(0, shared.length - room));
    const cut = (t: string) => t.slice(lead.length, t.length - trail.length);
    push('same', lead);
    push('removed', cut(removed));
    push('added', cut(added));
    push('same', trail);
    removed = '';
    added = '';
  };
  ops.forEach((op, index) => {
    if (op.kind === 'same') {
      const changing = removed || added;
      const next = ops[index + 1];
      // A space between two changed words belongs to the change.
      if (changing && next && next.kind !== 'same' && !op.token.trim()) {
        removed += op.token;
        added += op.token;
        return;
      }
      flush();
      push('same', op.token);
    } else if (op.kind === 'removed') removed += op.token;
    else added += op.token;
  });
  flush();
  return segments;
}
