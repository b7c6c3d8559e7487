import type { SqlClient } from '../../src/server/db/connection.ts';

/*
 * Realistic-looking controlled documents generated in the database with INSERT … SELECT:
 * titles and content mixed from word lists of a ministry's procedures, each document
 * with `versions` issues (the older ones superseded; every tenth document with a new
 * draft in progress), and the search text the app stores.
 */

const units: Array<[string, string]> = [
  ['TCCB', 'Vụ Tổ chức cán bộ'],
  ['KHTC', 'Vụ Kế hoạch - Tài chính'],
  ['PC', 'Vụ Pháp chế'],
  ['BC', 'Vụ Bưu chính'],
  ['CNTT', 'Vụ Công nghệ thông tin'],
  ['HTQT', 'Vụ Hợp tác quốc tế'],
  ['KHCN', 'Vụ Khoa học và Công nghệ'],
  ['TTR', 'Thanh tra Bộ'],
  ['CVT', 'Cục Viễn thông'],
  ['CTS', 'Cục Tần số vô tuyến điện'],
  ['CATTT', 'Cục An toàn thông tin'],
  ['CBC', 'Cục Báo chí'],
];
const subjects = [
  'kiểm soát tài liệu',
  'kiểm soát hồ sơ',
  'đánh giá nội bộ',
  'kiểm soát đầu ra không phù hợp',
  'hành động khắc phục',
  'xem xét của lãnh đạo',
  'quản lý rủi ro và cơ hội',
  'tiếp nhận và xử lý văn bản đến',
  'phát hành văn bản đi',
  'cấp giấy phép bưu chính',
  'thẩm định dự án ứng dụng công nghệ thông tin',
  'tuyển dụng công chức',
  'đào tạo, bồi dưỡng cán bộ',
  'quản lý tài sản công',
  'lập kế hoạch công tác năm',
  'giải quyết khiếu nại, tố cáo',
  'tiếp công dân',
  'lập dự toán ngân sách',
  'mua sắm tài sản, hàng hóa',
  'cấp phép sử dụng tần số vô tuyến điện',
  'thanh tra chuyên ngành',
  'tổng hợp thống kê, báo cáo',
  'quản lý hồ sơ lưu trữ',
  'khảo sát sự hài lòng của người dân',
  'bảo đảm an toàn thông tin mạng',
  'đoàn ra, đoàn vào',
  'thi đua, khen thưởng',
  'quản lý nhiệm vụ khoa học và công nghệ',
  'xây dựng văn bản quy phạm pháp luật',
  'cấp thẻ nhà báo',
];
const qualifiers = [
  '',
  ' tại Văn phòng Bộ',
  ' trong lĩnh vực bưu chính',
  ' trên Hệ thống một cửa điện tử',
  ' đối với đơn vị sự nghiệp',
  ' theo TCVN ISO 9001:2015',
  ' của các đơn vị thuộc Bộ',
];
const goals = [
  'bảo đảm thống nhất, công khai, minh bạch',
  'rút ngắn thời gian giải quyết công việc',
  'nâng cao chất lượng phục vụ tổ chức, cá nhân',
  'đáp ứng yêu cầu của hệ thống quản lý chất lượng',
];
const actions = [
  'Tiếp nhận hồ sơ, kiểm tra tính đầy đủ và hợp lệ của',
  'Phân công chuyên viên thụ lý',
  'Thẩm định nội dung, lấy ý kiến các đơn vị liên quan về',
  'Tổng hợp ý kiến, hoàn thiện dự thảo',
  'Trình lãnh đạo xem xét, ký duyệt',
  'Phát hành văn bản, cập nhật cơ sở dữ liệu và lưu hồ sơ',
];
const who = [
  'Văn thư',
  'Chuyên viên thụ lý',
  'Lãnh đạo phòng',
  'Lãnh đạo đơn vị',
  'Lãnh đạo Bộ',
  'Thư ký ISO',
];
const outputs = [
  'Phiếu tiếp nhận',
  'Phiếu trình',
  'Báo cáo thẩm định',
  'Dự thảo văn bản',
  'Văn bản phát hành',
  'Sổ theo dõi',
];
const types: Array<[string, string, string]> = [
  ['business_procedure', 'QT', 'Quy trình'],
  ['business_procedure', 'QT', 'Quy trình'],
  ['business_procedure', 'QT', 'Quy trình'],
  ['system_procedure', 'QT', 'Quy trình'],
  ['form', 'BM', 'Biểu mẫu'],
  ['guideline', 'HD', 'Hướng dẫn'],
];

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const array = (items: string[]) => `ARRAY[${items.map(literal).join(',')}]::text[]`;
/** The i-th item (0-based SQL integer expression) of a text array, cycling. */
const pick = (items: string[], index: string) => `(${array(items)})[1 + ((${index}) % ${items.length})]`;

