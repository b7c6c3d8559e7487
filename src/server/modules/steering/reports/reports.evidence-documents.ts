import { changeKindNames } from '../../../../contract/documents.ts';
import { formatDate, formatNumber, formatPercent } from '../../../platform/format.ts';
import { paperDocx, paperPdf } from '../../../platform/papers/official-paper.ts';
import { tableWorkbook } from '../../../platform/xlsx/write-table.ts';
import {
  acknowledgementsOfNewVersions,
  documentPapersInForce,
  documentsInForceList,
  type RevisionInPeriod,
  revisionsInPeriod,
} from '../../documents/index.ts';
import { cataloguePapersOfYear } from '../../records/index.ts';
import {
  type EvidenceContext as Context,
  inFolder,
  twoDigits as issue,
  type PlannedFile,
  type PlannedItem,
} from './reports.evidence-plan.ts';
import { declarationPaper } from './reports.paper.ts';
import { listDeclarations } from './reports.service.ts';

/*
 * The evidence pack's items on documents and records: the scope, the documents in force, the
 * records catalogues, the declaration and re-declaration, the updates after legal changes.
 */

/** Scope (every procedure in force declared), documents in force (and read), policy and objectives. */
export async function scopeAndDocuments(c: Context): Promise<PlannedItem[]> {
  const agencyId = c.actor.agencyId;
  const [declarations, papers, acks] = await Promise.all([
    listDeclarations(c.db, c.actor),
    documentPapersInForce(c.db, agencyId, c.to),
    acknowledgementsOfNewVersions(c.db, agencyId, { from: c.from, to: c.to }),
  ]);
  const declared = new Set(declarations.current?.scope.map((s) => s.id) ?? []);
  const procedures = papers.filter((p) => p.type === 'system_procedure' || p.type === 'business_procedure');
  const scopeRows = [
    ...procedures.map((p) => [p.code, p.title, declared.has(p.documentId) ? 'Có' : 'Chưa']),
    ...declarations.removed.map((p) => [p.code, p.title, 'Đã công bố, nay không còn hiệu lực']),
  ].map((r, i) => [i + 1, ...r]);
  const scope: PlannedFile = {
    path: 'pham-vi/quy-trinh-va-pham-vi-cong-bo.xlsx',
    render: () =>
      tableWorkbook({
        sheet: 'Phạm vi',
        agencyName: c.name,
        title: 'Các quy trình đang áp dụng và phạm vi đã công bố',
        subtitle: [
          declarations.current?.declaredOn
            ? `Bản công bố ngày ${formatDate(declarations.current.declaredOn)}; tính đến ngày ${formatDate(c.to)}`
            : `Chưa có bản công bố; tính đến ngày ${formatDate(c.to)}`,
        ],
        columns: [
          { header: 'STT', width: 6, align: 'center' },
          { header: 'Mã hiệu', width: 18 },
          { header: 'Tên quy trình', width: 60 },
          { header: 'Trong phạm vi đã công bố', width: 24, align: 'center' },
        ],
        rows: scopeRows,
      }),
  };
  const policies = papers.filter((p) => p.type === 'quality_policy' || p.type === 'quality_objectives');
  return [
    {
      title: 'Phạm vi áp dụng HTQLCL bao quát các thủ tục hành chính, các hoạt động xử lý công việc',
      files: [scope],
      lines: [`${formatNumber(procedures.length)} quy trình đang áp dụng.`],
      note: scopeNote(declarations),
    },
    {
      title: 'Tài liệu của HTQLCL đang có hiệu lực và việc phổ biến đến cán bộ, công chức',
      files: [
        inFolder('tai-lieu', documentsInForceList(c.db, agencyId, { day: c.to, agencyName: c.name })),
        ...papers.map((p) => inFolder('tai-lieu', p)),
      ],
      lines: acks.required
        ? [
            `Xác nhận đã đọc các tài liệu ban hành trong năm: ${formatNumber(acks.given)}/${formatNumber(acks.required)} lượt (${formatPercent(acks.given / acks.required)}).`,
          ]
        : [],
      note: papers.length ? null : 'Chưa có tài liệu nào đang hiệu lực.',
    },
    {
      title: 'Sự phù hợp với TCVN ISO 9001, chính sách chất lượng, mục tiêu chất lượng và các quy trình',
      files: [],
      lines: policies.map((p) => `${p.code} ${p.title}: xem mục 2 (${p.fileName}).`),
      note: 'Kết quả thực hiện mục tiêu chất lượng và các quá trình: xem báo cáo năm ở mục 5.',
    },
  ];
}

function scopeNote(d: Awaited<ReturnType<typeof listDeclarations>>): string | null {
  if (!d.current) return 'Chưa có bản công bố HTQLCL đã được phê duyệt.';
  if (!d.stale) return null;
  const changes = [
    d.added.length ? `${formatNumber(d.added.length)} quy trình chưa công bố` : null,
    d.removed.length ? `${formatNumber(d.removed.length)} quy trình đã công bố nay hết hiệu lực` : null,
  ];
  return `Phạm vi đã công bố chưa cập nhật: ${changes.filter(Boolean).join(', ')}.`;
}

