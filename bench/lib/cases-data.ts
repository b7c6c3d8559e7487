import type { SqlClient } from '../../src/server/db/connection.ts';

/*
 * Work cases generated in the database with INSERT … SELECT, for one agency: 11 units with
 * 5 people each, 40 procedures, `cases` cases started evenly over the ten years up to
 * `today`, four steps each (about one in nine done late), a file per case (one in seven
 * not opened at start, one in thirteen left open after the case closed), one case in fifty
 * cancelled. Cases started in the last two weeks are still open, with their current step
 * active. Besides, 60 old cases of unit 1 are stuck with an overdue step assigned to the
 * agency's first person (`benchPerson`): "my work" has a full first page at any size.
 */

export const unitNames = [
  'Văn phòng Bộ',
  'Vụ Tổ chức cán bộ',
  'Vụ Kế hoạch - Tài chính',
  'Vụ Pháp chế',
  'Vụ Bưu chính',
  'Vụ Công nghệ thông tin',
  'Vụ Hợp tác quốc tế',
  'Vụ Khoa học và Công nghệ',
  'Thanh tra Bộ',
  'Cục Viễn thông',
  'Cục Tần số vô tuyến điện',
];
const PROCEDURES = 40;
const PEOPLE_PER_UNIT = 5;
const STEPS = 4;
/** Calendar days per step (start to due); the fourth is due 4 × 4 − 1 = 15 days after the start. */
const STEP_DAYS = 4;
const STUCK = 60;

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Ids are md5-derived (version 4 shape) from a name, so later statements can find them. */
export const uuidSql = `CREATE OR REPLACE FUNCTION bench_uuid(text) RETURNS uuid LANGUAGE sql IMMUTABLE
  AS $$ SELECT overlay(overlay(md5($1) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`;

export type CasesAgency = { tag: string; agencyId: string; cases: number; today: string };

/** The id of person `n` (0-based) of unit `unit` (1-based) in a generated agency. */
export const personIdSql = (tag: string, unit: number, n: number) =>
  `bench_uuid(${literal(`${tag}person${unit}-${n}`)})`;

