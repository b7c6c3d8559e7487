import {
  type IndicatorStatus,
  type IndicatorView,
  indicatorStatusNames,
  objectiveStatus,
  reportPeriodNames,
  reportPeriodRange,
  type reportPeriods,
} from '../../../contract/objectives.ts';
import type { Db } from '../../db/connection.ts';
import { type OfficialPaper, paperDocx, paperPdf } from '../../platform/papers/official-paper.ts';
import {
  leadershipOf,
  paperDate,
  paperNumber,
  type reportFrame,
} from '../../platform/papers/report-frame.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { indicatorsOf, listObjectives } from './objectives.queries.ts';

/*
 * "Báo cáo kết quả thực hiện mục tiêu chất lượng" for a period (a year, a half, a quarter):
 * the approved objectives the person may read, each indicator's values of the periods that
 * lie inside it, in the administrative layout of Nghị định 30/2020 (the one shared
 * OfficialPaper: letterhead, số/ký hiệu, nơi nhận, signature block).
 */

type Frame = ReturnType<typeof reportFrame>;
type Period = (typeof reportPeriods)[number];

export type ReportIndicator = {
  name: string;
  unit: string;
  direction: 'gte' | 'lte';
  target: number;
  /** Periods of the indicator inside the report period with a value, and how many met. */
  measured: number;
  met: number;
  latest: { periodStart: string; periodEnd: string; value: number; status: IndicatorStatus | null } | null;
};
export type ReportObjective = {
  title: string;
  unitName: string | null;
  status: IndicatorStatus | null;
  indicators: ReportIndicator[];
};
export type ObjectivesReport = {
  agencyName: string;
  year: number;
  period: Period;
  from: string;
  to: string;
  objectives: ReportObjective[];
};

/** An indicator's values whose period lies inside [from, to]. */
export function indicatorInPeriod(view: IndicatorView, from: string, to: string): ReportIndicator {
  const inside = view.values.filter((v) => v.periodStart >= from && v.periodEnd <= to && v.value !== null);
  const last = inside.at(-1);
  return {
    name: view.name,
    unit: view.unit,
    direction: view.direction,
    target: view.target,
    measured: inside.length,
    met: inside.filter((v) => v.status === 'met').length,
    latest: last
      ? {
          periodStart: last.periodStart,
          periodEnd: last.periodEnd,
          value: last.value as number,
          status: last.status,
        }
      : null,
  };
}

/** The report's content: approved objectives the actor reads, the agency's first. */
export async function objectivesReport(
  db: Db,
  actor: Actor,
  query: { year?: number; period: Period },
  agencyName: string,
): Promise<ObjectivesReport> {
  const list = await listObjectives(db, actor, { year: query.year });
  const approved = list.items.filter((o) => o.state === 'approved');
  const { from, to } = reportPeriodRange(list.year, query.period);
  const indicators = await indicatorsOf(
    db,
    actor.agencyId,
    approved.map((o) => o.id),
    list.year,
  );
  return {
    agencyName,
    year: list.year,
    period: query.period,
    from,
    to,
    objectives: approved.map((o) => {
      const inds = (indicators.get(o.id) ?? []).map((v) => indicatorInPeriod(v, from, to));
      return {
        title: o.title,
        unitName: o.unitName,
        status: objectiveStatus(inds.map((i) => i.latest?.status ?? null)),
        indicators: inds,
      };
    }),
  };
}

const targetText = (i: ReportIndicator) =>
  `${i.direction === 'gte' ? '≥' : '≤'} ${paperNumber(i.target)} ${i.unit}`;
const statusText = (s: IndicatorStatus | null) => (s ? indicatorStatusNames[s].vi : 'Chưa có số liệu');
/** "năm 2025", "6 tháng đầu năm 2025", "quý III năm 2025". */
const periodWords = (r: ObjectivesReport) =>
  r.period === 'year' ? `năm ${r.year}` : `${reportPeriodNames[r.period].replace(/^Q/, 'q')} năm ${r.year}`;

