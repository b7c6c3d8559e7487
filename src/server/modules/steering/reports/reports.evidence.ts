/*
 * Hồ sơ phục vụ kiểm tra (TT 26/2014 art. 36): one ZIP for a year whose index (MUC-LUC.txt,
 * and as a paper MUC-LUC.docx/.pdf) lists, in the order inspectors check, each item with the
 * files that answer it, or why none. Each file is the paper its owning module prints (asked
 * through that module's public surface); a list no module prints is a plain XLSX. The files
 * are planned first (the index is written from the plan) and made one at a time as the ZIP
 * is streamed.
 */
import { changeKindNames } from '../../../../contract/documents.ts';
import { reportStateNames } from '../../../../contract/internal-audits-work.ts';
import type { Db } from '../../../db/connection.ts';
import { formatDate, formatNumber, formatPercent } from '../../../platform/format.ts';
import { paperDocx, paperPdf } from '../../../platform/papers/official-paper.ts';
import type { PaperFile } from '../../../platform/papers/paper-file.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { tableWorkbook } from '../../../platform/xlsx/write-table.ts';
import type { ZipEntry } from '../../../platform/zip-writer.ts';
import {
  acknowledgementsOfNewVersions,
  documentPapersInForce,
  documentsInForceList,
  type RevisionInPeriod,
  revisionsInPeriod,
} from '../../documents/index.ts';
import { auditPapersOfYear, auditResultsInPeriod } from '../../internal-audits/index.ts';
import { ncMeasures, ncRegisterOfPeriod } from '../../nonconformities/index.ts';
import { agencyName, paperIssuer } from '../../org/index.ts';
import { cataloguePapersOfYear } from '../../records/index.ts';
import { annualView } from './reports.annual.ts';
import { type EvidenceItem, INDEX_NAME, indexPaper, indexText } from './reports.evidence-index.ts';
import { annualPaper, declarationPaper, packPaper } from './reports.paper.ts';
import type { ReportProviders, ReviewMeeting } from './reports.providers.ts';
import { assertReader, getPack, listDeclarations, packOfPeriod } from './reports.service.ts';

type PlannedFile = { path: string; render: () => Promise<Buffer | string> };
type PlannedItem = Omit<EvidenceItem, 'files'> & { files: PlannedFile[] };
type Context = { db: Db; actor: Actor; year: number; from: string; to: string; today: string; name: string };

const inFolder = (folder: string, f: PaperFile): PlannedFile => ({
  path: `${folder}/${f.fileName}`,
  render: f.render,
});
const issue = (n: number) => String(n).padStart(2, '0');
const sentence = (parts: Array<string | null | false>) => parts.filter(Boolean).join(' ') || null;

/** The plan of the pack of a year and its ZIP entries (index first), for a reader of the reports. */
export async function evidencePack(db: Db, actor: Actor, year: number, providers: ReportProviders) {
  assertReader(actor);
  const today = todayInVietnam();
  const from = `${year}-01-01`;
  const to = `${year}-12-31` < today ? `${year}-12-31` : today;
  const c: Context = { db, actor, year, from, to, today, name: await agencyName(db, actor.agencyId) };
  const meetings = await providers.reviewPapers(db, actor.agencyId, year);
  const [declared, redeclared] = await declarationItems(c);
  const planned: PlannedItem[] = [
    ...(await scopeAndDocuments(c)),
    await recordsItem(c),
    await reviewItem(c, meetings, providers),
    await auditItem(c),
    ...(await correctiveItems(c)),
    await improvementItem(c, providers),
    ...leadershipItems(meetings),
    declared,
    await legalChangesItem(c),
    redeclared,
    {
      title: 'Việc lựa chọn tổ chức tư vấn xây dựng, áp dụng HTQLCL',
      files: [],
      lines: [],
      note: 'eiso không quản lý việc lựa chọn tổ chức tư vấn; cơ quan bổ sung hồ sơ lựa chọn (nếu có thuê tư vấn).',
    },
  ];
  const numbered = planned.map((item, i) => ({
    ...item,
    files: item.files.map((f) => ({ ...f, path: `${issue(i + 1)}-${f.path}` })),
  }));
  const items: EvidenceItem[] = numbered.map((item) => ({ ...item, files: item.files.map((f) => f.path) }));
  const index = { agencyName: c.name, year, today };
  const entries: ZipEntry[] = [
    { path: `${INDEX_NAME}.txt`, content: async () => indexText(items, index) },
    { path: `${INDEX_NAME}.docx`, content: () => paperDocx(indexPaper(items, index)) },
    { path: `${INDEX_NAME}.pdf`, content: () => paperPdf(indexPaper(items, index)) },
    ...numbered.flatMap((item) => item.files.map((f) => ({ path: f.path, content: f.render }))),
  ];
  return { items, entries };
}