export async function generateCases(sql: SqlClient, a: CasesAgency, log: (message: string) => void) {
  const t = literal(a.tag);
  const today = `date ${literal(a.today)}`;
  const stuckEvery = Math.max(1, Math.floor(a.cases / STUCK));
  const steps: Array<[string, string]> = [
    [
      'agency, units, procedures',
      `INSERT INTO agencies (id, agency_id, code, name) VALUES (${literal(a.agencyId)}, ${literal(a.agencyId)},
         ${literal(`BENCH-${a.tag}`)}, ${literal(`Bộ thử ${a.tag}`)});
       INSERT INTO units (id, agency_id, code, name, kind, path, valid_from, sort_order)
       SELECT bench_uuid(${t} || 'unit' || u), ${literal(a.agencyId)}, 'U' || u,
              (ARRAY[${unitNames.map(literal).join(',')}])[u], 'vu',
              '/' || bench_uuid(${t} || 'unit' || u) || '/', '2015-01-01', u
       FROM generate_series(1, ${unitNames.length}) u;
       INSERT INTO documents (id, agency_id, type, code, title, owner_unit_id, status)
       SELECT bench_uuid(${t} || 'proc' || p), ${literal(a.agencyId)}, 'business_procedure',
              'QT-' || lpad(p::text, 2, '0'), 'Quy trình thử số ' || p,
              bench_uuid(${t} || 'unit' || (1 + p % ${unitNames.length})), 'in_force'
       FROM generate_series(1, ${PROCEDURES}) p;`,
    ],
    [
      'case plan',
      `CREATE TEMP TABLE bench_cases AS
       SELECT i, bench_uuid(${t} || 'case' || i) AS id, stuck,
              CASE WHEN stuck THEN 1 ELSE 1 + i % ${unitNames.length} END AS unit_no,
              1 + (i * 7 + i / ${unitNames.length}) % ${PROCEDURES} AS procedure_no,
              start_date,
              CASE WHEN stuck THEN 'open'
                   WHEN i % 50 = 0 THEN 'cancelled'
                   WHEN start_date + ${STEPS * STEP_DAYS - 1} >= ${today} THEN 'open'
                   ELSE 'closed' END AS state,
              (i * 5) % 9 = 0 AS late
       FROM (SELECT i, i % ${stuckEvery} = 0 AS stuck,
                    ${today} - 3650 + ((i - 1)::bigint * 3650 / ${a.cases})::int AS start_date
             FROM generate_series(1, ${a.cases}) i) g;`,
    ],
    [
      'files',
      `INSERT INTO record_files (id, agency_id, unit_id, year, file_code, title, owner_unit_id, start_date, end_date, state)
       SELECT bench_uuid(${t} || 'file' || i), ${literal(a.agencyId)}, bench_uuid(${t} || 'unit' || unit_no),
              extract(year FROM start_date)::int, 'B.' || ${t} || '.' || i, 'Hồ sơ công việc ' || i,
              bench_uuid(${t} || 'unit' || unit_no), start_date,
              CASE WHEN state = 'closed' THEN start_date + ${STEPS * STEP_DAYS - 1} END,
              CASE WHEN state = 'closed' AND i % 13 <> 0 THEN 'closed' ELSE 'open' END
       FROM bench_cases;`,
    ],
    [
      'cases',
      `INSERT INTO work_cases (id, agency_id, code, title, unit_id, procedure_document_id, procedure_version_id,
         file_id, file_opened_at_start, state, started_by, start_date, due_date, closed_date)
       SELECT id, ${literal(a.agencyId)}, extract(year FROM start_date) || '-' || lpad(i::text, 7, '0'),
              'Công việc ' || i, bench_uuid(${t} || 'unit' || unit_no), bench_uuid(${t} || 'proc' || procedure_no),
              bench_uuid(${t} || 'version' || procedure_no), bench_uuid(${t} || 'file' || i), i % 7 <> 0, state,
              bench_uuid(${t} || 'person' || unit_no || '-0'), start_date, start_date + ${STEPS * STEP_DAYS - 1},
              CASE WHEN state = 'closed' THEN start_date + ${STEPS * STEP_DAYS - 1} + CASE WHEN late THEN 2 ELSE 0 END END
       FROM bench_cases;`,
    ],
    [
      'steps',
      `INSERT INTO case_steps (id, agency_id, case_id, step_id, sequence, action, duration_days, assignee_id,
         state, start_date, due_date, done_date, working_days, days_late)
       SELECT bench_uuid(${t} || 'step' || c.i || '-' || k), ${literal(a.agencyId)}, c.id, 'B' || k, k, 'Bước ' || k, 3,
              CASE WHEN c.stuck THEN ${personIdSql(a.tag, 1, 0)}
                   ELSE bench_uuid(${t} || 'person' || c.unit_no || '-' || ((c.i + k) % ${PEOPLE_PER_UNIT})) END,
              CASE WHEN done THEN 'done' ELSE 'active' END, s.start_date, s.due_date,
              CASE WHEN done THEN s.done_date END,
              CASE WHEN done THEN 3 + (c.i + k) % 3 + s.late END,
              CASE WHEN done THEN s.late END
       FROM bench_cases c CROSS JOIN generate_series(1, ${STEPS}) k
       CROSS JOIN LATERAL (SELECT c.start_date + (k - 1) * ${STEP_DAYS} AS start_date,
                                  c.start_date + k * ${STEP_DAYS} - 1 AS due_date,
                                  c.start_date + k * ${STEP_DAYS} - 1 + CASE WHEN c.late AND k = ${STEPS} THEN 2 ELSE 0 END AS done_date,
                                  CASE WHEN c.late AND k = ${STEPS} THEN 2 ELSE 0 END AS late) s
       CROSS JOIN LATERAL (SELECT CASE WHEN c.stuck THEN k < 3
                                       WHEN c.state = 'closed' THEN true
                                       ELSE s.done_date < ${today} END AS done) d
       WHERE c.state = 'closed' OR (c.stuck AND k <= 3) OR (NOT c.stuck AND s.start_date <= ${today});`,
    ],
    ['clean-up', 'DROP TABLE bench_cases;'],
  ];
  for (const [label, statement] of steps) {
    const t0 = performance.now();
    await sql.exec(statement);
    log(`${a.tag}: ${label}: ${Math.round(performance.now() - t0)} ms`);
  }
}

/**
 * Indexes are faster built once than kept up row by row, and the monthly counts of the
 * measures faster counted once than by the triggers row by row: drop the indexes and
 * disable the triggers before, recreate, recount and ANALYZE after.
 */
export async function bulkLoad(sql: SqlClient, work: () => Promise<void>, log: (m: string) => void) {
  const tables = ['work_cases', 'case_steps', 'record_files'];
  const indexes = await sql.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE tablename IN (${tables.map((t) => `'${t}'`).join(', ')}) AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
  );
  await sql.exec(
    [
      ...indexes.map((i) => `DROP INDEX "${i.name}";`),
      ...tables.map((t) => `ALTER TABLE ${t} DISABLE TRIGGER USER;`),
    ].join('\n'),
  );
  await work();
  let t0 = performance.now();
  await sql.exec(`${indexes.map((i) => `${i.definition};`).join('\n')}\nANALYZE;`);
  log(`indexes and ANALYZE: ${Math.round(performance.now() - t0)} ms`);
  t0 = performance.now();
  await sql.exec(
    `${tables.map((t) => `ALTER TABLE ${t} ENABLE TRIGGER USER;`).join('\n')}
     SELECT case_measures_rebuild(); ANALYZE case_measure_months;`,
  );
  log(`monthly counts of the measures: ${Math.round(performance.now() - t0)} ms`);
}
