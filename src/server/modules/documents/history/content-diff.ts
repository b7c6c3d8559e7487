import {
  type DocumentSection,
  documentSectionNames,
  type FieldChange,
  type ItemChange,
  type SectionDiff,
} from '../../../../contract/document-reports.ts';
import type { DocumentContent } from '../../../../contract/documents.ts';
import { diffText } from './text-diff.ts';

type Side = { title: string; content: DocumentContent };
type Value = string | number | null;
type ListSection = 'references' | 'definitions' | 'steps' | 'forms' | 'records';
type ListSpec<T> = { key: (item: T) => string; label: (item: T) => string; fields: Array<keyof T & string> };

/** How items of each list are told apart across versions, named and compared. */
const lists: { [S in ListSection]: ListSpec<DocumentContent[S][number]> } = {
  references: { key: (r) => r.documentId ?? r.text, label: (r) => r.text, fields: ['text', 'documentId'] },
  definitions: { key: (d) => d.term, label: (d) => d.term, fields: ['term', 'meaning'] },
  steps: {
    key: (s) => s.id,
    label: (s) => s.action,
    fields: ['action', 'who', 'durationDays', 'output', 'condition', 'yesNext', 'noNext'],
  },
  forms: {
    key: (f) => f.documentId ?? f.code,
    label: (f) => `${f.code} ${f.title}`,
    fields: ['code', 'title', 'documentId'],
  },
  records: {
    key: (r) => r.name,
    label: (r) => r.name,
    fields: ['name', 'keeper', 'location', 'retention'],
  },
};

const value = (v: unknown): Value => (v === undefined || v === '' ? null : (v as Value));

function fieldChange(field: string, from: Value, to: Value): FieldChange {
  const change: FieldChange = { field, from, to };
  if (typeof from === 'string' && typeof to === 'string') change.segments = diffText(from, to);
  return change;
}

/** Keys made unique by occurrence (two records of the same name are the 1st and 2nd). */
function keyed<T>(items: T[], key: (item: T) => string) {
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const base = key(item);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: n === 1 ? base : `${base}#${n}`, item, position: index + 1 };
  });
}

function diffList<T>(spec: ListSpec<T>, before: T[], after: T[]) {
  const old = new Map(keyed(before, spec.key).map((e) => [e.key, e]));
  const changes: ItemChange[] = [];
  let unchanged = 0;
  const fieldsOf = (item: T) => spec.fields.map((f) => [f, value(item[f as keyof T])] as const);
  for (const now of keyed(after, spec.key)) {
    const was = old.get(now.key);
    old.delete(now.key);
    const base = { key: now.key, label: spec.label(now.item), toPosition: now.position };
    if (!was) {
      changes.push({
        ...base,
        kind: 'added',
        fromPosition: null,
        fields: fieldsOf(now.item)
          .filter(([, v]) => v !== null)
          .map(([f, v]) => fieldChange(f, null, v)),
      });
      continue;
    }
    const fields = spec.fields
      .map((f) => [f, value(was.item[f as keyof T]), value(now.item[f as keyof T])] as const)
      .filter(([, from, to]) => from !== to)
      .map(([f, from, to]) => fieldChange(f, from, to));
    if (fields.length) changes.push({ ...base, kind: 'changed', fromPosition: was.position, fields });
    else unchanged++;
  }
  for (const gone of old.values()) {
    changes.push({
      kind: 'removed',
      key: gone.key,
      label: spec.label(gone.item),
      fromPosition: gone.position,
      toPosition: null,
      fields: fieldsOf(gone.item)
        .filter(([, v]) => v !== null)
        .map(([f, v]) => fieldChange(f, v, null)),
    });
  }
  changes.sort((x, y) => (x.toPosition ?? x.fromPosition ?? 0) - (y.toPosition ?? y.fromPosition ?? 0));
  return { items: changes, unchangedItems: unchanged };
}

const textSection = (section: DocumentSection, before: string, after: string): SectionDiff => ({
  section,
  number: documentSectionNames[section].number,
  changed: before.normalize('NFC') !== after.normalize('NFC'),
  text: diffText(before, after),
});

function listSection<S extends ListSection>(
  section: S,
  from: DocumentContent,
  to: DocumentContent,
): SectionDiff {
  const spec = lists[section] as ListSpec<DocumentContent[S][number]>;
  const result = diffList(spec, from[section], to[section]);
  return {
    section,
    number: documentSectionNames[section].number,
    changed: result.items.length > 0,
    ...result,
  };
}

/** Section by section, what changed from one version of a document to another. */
export function diffContent(from: Side, to: Side): SectionDiff[] {
  const a = from.content;
  const b = to.content;
  return [
    textSection('title', from.title, to.title),
    textSection('purpose', a.purpose, b.purpose),
    textSection('scope', a.scope, b.scope),
    listSection('references', a, b),
    listSection('definitions', a, b),
    listSection('steps', a, b),
    listSection('forms', a, b),
    listSection('records', a, b),
    textSection('body', a.body, b.body),
  ];
}

const numbers = (xs: Array<number | null>) =>
  xs
    .filter((n): n is number => n !== null)
    .sort((x, y) => x - y)
    .join(', ');

/**
 * The "where" column of the revision history: "Mục 5 (bước 2, 4; bỏ bước 3); Mục 7". Step
 * numbers are those of the newer version; removed steps keep the number they had.
 */
export function whereChanged(sections: SectionDiff[]): string {
  return sections
    .filter((s) => s.changed)
    .map((s) => {
      const name = s.number === null ? documentSectionNames[s.section].vi : `Mục ${s.number}`;
      if (s.section !== 'steps' || !s.items) return name;
      const touched = numbers(s.items.filter((i) => i.kind !== 'removed').map((i) => i.toPosition));
      const removed = numbers(s.items.filter((i) => i.kind === 'removed').map((i) => i.fromPosition));
      const detail = [touched && `bước ${touched}`, removed && `bỏ bước ${removed}`].filter(Boolean);
      return `${name} (${detail.join('; ')})`;
    })
    .join('; ');
}
