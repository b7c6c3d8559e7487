import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditActionName,
  auditActionNames,
  auditEntityNames,
  auditFieldNames,
} from '../../../contract/audit-labels.ts';
import {
  auditHiddenFields,
  auditRecordLabel,
  auditValueText,
  auditVerbatimFields,
  UUID,
} from '../../../contract/audit-values.ts';
import { buildApp } from '../../app.ts';
import type { Database } from '../../db/connection.ts';
import { DEMO_PASSWORD, loadDemo } from '../../demo/demo.ts';
import { login, testConfig } from '../../testing/test-app.ts';
import { openTestDatabase } from '../../testing/test-database.ts';

/*
 * What the demo writes to the trail, read as a visitor reads it: every record type, action
 * and field has a label, every coded value a name, and no id reaches the XLSX (the page's
 * twin) unresolved. audit-labels.test.ts scans the code; this reads what was written.
 */

let database: Database;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  database = await openTestDatabase();
  await loadDemo(database);
  app = await buildApp({ database, config: testConfig });
}, 600_000); // loading the demo is slow on a busy machine

afterAll(async () => {
  await app?.close();
  await database?.close();
});

const CODE = /^[a-z]+(?:_[a-z]+)*$/;

describe('the demo trail in words', () => {
  it('labels every record type, action and field the demo wrote', async () => {
    const kinds = await database.query<{ entity_type: string; action: string }>(
      'select distinct entity_type, action from audit_events',
    );
    expect(kinds.length).toBeGreaterThan(20);
    expect(kinds.filter((k) => !Object.hasOwn(auditEntityNames, k.entity_type))).toEqual([]);
    expect(kinds.filter((k) => !Object.hasOwn(auditActionNames, k.action))).toEqual([]);
    const fields = await database.query<{ entity_type: string; field: string }>(
      'select distinct entity_type, jsonb_object_keys(changes) as field from audit_events',
    );
    expect(fields.length).toBeGreaterThan(100);
    expect(
      fields.filter((f) => !Object.hasOwn(auditFieldNames, f.field) && !auditHiddenFields.has(f.field)),
    ).toEqual([]);
  });

  it('names every coded value the demo wrote, in Vietnamese and English', async () => {
    const values = await database.query<{ entity_type: string; field: string; value: string }>(
      `select distinct entity_type, e.key as field, v.value #>> '{}' as value
         from audit_events, jsonb_each(changes) e,
              lateral (select e.value->'from' as value union select e.value->'to') v
        where jsonb_typeof(v.value) = 'string' and length(v.value #>> '{}') < 40`,
    );
    expect(values.length).toBeGreaterThan(100);
    const raw = values.filter(({ entity_type, field, value }) => {
      if (!CODE.test(value) || auditVerbatimFields.has(field) || auditHiddenFields.has(field)) return false;
      return (['vi', 'en'] as const).some(
        (lang) => auditValueText(entity_type, field, value, lang).text === value,
      );
    });
    expect(raw.map((r) => `${r.entity_type}.${r.field} = ${r.value}`)).toEqual([]);
    // Arrays of codes too (a nonconformity's cause categories).
    const [causes] = await database.query<{ value: unknown }>(
      `select changes->'causeCategories'->'to' as value from audit_events
        where changes ? 'causeCategories' limit 1`,
    );
    expect(auditValueText('nonconformity', 'causeCategories', causes.value, 'vi').text).not.toMatch(
      /[a-z]_|^[a-z]+$/,
    );
  });

  it('shows record labels with their codes in words', async () => {
    const labels = await database.query<{ entity_type: string; entity_label: string }>(
      'select distinct entity_type, entity_label from audit_events where entity_label is not null',
    );
    const coded = labels.filter((l) => {
      const shown = auditRecordLabel(l.entity_type, l.entity_label, 'vi') ?? '';
      return /[:\s]([a-z]+_[a-z_]+|review|check|approve|admin|staff|secretariat|leadership)\b/.test(shown);
    });
    expect(coded.map((l) => `${l.entity_type}: ${l.entity_label}`)).toEqual([]);
    expect(auditActionName('in_force', 'document_version')).toBe('Có hiệu lực');
  });

  it('exports the whole trail to the administrator with every id named and no code left', async () => {
    const admin = await login(app, 'quantri', DEMO_PASSWORD);
    const file = await admin.bytes('/api/v1/audit-events.xlsx');
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as never);
    const rows: string[][] = [];
    workbook.worksheets[0].eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))),
    );
    expect(rows.length).toBeGreaterThan(5000);
    const ids = rows.filter((r) => [r[7], r[8]].some((v) => v.split(/[\s;,]+/).some((w) => UUID.test(w))));
    expect(ids.slice(0, 5)).toEqual([]);
    const unlabelled = rows.filter((r) => CODE.test(r[6]) || /[a-z][A-Z]/.test(r[6]));
    expect(unlabelled.slice(0, 5)).toEqual([]);
    const iso = rows.filter((r) => [r[7], r[8]].some((v) => /\d{4}-\d{2}-\d{2}/.test(v)));
    expect(iso.slice(0, 5)).toEqual([]);
    expect(rows.some((r) => r[7] === '—' && r[8] === 'nội dung đã ghi')).toBe(true);
  }, 300_000); // about 100,000 rows
});