/** The report as an OfficialPaper: opening, overall result, the table, what missed, closing. */
export function objectivesPaper(r: ObjectivesReport, frame: Frame): OfficialPaper {
  const issuer = frame.head.issuer.at(-1) ?? r.agencyName;
  const all = r.objectives.flatMap((o) => o.indicators.map((i) => ({ o, i })));
  const count = (s: IndicatorStatus) => r.objectives.filter((o) => o.status === s).length;
  const missed = all.filter(({ i }) => i.latest?.status === 'missed' || i.latest?.status === 'at_risk');
  const rows: string[][] = [];
  r.objectives.forEach((o, n) => {
    rows.push([
      paperNumber(n + 1),
      `${o.title} (${o.unitName ?? r.agencyName})`,
      '',
      '',
      '',
      '',
      statusText(o.status),
    ]);
    for (const i of o.indicators)
      rows.push([
        '',
        `- ${i.name}`,
        targetText(i),
        i.latest ? `${paperNumber(i.latest.value)} ${i.unit}` : '—',
        i.latest ? `${paperDate(i.latest.periodStart)} – ${paperDate(i.latest.periodEnd)}` : '',
        i.measured ? `${paperNumber(i.met)}/${paperNumber(i.measured)}` : '—',
        statusText(i.latest?.status ?? null),
      ]);
  });
  return {
    title: `Báo cáo kết quả thực hiện mục tiêu chất lượng ${periodWords(r)}`,
    landscape: false,
    head: frame.head,
    kind: 'BÁO CÁO',
    subject: [
      'Kết quả thực hiện mục tiêu chất lượng',
      `${r.period === 'year' ? `Năm ${r.year}` : `${reportPeriodNames[r.period]} năm ${r.year}`} (từ ngày ${paperDate(r.from)} đến ngày ${paperDate(r.to)})`,
    ],
    body: [
      {
        kind: 'paragraph',
        text: `Thực hiện hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 (mục 6.2 và 9.1), ${issuer} báo cáo kết quả thực hiện mục tiêu chất lượng ${periodWords(r)} như sau:`,
      },
      { kind: 'heading', text: 'I. KẾT QUẢ CHUNG' },
      {
        kind: 'paragraph',
        text: r.objectives.length
          ? `Trong kỳ có ${paperNumber(r.objectives.length)} mục tiêu chất lượng đã được phê duyệt với ${paperNumber(all.length)} chỉ số; ${paperNumber(count('met'))} mục tiêu đạt, ${paperNumber(count('at_risk'))} mục tiêu có nguy cơ không đạt, ${paperNumber(count('missed'))} mục tiêu không đạt, ${paperNumber(r.objectives.filter((o) => o.status === null).length)} mục tiêu chưa có số liệu.`
          : 'Trong kỳ chưa có mục tiêu chất lượng nào được phê duyệt.',
      },
      { kind: 'heading', text: 'II. KẾT QUẢ THEO MỤC TIÊU VÀ CHỈ SỐ' },
      r.objectives.length
        ? {
            kind: 'table',
            columns: [
              { header: 'STT', width: 6 },
              { header: 'Mục tiêu / chỉ số', width: 35, align: 'left' },
              { header: 'Chỉ tiêu', width: 12 },
              { header: 'Kết quả kỳ gần nhất', width: 12 },
              { header: 'Kỳ đo', width: 15 },
              { header: 'Số kỳ đạt', width: 8 },
              { header: 'Đánh giá', width: 12 },
            ],
            rows,
          }
        : { kind: 'paragraph', text: 'Không có số liệu.' },
      { kind: 'heading', text: 'III. CÁC CHỈ SỐ KHÔNG ĐẠT HOẶC CÓ NGUY CƠ KHÔNG ĐẠT' },
      ...(missed.length
        ? missed.map(({ o, i }) => ({
            kind: 'paragraph' as const,
            text: `- ${i.name} (${o.title}): kết quả ${paperNumber(i.latest?.value)} ${i.unit} so với chỉ tiêu ${targetText(i)} — ${statusText(i.latest?.status ?? null).toLocaleLowerCase('vi')}; đề nghị đơn vị phân tích nguyên nhân và có hành động khắc phục.`,
          }))
        : [{ kind: 'paragraph' as const, text: 'Không có chỉ số nào không đạt hoặc có nguy cơ không đạt.' }]),
      {
        kind: 'paragraph',
        text: `${issuer} kính báo cáo ${leadershipOf(r.agencyName)} và Ban Chỉ đạo ISO./.`,
      },
    ],
    foot: frame.foot,
  };
}

export const objectivesReportDocx = (r: ObjectivesReport, frame: Frame) =>
  paperDocx(objectivesPaper(r, frame));
export const objectivesReportPdf = (r: ObjectivesReport, frame: Frame) => paperPdf(objectivesPaper(r, frame));
