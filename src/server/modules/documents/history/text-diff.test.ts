import { describe, expect, it } from 'vitest';
import { diffText } from './text-diff.ts';

const rebuild = (segments: ReturnType<typeof diffText>, side: 'before' | 'after') =>
  segments
    .filter((s) => s.kind === 'same' || s.kind === (side === 'before' ? 'removed' : 'added'))
    .map((s) => s.text)
    .join('');

describe('diffText', () => {
  it('keeps Vietnamese words whole and a reworded phrase as one replacement', () => {
    const before = 'Chuyên viên thẩm định hồ sơ trong 5 ngày làm việc.';
    const after = 'Chuyên viên phụ trách kiểm tra hồ sơ trong 3 ngày làm việc.';
    expect(diffText(before, after)).toEqual([
      { kind: 'same', text: 'Chuyên viên ' },
      { kind: 'removed', text: 'thẩm định' },
      { kind: 'added', text: 'phụ trách kiểm tra' },
      { kind: 'same', text: ' hồ sơ trong ' },
      { kind: 'removed', text: '5' },
      { kind: 'added', text: '3' },
      { kind: 'same', text: ' ngày làm việc.' },
    ]);
  });

  it('treats composed and decomposed diacritics as the same text', () => {
    const composed = 'Quy trình kiểm soát tài liệu';
    expect(diffText(composed.normalize('NFD'), composed)).toEqual([{ kind: 'same', text: composed }]);
  });

  it('rebuilds both sides exactly whatever the whitespace', () => {
    const pairs = [
      [' ', ' x '],
      ['a\n b', 'a \nc'],
      ['Bước 1:  tiếp nhận\n', 'Bước 2:\ttiếp nhận \n'],
      ['x y z', 'y'],
    ];
    for (const [before, after] of pairs) {
      const segments = diffText(before, after);
      expect(rebuild(segments, 'before')).toBe(before);
      expect(rebuild(segments, 'after')).toBe(after);
    }
  });

  it('handles empty sides', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', 'Mới')).toEqual([{ kind: 'added', text: 'Mới' }]);
    expect(diffText('Cũ', '')).toEqual([{ kind: 'removed', text: 'Cũ' }]);
  });

  it('diffs long texts paragraph by paragraph and still rebuilds both sides exactly', () => {
    const paragraph = (i: number) => `Đoạn ${i}: ${'nội dung quy định chi tiết '.repeat(40)}\n`;
    const before = Array.from({ length: 60 }, (_, i) => paragraph(i)).join('');
    const after = before.replace('Đoạn 17:', 'Đoạn mười bảy:').replace(paragraph(40), '');
    const segments = diffText(before, after);
    expect(rebuild(segments, 'before')).toBe(before);
    expect(rebuild(segments, 'after')).toBe(after);
    const changes = segments.filter((s) => s.kind !== 'same');
    expect(changes[0]).toEqual({ kind: 'removed', text: '17:' });
    expect(changes[1]).toEqual({ kind: 'added', text: 'mười bảy:' });
    expect(changes.slice(2)).toEqual([{ kind: 'removed', text: paragraph(40) }]);
  });
});
