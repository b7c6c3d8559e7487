import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Module boundaries. A module is reached by other modules only through its public surface,
 * `modules/<module>/index.ts`; platform/ serves every module and imports none of them (the
 * composition roots — app.ts, jobs.ts, main.ts, demo/, testing/, cli/ — sit outside both).
 *
 * Tests and their support files (*.test.ts, *.testing.ts, *.fixture.ts) may import the
 * internals of other modules to build fixtures and look at rows; they are not scanned.
 */

const server = resolve(import.meta.dirname, '..');
const modulesDir = join(server, 'modules');
const platformDir = join(server, 'platform');

/**
 * platform/ files that still import a module, each with why; the test fails when one no
 * longer needs to, so the list only shrinks. Signing in checks and updates the credentials
 * kept on org's `people` row; moving them into an auth-owned table is its own change.
 */
const platformExceptions: Record<string, string> = {
  'platform/auth/actor-loader.ts': "the actor is built from org's people, units and grants",
  'platform/auth/auth.service.ts': "passwords, lockout and sign-in read and write org's people row",
};

const isTestSupport = (file: string) => /\.(test|testing|fixture)\.ts$/.test(file);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !isTestSupport(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every relative module specifier of a file: import/export … from, import type, import(). */
function relativeImports(text: string): string[] {
  const found = [
    ...text.matchAll(/\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
    ...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
  ].map((m) => m[1]);
  return found.filter((s) => s.startsWith('.'));
}

const moduleOf = (path: string) => relative(modulesDir, path).split('/')[0];
const inside = (dir: string, path: string) => !relative(dir, path).startsWith('..');

/** The imports of a module's file that reach into another module past its index.ts. */
function crossings(file: string, text: string): string[] {
  const own = moduleOf(file);
  return relativeImports(text)
    .map((specifier) => resolve(dirname(file), specifier))
    .filter((target) => inside(modulesDir, target) && moduleOf(target) !== own)
    .filter((target) => target !== join(modulesDir, moduleOf(target), 'index.ts'))
    .map((target) => `${relative(server, file)} → ${relative(server, target)}`);
}

describe('module boundaries', () => {
  it('modules import other modules only through their index.ts', () => {
    const violations = sourceFiles(modulesDir).flatMap((file) => crossings(file, readFileSync(file, 'utf8')));
    expect(violations).toEqual([]);
  });

  it('every module has a public surface', () => {
    const modules = readdirSync(modulesDir, { withFileTypes: true }).filter((e) => e.isDirectory());
    const missing = modules
      .filter((m) => !readdirSync(join(modulesDir, m.name)).includes('index.ts'))
      .map((m) => m.name);
    expect(missing).toEqual([]);
  });

  it('platform imports no module (but the listed exceptions)', () => {
    const importing = new Set<string>();
    const violations: string[] = [];
    for (const file of sourceFiles(platformDir)) {
      const name = relative(server, file);
      for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
        const target = resolve(dirname(file), specifier);
        if (!inside(modulesDir, target)) continue;
        importing.add(name);
        if (!(name in platformExceptions)) violations.push(`${name} → ${relative(server, target)}`);
      }
    }
    expect(violations).toEqual([]);
    expect(Object.keys(platformExceptions).filter((f) => !importing.has(f))).toEqual([]);
  });

  it('names each import of another module’s internals, and lets index.ts and own files pass', () => {
    const file = join(modulesDir, 'records', 'files', 'x.ts');
    const text = [
      "import { units } from '../../org/org.table.ts';",
      "import { findUnit } from '../../org/index.ts';",
      "import type { FileRow } from './files.open.ts';",
      "import { recordFiles } from '../records.table.ts';",
      "export { unitsInTreeOrder } from '../../org/unit-order.ts';",
      "const later = () => import('../../cases/cases.table.ts');",
    ].join('\n');
    expect(crossings(file, text)).toEqual([
      'modules/records/files/x.ts → modules/org/org.table.ts',
      'modules/records/files/x.ts → modules/org/unit-order.ts',
      'modules/records/files/x.ts → modules/cases/cases.table.ts',
    ]);
  });
});