/** Scope (every procedure in force declared), documents in force (and read), policy and objectives. */
async function scopeAndDocuments(c: Context): Promise<PlannedItem[]> {
  const agencyId = c.actor.agencyId;
  const [declarations, papers, acks] = await Promise.all([
    listDeclarations(c.db, c.actor),
    documentPapersInForce(c.db, agencyId),
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
            ? `Bản công bố ngày ${formatDate(declarations.current.declaredOn)}; tính đến ngày ${formatDate(c.today)}`
            : `Chưa có bản công bố; tính đến ngày ${formatDate(c.today)}`,
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
        inFolder('tai-lieu', documentsInForceList(c.db, agencyId)),
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
async function recordsItem(c: Context): Promise<PlannedItem> {
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

/** Management review: each meeting's notice of conclusions and input pack, and the annual report. */
async function reviewItem(
  c: Context,
  meetings: ReviewMeeting[],
  providers: ReportProviders,
): Promise<PlannedItem> {
  const issuer = () => paperIssuer(c.db, c.actor.agencyId, c.actor.unitId);
  const files: PlannedFile[] = [];
  const lines: string[] = [];
  for (const m of meetings) {
    const date = formatDate(m.meetingDate);
    lines.push(`Cuộc họp ngày ${date}: ${m.title}.`);
    if (m.notice) files.push(inFolder('xem-xet-lanh-dao', m.notice));
    const packId = await packOfPeriod(c.db, c.actor, m.period);
    if (packId)
      files.push({
        path: `xem-xet-lanh-dao/bao-cao-dau-vao-${m.meetingDate}.pdf`,
        render: async () =>
          paperPdf(
            packPaper(await getPack(c.db, c.actor, packId, providers.directives), await issuer(), c.today),
          ),
      });
    else lines.push(`Cuộc họp ngày ${date}: chưa lập báo cáo đầu vào cho kỳ xem xét.`);
  }
  const annual = async () =>
    annualPaper(await annualView(c.db, c.actor, c.year, providers.directives), c.year, {
      agencyName: c.name,
      today: c.today,
    });
  files.push(
    { path: `xem-xet-lanh-dao/bao-cao-nam-${c.year}.docx`, render: async () => paperDocx(await annual()) },
    { path: `xem-xet-lanh-dao/bao-cao-nam-${c.year}.pdf`, render: async () => paperPdf(await annual()) },
  );
  return {
    title: 'Xem xét của lãnh đạo; báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL',
    files,
    lines,
    note: sentence([
      meetings.length ? null : 'Chưa ghi nhận cuộc họp xem xét của lãnh đạo trong năm.',
      meetings.some((m) => !m.notice) ? 'Có cuộc họp chưa ban hành thông báo kết luận.' : null,
    ]),
  };
}

/** Internal audit: the year's programme and each round's report with its findings. */
async function auditItem(c: Context): Promise<PlannedItem> {
  const [papers, results] = await Promise.all([
    auditPapersOfYear(c.db, c.actor.agencyId, c.year),
    auditResultsInPeriod(c.db, c.actor.agencyId, c.from, c.to),
  ]);
  const folder = 'danh-gia-noi-bo';
  const lines = results.rounds.map(
    (r) =>
      `Đợt ${r.number}/${r.year} (${r.title}): ${formatNumber(r.unitsAudited)} đơn vị, ${formatDate(r.firstDate)}–${formatDate(r.lastDate)}; ${formatNumber(r.counts.major)} điểm không phù hợp nặng, ${formatNumber(r.counts.minor)} nhẹ, ${formatNumber(r.counts.observation)} khuyến nghị.`,
  );
  const unreported = papers.rounds.filter((r) => !r.report);
  return {
    title: 'Chương trình, kế hoạch và kết quả đánh giá nội bộ',
    files: [
      ...(papers.programme ? [inFolder(folder, papers.programme.pdf)] : []),
      ...papers.rounds.flatMap((r) =>
        r.report ? [inFolder(folder, r.report.pdf), inFolder(folder, r.report.xlsx)] : [],
      ),
    ],
    lines: [
      ...(papers.programme ? [`Chương trình năm ${c.year}: ${papers.programme.title}.`] : []),
      ...lines,
      ...papers.rounds
        .filter((r) => r.reportState)
        .map(
          (r) =>
            `Báo cáo đợt ${r.number}: ${reportStateNames[r.reportState as keyof typeof reportStateNames]?.vi ?? r.reportState}.`,
        ),
    ],
    note: sentence([
      papers.programme ? null : `Chưa có chương trình đánh giá nội bộ năm ${c.year}.`,
      results.rounds.length ? null : `Chưa có cuộc đánh giá nội bộ nào hoàn thành trong năm ${c.year}.`,
      unreported.length ? `Chưa có báo cáo: đợt ${unreported.map((r) => r.number).join(', ')}.` : null,
    ]),
  };
}

/** Nonconformities and corrective action; complaints and petitions (the register, by source). */
async function correctiveItems(c: Context): Promise<PlannedItem[]> {
  const nc = await ncMeasures(c.db, c.actor, { from: c.from, to: c.to });
  const feedback = nc.bySource.find((s) => s.source === 'feedback')?.opened ?? 0;
  const period = { from: c.from, to: c.to };
  return [
    {
      title: 'Sự không phù hợp và hành động khắc phục',
      files: [
        inFolder(
          'khac-phuc',
          ncRegisterOfPeriod(c.db, c.actor.agencyId, {
            ...period,
            fileName: `so-theo-doi-su-khong-phu-hop-${c.year}.xlsx`,
          }),
        ),
      ],
      lines: [
        `Phát hiện trong năm: ${formatNumber(nc.total.opened)}; đã khắc phục và xác nhận hiệu quả: ${formatNumber(nc.total.closed)} (đúng hạn ${formatNumber(nc.total.closedOnTime)}); còn mở: ${formatNumber(nc.total.open)}.`,
      ],
      note: null,
    },
    {
      title: 'Việc xử lý phản ánh, kiến nghị',
      files: [
        inFolder(
          'phan-anh-kien-nghi',
          ncRegisterOfPeriod(c.db, c.actor.agencyId, {
            ...period,
            source: 'feedback',
            fileName: `phan-anh-kien-nghi-${c.year}.xlsx`,
          }),
        ),
      ],
      lines: [`Phản ánh, kiến nghị ghi nhận trong năm: ${formatNumber(feedback)}.`],
      note: null,
    },
  ];
}

/** Improvement: the committee's directives and what was improved, told from the other items. */
async function improvementItem(c: Context, providers: ReportProviders): Promise<PlannedItem> {
  const directives = await providers.directives(c.db, c.actor, { from: c.from, to: c.to });
  return {
    title: 'Hoạt động cải tiến HTQLCL',
    files: [],
    lines: directives
      ? [
          `Chỉ đạo của Ban chỉ đạo ISO: ${formatNumber(directives.total)}, đã hoàn thành ${formatNumber(directives.done)}, đang thực hiện ${formatNumber(directives.open)} (quá hạn ${formatNumber(directives.overdue)}).`,
        ]
      : [],
    note: 'Cải tiến thể hiện ở các tài liệu được sửa đổi (mục 13), hành động khắc phục (mục 7) và kết luận của Ban chỉ đạo ISO (mục 5).',
  };
}

/** Leadership's part and the head's confirmation of effectiveness: the meetings and their conclusions. */
function leadershipItems(meetings: ReviewMeeting[]): PlannedItem[] {
  const concluded = meetings.filter((m) => m.notice);
  return [
    {
      title: 'Sự tham gia của lãnh đạo trong việc xây dựng, áp dụng, duy trì và cải tiến HTQLCL',
      files: [],
      lines: meetings.map(
        (m) =>
          `Cuộc họp Ban chỉ đạo ISO ngày ${formatDate(m.meetingDate)} do ${m.chairName} chủ trì (mục 5).`,
      ),
      note: meetings.length ? null : 'Chưa ghi nhận cuộc họp nào của Ban chỉ đạo ISO trong năm.',
    },
    {
      title: 'Việc người đứng đầu xác nhận hiệu lực của HTQLCL',
      files: [],
      lines: concluded.map(
        (m) =>
          `Kết luận cuộc họp ngày ${formatDate(m.meetingDate)} do ${m.chairName} xác nhận: xem mục 5 (${m.notice?.fileName}).`,
      ),
      note: concluded.length ? null : 'Chưa có kết luận xem xét của lãnh đạo được xác nhận trong năm.',
    },
  ];
}

/** The declaration of conformity (and its notification), and re-declaration when the scope changed. */
async function declarationItems(c: Context): Promise<[PlannedItem, PlannedItem]> {
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
async function legalChangesItem(c: Context): Promise<PlannedItem> {
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
