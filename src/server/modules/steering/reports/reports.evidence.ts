/*
 * Hồ sơ phục vụ kiểm tra (TT 26/2014 art. 36): one ZIP for a year whose MUC-LUC.txt lists,
 * in the order inspectors check, each item with the files that answer it (or why none):
 * documents in force, records catalogues, the audit programme's results, the reviews, the
 * nonconformities, the declaration, the documents updated in the year. Every file is built
 * from the owning module's public functions.
 */
import { and, asc, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Db } from '../../../db/connection.ts';
import { formatDate } from '../../../platform/format.ts';
import { paperDocx } from '../../../platform/papers/official-paper.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { documentRows, documentsStatusReport, versionRows } from '../../documents/index.ts';
import { auditResultsInPeriod } from '../../internal-audits/index.ts';
import { ncMeasures } from '../../nonconformities/index.ts';
import { agencyName, agencyUnits } from '../../org/index.ts';
import { cataloguesOfYear } from '../../records/index.ts';
import { annualPaper, declarationPaper } from './reports.paper.ts';
import type { ReportProviders } from './reports.providers.ts';
import { assertReader, currentDeclaration, packOfYear, packViewOf } from './reports.service.ts';

const csvCell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
/** UTF-8 with a BOM, so Excel reads the Vietnamese. */
const csv = (header: string[], rows: Array<Array<string | number | null>>) =>
  `\ufeff${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;

export type EvidenceItem = { article: string; title: string; files: string[]; note: string | null };

const docs = documentRows('docs');
const versions = versionRows('versions');

export async function evidencePack(db: Db, actor: Actor, year: number, providers: ReportProviders) {
  assertReader(actor);
  const from = `${year}-01-01`;
  const today = todayInVietnam();
  const to = `${year}-12-31` < today ? `${year}-12-31` : today;
  const [name, unitList, inForce, catalogues, audits, nc, status, declaration, pack, review] =
    await Promise.all([
      agencyName(db, actor.agencyId),
      agencyUnits(db, actor.agencyId),
      db
        .select({ code: docs.code, title: docs.title, type: docs.type, issueNo: versions.issueNo })
        .from(docs)
        .leftJoin(versions, and(eq(versions.agencyId, docs.agencyId), eq(versions.id, docs.currentVersionId)))
        .where(and(eq(docs.agencyId, actor.agencyId), eq(docs.status, 'in_force')))
        .orderBy(asc(docs.code)),
      cataloguesOfYear(db, actor.agencyId, year),
      auditResultsInPeriod(db, actor.agencyId, from, to),
      ncMeasures(db, actor, { from, to }),
      documentsStatusReport(db, actor, { from, to }),
      currentDeclaration(db, actor.agencyId),
      packOfYear(db, actor, year),
      providers.reviews(db, actor.agencyId, year),
    ]);
  const unitName = new Map(unitList.map((u) => [u.id, u.name]));
  const zip = new JSZip();
  const items: EvidenceItem[] = [];
  const add = (
    article: string,
    title: string,
    files: Record<string, string | Buffer>,
    note: string | null = null,
  ) => {
    for (const [path, body] of Object.entries(files)) zip.file(path, body);
    items.push({ article, title, files: Object.keys(files), note });
  };

  add(
    'a',
    'Phạm vi áp dụng HTQLCL bao quát các thủ tục hành chính, quy trình giải quyết công việc',
    declaration.declaration
      ? {
          '01-pham-vi/quy-trinh-dang-ap-dung.csv': csv(
            ['Mã hiệu', 'Tên quy trình', 'Trong phạm vi công bố'],
            declaration.inForce.map((p) => [
              p.code,
              p.title,
              declaration.added.some((a) => a.id === p.id) ? 'Chưa' : 'Có',
            ]),
          ),
        }
      : {
          '01-pham-vi/quy-trinh-dang-ap-dung.csv': csv(
            ['Mã hiệu', 'Tên quy trình'],
            declaration.inForce.map((p) => [p.code, p.title]),
          ),
        },
    declaration.stale ? 'Phạm vi công bố chưa cập nhật theo các quy trình đang áp dụng.' : null,
  );
  add('b', 'Tài liệu của hệ thống đang có hiệu lực, đã phổ biến đến cán bộ', {
    '02-tai-lieu/danh-muc-tai-lieu-hieu-luc.csv': csv(
      ['Mã hiệu', 'Tên tài liệu', 'Loại', 'Lần ban hành'],
      inForce.map((d) => [d.code, d.title, d.type, d.issueNo ?? null]),
    ),
  });
  add(
    'c',
    `Danh mục hồ sơ năm ${year} của các đơn vị`,
    {
      '03-ho-so/danh-muc-ho-so.csv': csv(
        ['Đơn vị', 'Trạng thái', 'Số đề mục'],
        catalogues.map((c) => [unitName.get(c.unitId) ?? '', c.state, c.entries]),
      ),
    },
    catalogues.length ? null : `Chưa có danh mục hồ sơ năm ${year}.`,
  );
  add(
    'd',
    'Chương trình, kết quả đánh giá nội bộ',
    {
      '04-danh-gia-noi-bo/ket-qua-danh-gia.csv': csv(
        [
          'Đợt',
          'Tên đợt',
          'Số đơn vị',
          'Từ ngày',
          'Đến ngày',
          'KPH nặng',
          'KPH nhẹ',
          'Khuyến nghị',
          'Báo cáo',
        ],
        audits.rounds.map((r) => [
          `${r.number}/${r.year}`,
          r.title,
          r.unitsAudited,
          formatDate(r.firstDate),
          formatDate(r.lastDate),
          r.counts.major,
          r.counts.minor,
          r.counts.observation,
          r.reportState ?? '',
        ]),
      ),
    },
    audits.rounds.length ? null : `Chưa có đợt đánh giá nội bộ nào thực hiện trong năm ${year}.`,
  );
  const packView = pack ? await packViewOf(db, actor, pack, providers.directives) : null;
  add(
    'đ',
    'Xem xét của lãnh đạo; báo cáo tình hình áp dụng HTQLCL',
    packView
      ? {
          '05-xem-xet-lanh-dao/bao-cao-nam.docx': await paperDocx(
            annualPaper(packView, year, { agencyName: name, today }),
          ),
        }
      : {},
    [
      review?.heldOn
        ? `Cuộc họp Ban chỉ đạo ngày ${formatDate(review.heldOn)}.`
        : 'Chưa ghi nhận cuộc họp xem xét của lãnh đạo trong năm.',
      packView ? null : `Chưa lập báo cáo cho kỳ 01/01/${year}–31/12/${year}.`,
    ]
      .filter(Boolean)
      .join(' '),
  );
  add('e', 'Sự không phù hợp, hành động khắc phục; xử lý phản ánh, kiến nghị', {
    '06-khong-phu-hop/theo-don-vi.csv': csv(
      ['Đơn vị', 'Phát hiện', 'Đã đóng', 'Đúng hạn', 'Còn mở'],
      nc.units.map((u) => [u.unitName, u.opened, u.closed, u.closedOnTime, u.open]),
    ),
    '06-khong-phu-hop/theo-nguon.csv': csv(
      ['Nguồn', 'Phát hiện'],
      nc.bySource.map((s) => [s.source, s.opened]),
    ),
  });
  add(
    'g',
    'Công bố HTQLCL phù hợp TCVN ISO 9001 và việc công bố lại khi phạm vi thay đổi',
    declaration.declaration
      ? {
          '07-cong-bo/cong-bo.docx': await paperDocx(
            declarationPaper(declaration.declaration, { agencyName: name, today }),
          ),
        }
      : {},
    declaration.declaration ? null : 'Chưa có bản công bố đã ký.',
  );
  add(
    'h',
    'Cập nhật tài liệu, quy trình khi văn bản pháp luật thay đổi',
    {
      '08-cap-nhat/tai-lieu-ban-hanh-trong-nam.csv': csv(
        ['Đơn vị', 'Tài liệu hệ thống ban hành', 'Quy trình nghiệp vụ ban hành', 'Bãi bỏ'],
        status.rows.map((r) => [
          r.unitName,
          r.system.issued,
          r.business.issued,
          r.system.withdrawn + r.business.withdrawn,
        ]),
      ),
    },
    'eiso chưa liên kết từng lần sửa đổi với văn bản pháp luật làm căn cứ; danh sách nêu các tài liệu ban hành, sửa đổi trong năm.',
  );

  const index = [
    `HỒ SƠ PHỤC VỤ KIỂM TRA VIỆC ÁP DỤNG HTQLCL NĂM ${year}`,
    name,
    `Theo Điều 36 Thông tư số 26/2014/TT-BKHCN. Lập ngày ${formatDate(today)}.`,
    '',
    ...items.flatMap((item, i) => [
      `${i + 1}. ${item.title}`,
      ...item.files.map((f) => `   - ${f}`),
      ...(item.note ? [`   Ghi chú: ${item.note}`] : []),
      ...(item.files.length || item.note ? [] : ['   (không có)']),
    ]),
    '',
  ].join('\r\n');
  zip.file('MUC-LUC.txt', `\ufeff${index}`);
  const body = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { body, items };
}