export async function generateDocuments(
  sql: SqlClient,
  {
    agencyId,
    personId,
    documents,
    versions,
  }: { agencyId: string; personId: string; documents: number; versions: number },
  log: (message: string) => void = () => {},
) {
  // Indexes are faster built once than kept up row by row: drop and recreate them as defined.
  const indexes = await sql.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE tablename IN ('documents', 'document_versions') AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
  );
  const steps: Array<[string, string]> = [
    [
      'setup',
      `CREATE FUNCTION bench_uuid(text) RETURNS uuid LANGUAGE sql IMMUTABLE
         AS $$ SELECT overlay(overlay(md5($1) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$;
       ${indexes.map((i) => `DROP INDEX "${i.name}";`).join('\n')}`,
    ],
    [
      'units and word mixes',
      `
    INSERT INTO units (id, agency_id, code, name, kind, path, valid_from)
    SELECT bench_uuid('unit' || i), ${literal(agencyId)}, (${array(units.map((u) => u[0]))})[i],
           (${array(units.map((u) => u[1]))})[i], 'vu', '/' || bench_uuid('unit' || i) || '/', '2017-01-01'
    FROM generate_series(1, ${units.length}) i;

    CREATE TEMP TABLE bench_docs AS
    SELECT d, bench_uuid('doc' || d) AS id, 1 + d % ${units.length} AS unit_no,
           ${pick(
             types.map((t) => t[0]),
             'd',
           )} AS type,
           ${pick(
             types.map((t) => t[1]),
             'd',
           )} || '-' || (${array(units.map((u) => u[0]))})[1 + d % ${units.length}] || '-' || lpad(d::text, 5, '0') AS code,
           ${pick(
             types.map((t) => t[2]),
             'd',
           )} || ' ' || ${pick(subjects, 'd / 7')} || ${pick(qualifiers, 'd / 3')} AS title,
           ${pick(subjects, 'd / 7')} AS subject,
           (${array(units.map((u) => u[1]))})[1 + d % ${units.length}] AS unit_name
    FROM generate_series(1, ${documents}) d;`,
    ],
    [
      'versions content',
      `CREATE TEMP TABLE bench_versions AS
    SELECT b.*, v, bench_uuid('version' || b.d || '-' || v) AS version_id,
      CASE WHEN v < ${versions} - 1 THEN 'superseded'
           WHEN v = ${versions} - 1 THEN CASE WHEN b.d % 10 = 0 THEN 'in_force' ELSE 'superseded' END
           ELSE CASE WHEN b.d % 10 = 0 THEN 'draft' ELSE 'in_force' END END AS state,
      jsonb_build_object(
        'purpose', 'Quy định trình tự, thủ tục và trách nhiệm ' || b.subject || ' nhằm ' || ${pick(goals, 'b.d + v')} || '.',
        'scope', 'Áp dụng đối với ' || b.unit_name || ' và các tổ chức, cá nhân có liên quan.',
        'references', jsonb_build_array(jsonb_build_object('text', 'TCVN ISO 9001:2015 Hệ thống quản lý chất lượng - Các yêu cầu')),
        'definitions', jsonb_build_array(jsonb_build_object('term', 'HTQLCL', 'meaning', 'Hệ thống quản lý chất lượng')),
        'steps', (SELECT jsonb_agg(jsonb_build_object(
            'id', 'B' || k,
            'action', ${pick(actions, 'k - 1')} || ' ' || b.subject || CASE WHEN v > 1 THEN ' (sửa đổi lần ' || v || ')' ELSE '' END,
            'who', ${pick(who, 'k + b.d')},
            'durationDays', 1 + (k + b.d) % 5,
            'output', ${pick(outputs, 'k - 1')}) ORDER BY k) FROM generate_series(1, 6) k),
        'forms', '[]'::jsonb,
        'records', jsonb_build_array(jsonb_build_object('name', 'Hồ sơ ' || b.subject, 'keeper', b.unit_name,
            'location', 'Tủ hồ sơ của đơn vị', 'retention', '5 năm')),
        'body', '') AS content
    FROM bench_docs b CROSS JOIN generate_series(1, ${versions}) v;`,
    ],
    [
      'versions insert',
      `INSERT INTO document_versions (id, agency_id, document_id, change_kind, change_reason, requesting_unit_id,
      requested_by, state, issue_no, title, content, content_hash, change_summary, decision_no, issue_date,
      effective_date, end_date, drafted_by, created_at, updated_at, search_text)
    SELECT version_id, ${literal(agencyId)}, id, CASE WHEN v = 1 THEN 'new' ELSE 'revise' END,
      'Cập nhật theo quy định mới', bench_uuid('unit' || unit_no), ${literal(personId)}, state, v, title, content,
      md5(content::text), CASE WHEN v = 1 THEN 'Ban hành lần đầu' ELSE 'Sửa đổi các bước thực hiện' END,
      CASE WHEN state = 'draft' THEN NULL ELSE v::text || d || '/QĐ-BTTTT' END,
      CASE WHEN state = 'draft' THEN NULL ELSE date '2010-01-01' + v * 400 + d % 300 END,
      CASE WHEN state = 'draft' THEN NULL ELSE date '2010-01-15' + v * 400 + d % 300 END,
      CASE WHEN state = 'superseded' THEN date '2010-01-15' + (v + 1) * 400 + d % 300 END,
      ${literal(personId)},
      timestamptz '2010-01-01' + v * interval '400 days' + d * interval '1 second',
      timestamptz '2010-01-01' + v * interval '400 days' + d * interval '1 second',
      f_unaccent(lower(concat_ws(' \n ', code, title, content->>'purpose', content->>'scope',
        (SELECT string_agg((s->>'action') || ' \n ' || (s->>'who') || ' \n ' || (s->>'output'), ' \n ') FROM jsonb_array_elements(content->'steps') s),
        'Hồ sơ ' || subject)))
    FROM bench_versions;`,
    ],
    [
      'documents insert',
      `INSERT INTO documents (id, agency_id, type, code, title, owner_unit_id, status, current_version_id,
      review_interval_months, next_review_date, created_at, updated_at)
    SELECT id, ${literal(agencyId)}, type, code, title, bench_uuid('unit' || unit_no), 'in_force',
      bench_uuid('version' || d || '-' || CASE WHEN d % 10 = 0 THEN ${versions} - 1 ELSE ${versions} END),
      12, date '2018-01-01' + d % 365, timestamptz '2010-01-01' + d * interval '1 second', now()
    FROM bench_docs;`,
    ],
    ['indexes', indexes.map((i) => `${i.definition};`).join('\n')],
    [
      'clean-up',
      'DROP TABLE bench_versions; DROP TABLE bench_docs; DROP FUNCTION bench_uuid(text); ANALYZE;',
    ],
  ];
  for (const [label, statement] of steps) {
    const t0 = performance.now();
    await sql.exec(statement);
    log(`${label}: ${Math.round(performance.now() - t0)} ms`);
  }
}