/** Records: each unit's catalogue of the year, as the records module prints it. */
export async function recordsItem(c: Context): Promise<PlannedItem> {
  const catalogues = await cataloguePapersOfYear(c.db, c.actor.agencyId, c.year);
  const issued = catalogues.filter((x) => x.state === 'approved' || x.state === 'issued');
  const pending = catalogues.filter((x) => !issued.includes(x));
  return {
    title: 'Việc xử lý công việc theo quy trình; lập và lưu hồ sơ (danh mục hồ sơ của các đơn vị)',
    files: issued.map((x) => inFolder('ho-so', x.pdf)),
    lines: issued.map((x) => `${x.unitName}: ${formatNumber(x.entries)} đề mục.`),
    note: catalogues.length
      ? pending.length
        ? `Danh mục hồ sơ năm ${c.year} chưa ban hành: ${pending.map((x) => x.unitName).join(', ')}.`
        : null
      : `Chưa có danh mục hồ sơ năm ${c.year}.`,
  };
}

/** The declaration of conformity (and its notification), and re-declaration when the scope changed. */
export async function declarationItems(c: Context): Promise<[PlannedItem, PlannedItem]> {
  const list = await listDeclarations(c.db, c.actor);
  const current = list.current;
  const paper = () => declarationPaper(current!, { agencyName: c.name, today: c.today });
  const signed = list.items.filter((d) => d.state === 'signed');
  return [
    {
      title: 'Công bố HTQLCL phù hợp TCVN ISO 9001 và việc thông báo, niêm yết',
      files: current
        ? [
            { path: 'cong-bo/cong-bo-htqlcl.docx', render: () => paperDocx(paper()) },
            { path: 'cong-bo/cong-bo-htqlcl.pdf', render: () => paperPdf(paper()) },
          ]
        : [],
      lines: current?.declaredOn
        ? [
            `Công bố ngày ${formatDate(current.declaredOn)}, phạm vi ${formatNumber(current.scope.length)} quy trình.`,
          ]
        : [],
      note: current ? null : 'Chưa có bản công bố đã được phê duyệt.',
    },
    {
      title: 'Việc công bố lại khi có sự điều chỉnh, mở rộng, thu hẹp phạm vi áp dụng',
      files: [],
      lines: signed.map(
        (d) => `Bản công bố ngày ${formatDate(d.declaredOn)}: ${formatNumber(d.scope.length)} quy trình.`,
      ),
      note: !current
        ? null
        : list.stale
          ? `Phạm vi đã thay đổi sau lần công bố gần nhất (thêm ${formatNumber(list.added.length)}, bớt ${formatNumber(list.removed.length)} quy trình): cần công bố lại.`
          : 'Phạm vi chưa thay đổi kể từ lần công bố gần nhất.',
    },
  ];
}

/** Documents issued, revised and withdrawn in the year, each with its reason and legal basis. */
export async function legalChangesItem(c: Context): Promise<PlannedItem> {
  const revisions = await revisionsInPeriod(c.db, c.actor.agencyId, { from: c.from, to: c.to });
  const grounded = revisions.filter((r) => r.legalBasis || r.newReferences.length);
  return {
    title: 'Việc cập nhật kịp thời tài liệu, quy trình khi văn bản pháp luật thay đổi',
    files: revisions.length
      ? [
          {
            path: `cap-nhat/tai-lieu-ban-hanh-sua-doi-${c.year}.xlsx`,
            render: () => revisionsWorkbook(c, revisions),
          },
        ]
      : [],
    lines: grounded.map((r) =>
      [
        `${r.code} lần ${issue(r.issueNo)} (${changeKindNames[r.changeKind].vi.toLocaleLowerCase('vi')}, hiệu lực ${formatDate(r.effectiveDate)})`,
        r.legalBasis ? `: căn cứ ${r.legalBasis}` : '',
        r.newReferences.length ? `; viện dẫn mới: ${r.newReferences.join('; ')}` : '',
        `; lý do: ${r.reason.replace(/\.$/, '')}.`,
      ].join(''),
    ),
    note: !revisions.length
      ? `Không có tài liệu nào được ban hành, sửa đổi hoặc thu hồi trong năm ${c.year}.`
      : grounded.length
        ? null
        : 'Không có lần ban hành, sửa đổi nào trong năm ghi căn cứ pháp lý; danh sách nêu lý do của từng lần.',
  };
}

function revisionsWorkbook(c: Context, revisions: RevisionInPeriod[]) {
  return tableWorkbook({
    sheet: 'Cập nhật tài liệu',
    agencyName: c.name,
    title: `Tài liệu ban hành, sửa đổi, thu hồi năm ${c.year}`,
    subtitle: [`Từ ngày ${formatDate(c.from)} đến ngày ${formatDate(c.to)}`],
    columns: [
      { header: 'STT', width: 6, align: 'center' },
      { header: 'Mã hiệu', width: 16 },
      { header: 'Tên tài liệu', width: 40 },
      { header: 'Đơn vị chủ trì', width: 24 },
      { header: 'Lần ban hành', width: 10, align: 'center' },
      { header: 'Hình thức', width: 14 },
      { header: 'Ngày hiệu lực', width: 13, align: 'center' },
      { header: 'Số quyết định', width: 16 },
      { header: 'Lý do', width: 40 },
      { header: 'Căn cứ pháp lý', width: 40 },
      { header: 'Căn cứ viện dẫn bổ sung', width: 36 },
      { header: 'Nội dung sửa đổi', width: 40 },
    ],
    rows: revisions.map((r, i) => [
      i + 1,
      r.code,
      r.title,
      r.ownerUnitName,
      issue(r.issueNo),
      changeKindNames[r.changeKind].vi,
      formatDate(r.effectiveDate),
      r.decisionNo,
      r.reason,
      r.legalBasis,
      r.newReferences.join('\n') || null,
      r.summary,
    ]),
  });
}
