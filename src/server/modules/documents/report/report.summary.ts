import type { StatusReport } from '../../../../contract/document-reports.ts';
import { formatDate, formatNumber } from '../../../platform/format.ts';

type Row = StatusReport['rows'][number];

type Lang = 'vi' | 'en';

/** The nouns after a count: Vietnamese has one form, English a singular and a plural. */
const nouns = {
  vi: {
    system: () => 'tài liệu hệ thống',
    systemAll: () => 'tài liệu, quy trình hệ thống',
    business: () => 'quy trình nghiệp vụ',
    and: ' và ',
  },
  en: {
    system: (n: number) => (n === 1 ? 'system document' : 'system documents'),
    systemAll: (n: number) => (n === 1 ? 'system document or procedure' : 'system documents and procedures'),
    business: (n: number) => (n === 1 ? 'business procedure' : 'business procedures'),
    and: ' and ',
  },
} as const;

/** "5 tài liệu, quy trình hệ thống và 25 quy trình nghiệp vụ", leaving out a zero. */
function counted(lang: Lang, system: number, business: number, all = false) {
  const n = nouns[lang];
  return [
    system && `${formatNumber(system, 0, lang)} ${all ? n.systemAll(system) : n.system(system)}`,
    business && `${formatNumber(business, 0, lang)} ${n.business(business)}`,
  ]
    .filter(Boolean)
    .join(n.and);
}

const words = {
  vi: {
    improved: (x: string) => `đã hoàn thành việc cải tiến ${x}`,
    awaiting: (x: string) => `đã trình Lãnh đạo phê duyệt ${x}`,
    built: (x: string, byUnit: string) => `đã xây dựng mới ${x} (${byUnit})`,
    units: (clauses: string[]) => `Các đơn vị ${clauses.join('; ')}.`,
    none: 'Trong kỳ báo cáo, các đơn vị chưa cải tiến, xây dựng mới hoặc trình phê duyệt tài liệu nào.',
    issued: (x: string) => `phê duyệt, ban hành ${x}`,
    withdrawn: (x: string) => `thu hồi ${x}`,
    decisions: (d: string[]) => `Trong kỳ, Lãnh đạo đã ${d.join('; ')}.`,
  },
  en: {
    improved: (x: string) => `completed the improvement of ${x}`,
    awaiting: (x: string) => `submitted ${x} for leadership's approval`,
    built: (x: string, byUnit: string) => `built ${x} anew (${byUnit})`,
    units: (clauses: string[]) => `The units ${clauses.join('; ')}.`,
    none: 'In the period, the units improved, built or submitted no document.',
    issued: (x: string) => `approved and issued ${x}`,
    withdrawn: (x: string) => `withdrew ${x}`,
    decisions: (d: string[]) => `In the period, the leadership ${d.join('; ')}.`,
  },
};

/**
 * The report's paragraph in the words of the secretariat's report to the steering
 * committee, e.g. "Các đơn vị đã hoàn thành việc cải tiến 5 tài liệu, quy trình hệ thống và
 * 25 quy trình nghiệp vụ; đã trình Lãnh đạo phê duyệt 2 tài liệu hệ thống và 11 quy trình
 * nghiệp vụ; đã xây dựng mới 10 quy trình nghiệp vụ (Vụ Tổ chức cán bộ: 2; …)." — and the
 * same in English (the units' names are theirs).
 */
export function summaryOf(rows: Row[], totals: StatusReport['totals'], lang: Lang = 'vi'): string {
  const { system, business } = totals;
  const w = words[lang];
  const clauses: string[] = [];
  const improved = counted(lang, system.improved, business.improved, true);
  if (improved) clauses.push(w.improved(improved));
  const awaiting = counted(lang, system.awaitingApproval, business.awaitingApproval);
  if (awaiting) clauses.push(w.awaiting(awaiting));
  const built = counted(lang, system.newlyBuilt, business.newlyBuilt);
  if (built) {
    const byUnit = rows
      .map((r) => ({ name: r.unitName, n: r.system.newlyBuilt + r.business.newlyBuilt }))
      .filter((r) => r.n > 0)
      .map((r) => `${r.name}: ${formatNumber(r.n, 0, lang)}`)
      .join('; ');
    clauses.push(w.built(built, byUnit));
  }
  const sentences = [clauses.length ? w.units(clauses) : w.none];
  const issued = counted(lang, system.issued, business.issued);
  const withdrawn = counted(lang, system.withdrawn, business.withdrawn);
  const decisions = [issued && w.issued(issued), withdrawn && w.withdrawn(withdrawn)].filter(
    (d): d is string => Boolean(d),
  );
  if (decisions.length) sentences.push(w.decisions(decisions));
  return sentences.join(' ');
}

export const REPORT_TITLE = 'BÁO CÁO TÌNH HÌNH XÂY DỰNG, CẢI TIẾN TÀI LIỆU HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG';
/** The trích yếu under "BÁO CÁO" on the paper. */
export const REPORT_SUBJECT = 'Tình hình xây dựng, cải tiến tài liệu hệ thống quản lý chất lượng';

/** "Từ ngày 01/01/2017 đến ngày 25/12/2017". */
export const periodLine = (from: string, to: string) =>
  `Từ ngày ${formatDate(from)} đến ngày ${formatDate(to)}`;
