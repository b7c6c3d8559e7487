import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { viOnDemand } from './vi.on-demand.ts';
import { vi } from './vi.ts';

const modules = join(import.meta.dirname, '../../modules');
const sources = (readdirSync(modules, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.|i18n/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(modules, f), 'utf8') }));

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );

describe('texts that come with their module', () => {
  it('are registered by a texts.ts that calls addModuleTexts with the same object', () => {
    for (const name of Object.keys(viOnDemand)) {
      const registrar = sources.find(
        ({ file, text }) =>
          file.endsWith('texts.ts') && new RegExp(`addModuleTexts\\([^)]*\\b${name}:`).test(text),
      );
      expect(registrar?.file, `no texts.ts registers "${name}"`).toBeDefined();
    }
  });

  it('are not also in the shell, and English carries every key of both', () => {
    for (const name of Object.keys(viOnDemand)) expect(Object.keys(vi)).not.toContain(name);
    expect(keys(en).sort()).toEqual(keys({ ...vi, ...viOnDemand }).sort());
  });

  it('are never used by a component outside its module without the module registering them first', () => {
    // A file that uses t('objectives.…') must import the module's texts.ts or be reached only
    // through a file of that module that does (a page or a card of the module).
    const offenders = sources.filter(({ file, text }) =>
      Object.keys(viOnDemand).some((name) => {
        const uses = new RegExp(`t\\(['\`]${name}\\.`).test(text);
        const owner = sources.find((s) => s.file.endsWith('texts.ts') && s.text.includes(`${name}:`));
        const ownerDir = owner?.file.split('/')[0];
        return uses && file.split('/')[0] !== ownerDir;
      }),
    );
    expect(offenders.map((o) => o.file)).toEqual([]);
  });
});
