import type { StatusReport } from '../../../../contract/document-reports.ts';

type Row = StatusReport['rows'][number];

/** "5 tài liệu, quy trình hệ thống và 25 quy trình nghiệp vụ", leaving out a zero. */
function counted(system: number, business: number, systemNoun = 'tài liệu hệ thống') {
  return [system && `${system} ${systemNoun}`, business && `${business} quy trình nghiệp vụ`]
    .filter(Boolean)
    .join(' và ');
}

/**
 * The report's paragraph in the words of the secretariat's report to the steering
 * committee, e.g. "Các đơn vị đã hoàn thành việc cải tiến 5 tài liệu, quy trình hệ thống và
 * 25 quy trình nghiệp vụ; đã trình Lãnh đạo phê duyệt 2 tài liệu hệ thống và 11 quy trình
 * nghiệp vụ; đã xây dựng mới 10 quy trình nghiệp vụ (Vụ Tổ chức cán bộ: 2; …)."
 */
export function summaryOf(rows: Row[], totals: StatusReport['totals']): string {
  const { system, business } = totals;
  const clauses: string[] = [];
  const improved = counted(system.improved, business.improved, 'tài liệu, quy trình hệ thống');
  if (improved) clauses.push(`đã hoàn thành việc cải tiến ${improved}`);
  const awaiting = counted(system.awaitingApproval, business.awaitingApproval);
  if (awaiting) clauses.push(`đã trình Lãnh đạo phê duyệt ${awaiting}`);
  const built = counted(system.newlyBuilt, business.newlyBuilt);
  if (built) {
    const byUnit = rows
      .map((r) => ({ name: r.unitName, n: r.system.newlyBuilt + r.business.newlyBuilt }))
      .filter((r) => r.n > 0)
      .map((r) => `${r.name}: ${r.n}`)
      .join('; ');
    clauses.push(`đã xây dựng mới ${built} (${byUnit})`);
  }
  const sentences = [
    clauses.length
      ? `Các đơn vị ${clauses.join('; ')}.`
      : 'Trong kỳ báo cáo, các đơn vị chưa cải tiến, xây dựng mới hoặc trình phê duyệt tài liệu nào.',
  ];
  const issued = counted(system.issued, business.issued);
  const withdrawn = counted(system.withdrawn, business.withdrawn);
  const decisions = [issued && `phê duyệt, ban hành ${issued}`, withdrawn && `thu hồi ${withdrawn}`].filter(
    Boolean,
  );
  if (decisions.length) sentences.push(`Trong kỳ, Lãnh đạo đã ${decisions.join('; ')}.`);
  return sentences.join(' ');
}

export const REPORT_TITLE = 'BÁO CÁO TÌNH HÌNH XÂY DỰNG, CẢI TIẾN TÀI LIỆU HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG';

const dayMonthYear = (date: string) => date.split('-').reverse().join('/');
/** "Từ ngày 01/01/2017 đến ngày 25/12/2017". */
export const periodLine = (from: string, to: string) =>
  `Từ ngày ${dayMonthYear(from)} đến ngày ${dayMonthYear(to)}`;
