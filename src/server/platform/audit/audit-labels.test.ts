import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  auditActionName,
  auditActionNames,
  auditEntityName,
  auditEntityNames,
  auditFieldName,
  auditFieldNames,
} from '../../../contract/audit-labels.ts';
import { auditHiddenFields } from '../../../contract/audit-values.ts';
import { changeKinds, transitionActions } from '../../../contract/documents.ts';
import { restructureBody } from '../../../contract/org.ts';
import { catalogueAction } from '../../../contract/records-catalogue.ts';

/*
 * Every action and record type the server writes to the audit trail has a label: this scans
 * the code for the calls that append an event (recordAudit and the local helpers that wrap
 * it) and reads the codes they pass. A code computed from a request (`body.action`) is
 * resolved through the contract's list of values below; an expression the scan does not
 * know fails the test, so a new kind of call is looked at once.
 */

const serverRoot = join(import.meta.dirname, '..', '..');
const skipped = /\.(test|testing|fixture)\.ts$|\/testing\//;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !skipped.test(path) ? [path] : [];
  });
}

/** The text between the parenthesis at `open` and its match, skipping strings and comments. */
function argumentsAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      i = text.indexOf('\n', i);
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  throw new Error(`unbalanced call at ${open}`);
}

/** Top-level arguments of a call (commas inside brackets or strings do not split). */
function splitArguments(args: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < args.length && args[i] !== c; i++) if (args[i] === '\\') i++;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(args.slice(start).trim());
  return parts.filter(Boolean);
}

const CODE = /^[a-z]+(?:_[a-z]+)*$/;
const literals = (expr: string) =>
  [...expr.matchAll(/'([^']*)'/g)].map((m) => m[1]).filter((s) => CODE.test(s));
/** An argument that is a code or a choice between codes: 'close', next ? 'complete_step' : 'close'. */
const codeArgument = /^(?:[\w.!]+\s*\?\s*)?'[a-z_]+'(?:\s*:\s*'[a-z_]+')?$/;

/** Codes computed from a request or a parameter, by the expression that computes them. */
const computed: Record<string, string[]> = {
  'body.action': [...transitionActions, ...catalogueAction.options],
  'body.kind': restructureBody.options.map((o) => o.shape.kind.value),
  '`move_${body.direction}`': ['move_up', 'move_down'],
  '`request_${body.kind}`': changeKinds.map((k) => `request_${k}`),
};
/** Parameters of a helper that wraps recordAudit: their codes are read where the helper is called. */
const passedThrough = new Set(['action', 'entityType']);

type Found = { code: string; kind: 'action' | 'entityType' | 'either'; where: string };

function scan() {
  const found: Found[] = [];
  const unknown: string[] = [];
  for (const path of sources(serverRoot)) {
    const text = readFileSync(path, 'utf8');
    const where = relative(serverRoot, path);
    // recordAudit itself, and the helpers of this file or of the catalogue that wrap it.
    const wrappers = ['recordAudit', 'audited'];
    for (const m of text.matchAll(/(?:function|const)\s+(\w+)\s*=?\s*(?:async\s*)?\(/g)) {
      const body = text.slice(m.index, m.index + 600);
      if (/recordAudit\(|appendEvents?\(|action,|action:/.test(body) && /audit|log/i.test(m[1]))
        wrappers.push(m[1]);
    }
    for (const callee of new Set(wrappers)) {
      for (const call of text.matchAll(new RegExp(`(?<![\\w.])${callee}\\(`, 'g'))) {
        const before = text.slice(Math.max(0, call.index - 20), call.index);
        if (/(function|const)\s+$/.test(before)) continue; // the definition, not a call
        const args = argumentsAt(text, call.index + callee.length);
        for (const [, kind, raw] of args.matchAll(/\b(action|entityType):\s*([^,\n]+)/g)) {
          const expr = raw.trim();
          const codes = literals(expr);
          if (codes.length)
            for (const code of codes) found.push({ code, kind: kind as Found['kind'], where });
          else if (computed[expr])
            for (const code of computed[expr]) found.push({ code, kind: kind as Found['kind'], where });
          else if (!passedThrough.has(expr)) unknown.push(`${where}: ${kind}: ${expr}`);
        }
        if (callee !== 'recordAudit')
          for (const arg of splitArguments(args))
            if (codeArgument.test(arg))
              for (const code of literals(arg)) found.push({ code, kind: 'either', where });
      }
    }
  }
  return { found, unknown };
}

describe('labels of the audit trail', () => {
  const { found, unknown } = scan();

  it('finds the calls that write the trail, the codes of the issue among them', () => {
    const codes = new Set(found.map((f) => f.code));
    for (const code of ['in_force', 'complete_step', 'document_version', 'login', 'request_new', 'move_up'])
      expect(codes, code).toContain(code);
    expect(unknown, 'expressions the scan cannot resolve: add them to `computed`').toEqual([]);
  });

  it('has a Vietnamese and an English label for every action and record type written', () => {
    const missing = found.filter(({ code, kind }) => {
      const action = Object.hasOwn(auditActionNames, code);
      const entity = Object.hasOwn(auditEntityNames, code);
      return kind === 'action' ? !action : kind === 'entityType' ? !entity : !action && !entity;
    });
    expect(missing.map((m) => `${m.where}: ${m.kind} '${m.code}'`)).toEqual([]);
    for (const label of [...Object.values(auditActionNames), ...Object.values(auditEntityNames)]) {
      expect(label.vi.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
  });

  it('reads an action with its record type where that says more, and shows an unknown code as it is', () => {
    expect(auditActionName('in_force', 'document')).toBe('Có hiệu lực');
    expect(auditActionName('close', 'record_file')).toBe('Kết thúc hồ sơ');
    expect(auditActionName('close', 'work_case', 'en')).toBe('Finished the case');
    expect(auditActionName('complete_step', 'work_case')).toBe('Hoàn thành bước');
    expect(auditEntityName('document_version')).toBe('Lần ban hành tài liệu');
    expect(auditEntityName('document_version', 'en')).toBe('Document version');
    expect(auditFieldName('issueNo')).toBe('Lần ban hành');
    expect(auditActionName('something_new')).toBe('something_new');
  });

  it('has a label for every field the before/after can show: each column of a module table, each field written by hand', () => {
    const columns = new Set<string>();
    const written = new Set<string>();
    for (const path of sources(join(serverRoot, 'modules')))
      if (path.endsWith('.table.ts'))
        for (const m of readFileSync(path, 'utf8').matchAll(/^\s+(\w+):\s*[a-zA-Z]+\(\s*'[a-z_0-9]+'/gm))
          columns.add(m[1]);
    // Fields of a `changes` object written out in a recordAudit call: `reason: { to: body.reason }`.
    for (const path of sources(serverRoot)) {
      const text = readFileSync(path, 'utf8');
      for (const c of text.matchAll(/\bchanges: \{/g))
        for (const m of argumentsAt(text, c.index + c[0].length - 1).matchAll(/\b(\w+): \{ (?:from|to)\b/g))
          written.add(m[1]);
    }
    expect(columns.size).toBeGreaterThan(100);
    expect(written).toContain('signedFile');
    const missing = [...columns, ...written].filter(
      (f) => !Object.hasOwn(auditFieldNames, f) && !auditHiddenFields.has(f),
    );
    expect([...new Set(missing)]).toEqual([]);
  });
});
