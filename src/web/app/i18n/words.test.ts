import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { viOnDemand } from './vi.on-demand.ts';
import { vi as shellVi } from './vi.ts';

const vi = { ...shellVi, ...viOnDemand };

/**
 * One meaning per word (GLOSSARY.md; ARCHITECTURE.md "Words"): the Vietnamese texts of the app
 * and the contract's name tables never call a password re-entry a signature ("ký điện tử", "ký
 * số"), never call a work case "hồ sơ công việc" (Nghị định 30/2020's archival file), and show
 * no raw code.
 */
type Entry = { path: string; text: string };

function strings(value: unknown, path = ''): Entry[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

/** Every { vi, en } pair exported by src/contract (status names, figure names, messages). */
async function contractPairs(): Promise<{ vi: Entry[]; en: Entry[] }> {
  const dir = join(import.meta.dirname, '../../../contract');
  const found = { vi: [] as Entry[], en: [] as Entry[] };
  const walk = (value: unknown, path: string, seen: Set<unknown>) => {
    if (!value || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    const o = value as Record<string, unknown>;
    if (typeof o.vi === 'string' && typeof o.en === 'string') {
      found.vi.push({ path, text: o.vi });
      found.en.push({ path, text: o.en });
      return;
    }
    for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`, seen);
  };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const module = (await import(join(dir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) walk(value, `${file}:${name}`, new Set());
  }
  return found;
}

const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}/g, '');
const lower = (text: string) => text.toLocaleLowerCase('vi');

/** The places where "hồ sơ công việc" is the archival file, as Nghị định 30/2020 uses it. */
const archivalKeys = /^(recordFiles|catalogue)\./;

function problemsVi(entries: Entry[]): string[] {
  const problems: string[] = [];
  for (const { path, text } of entries) {
    const t = lower(text);
    if (t.includes('ký điện tử')) problems.push(`${path}: "ký điện tử" for a password re-entry — ${text}`);
    // Ký số is the token/certificate signature: never the password confirmation.
    if (t.includes('ký số') && t.includes('mật khẩu') && !t.includes('không phải ký số'))
      problems.push(`${path}: "ký số" beside the password — ${text}`);
    if (t.includes('hồ sơ công việc') && !archivalKeys.test(path))
      problems.push(`${path}: "hồ sơ công việc" outside the archival file — ${text}`);
    const bare = withoutPlaceholders(text);
    if (/\b[a-z]+_[a-z0-9_]+\b/.test(bare) || /\b[a-z]+[A-Z][A-Za-z]*\b/.test(bare))
      problems.push(`${path}: a raw code in Vietnamese — ${text}`);
  }
  return problems;
}

function problemsEn(entries: Entry[]): string[] {
  return entries
    .filter(
      ({ text }) => /(electronic|digital) signature/i.test(text) && !/not a digital signature/i.test(text),
    )
    .map(({ path, text }) => `${path}: a password re-entry called a signature — ${text}`);
}

describe('words', () => {
  it('keep one meaning in the Vietnamese texts of the app', () => {
    expect(problemsVi(strings(vi))).toEqual([]);
  });

  it('keep one meaning in the contract’s names and messages', async () => {
    const pairs = await contractPairs();
    expect(pairs.vi.length).toBeGreaterThan(50);
    expect(problemsVi(pairs.vi)).toEqual([]);
    expect(problemsEn(pairs.en)).toEqual([]);
  });

  it('never call a password confirmation a signature in English', () => {
    expect(problemsEn(strings(en))).toEqual([]);
  });

  it('name work cases and archival files as the glossary does', () => {
    expect(vi.nav.cases).toBe('Xử lý công việc');
    expect(vi.nav.recordFiles).toBe('Hồ sơ');
    expect(vi.documents.sign.title).toBe('Xác nhận điện tử (xác thực bằng mật khẩu)');
  });

  it('catches what it is meant to catch', () => {
    expect(
      problemsVi([
        { path: 'documents.sign.title', text: 'Ký điện tử' },
        { path: 'cases.title', text: 'Hồ sơ công việc' },
        { path: 'x', text: 'Nhập mật khẩu để ký số' },
        { path: 'audit.action', text: 'Trạng thái in_force' },
      ]),
    ).toHaveLength(4);
    expect(problemsVi([{ path: 'recordFiles.subtitle', text: 'Hồ sơ công việc của đơn vị' }])).toEqual([]);
    expect(problemsEn([{ path: 'x', text: 'Electronic signature' }])).toHaveLength(1);
  });
});

/** Server messages and exports: the same words, checked in the source they are written in. */
describe('words on the server', () => {
  const root = join(import.meta.dirname, '../../../server');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory()
        ? d.name === 'demo' || d.name === 'testing'
          ? []
          : files(join(dir, d.name))
        : d.name.endsWith('.ts') && !d.name.endsWith('.test.ts')
          ? [join(dir, d.name)]
          : [],
    );

  it('never write "ký điện tử" or call a password re-entry a digital signature', () => {
    const found = files(root).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter(
          (line) =>
            /ký điện tử|(electronic|digital) signature/i.test(line) &&
            !/not a digital signature|never/i.test(line),
        )
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });

  it('never call a work case "hồ sơ công việc" in the cases module', () => {
    const found = files(join(root, 'modules/cases')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /hồ sơ công việc/i.test(line) && !/^\s*(\/\/|\*|\/\*)/.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
