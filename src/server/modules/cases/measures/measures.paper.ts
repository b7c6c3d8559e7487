import {
  type CaseFigureKey,
  type CaseFigures,
  type CaseMeasures,
  caseFigureNames,
  rateKeys,
  workingDayKeys,
} from '../../../../contract/case-measures.ts';
import {
  type OfficialPaper,
  type PaperColumn,
  paperDocx,
  paperPdf,
} from '../../../platform/papers/official-paper.ts';
import {
  leadershipOf,
  paperDate,
  paperDecimal,
  paperNumber,
  paperPercent,
  type reportFrame,
} from '../../../platform/papers/report-frame.ts';

type Frame = ReturnType<typeof reportFrame>;
export type MeasuresPaperInput = CaseMeasures & { agencyName: string; scopeText: string };

export const MEASURES_SUBJECT = 'Kết quả đo lường việc xử lý công việc theo quy trình';

/** The columns of the paper's tables: fewer than the workbook's, as leadership reads them. */
const paperKeys: CaseFigureKey[] = [
  'started',
  'finished',
  'onTimeRate',
  'stepsDone',
  'stepOnTimeRate',
  'avgWorkingDaysPerStep',
  'overdueSteps',
  'fileOpenedAtStartRate',
  'filesLeftOpen',
];

export const figureText = (key: CaseFigureKey, f: CaseFigures) =>
  rateKeys.includes(key)
    ? paperPercent(f[key])
    : workingDayKeys.includes(key)
      ? paperDecimal(f[key] as number | null)
      : paperNumber(f[key] as number);

const periodText = (m: MeasuresPaperInput) => `từ ngày ${paperDate(m.from)} đến ngày ${paperDate(m.to)}`;

/** The narrative of the totals, each figure as the tables print it. */
export function measuresSummary(m: MeasuresPaperInput): string[] {
  const t = m.totals;
  const f = (key: CaseFigureKey) => figureText(key, t);
  const finished =
    t.finished > 0
      ? `hoàn thành ${f('finished')} công việc, trong đó ${paperNumber(t.finishedOnTime)} công việc đúng hạn (tỷ lệ ${f('onTimeRate')})${t.avgWorkingDaysPerCase === null ? '' : `, bình quân ${f('avgWorkingDaysPerCase')} ngày làm việc mỗi công việc`}`
      : 'chưa có công việc nào hoàn thành';
  const steps =
    t.stepsDone > 0
      ? `Đã xử lý ${f('stepsDone')} bước, tỷ lệ bước đúng hạn ${f('stepOnTimeRate')}, bình quân ${f('avgWorkingDaysPerStep')} ngày làm việc mỗi bước.`
      : 'Trong kỳ chưa có bước nào được xử lý xong.';
  const files =
    t.started > 0
      ? `Tỷ lệ lập hồ sơ ngay khi bắt đầu công việc đạt ${f('fileOpenedAtStartRate')}; ${f('filesLeftOpen')} hồ sơ chưa đóng sau khi xong việc.`
      : `${f('filesLeftOpen')} hồ sơ chưa đóng sau khi xong việc.`;
  return [
    `Trong kỳ báo cáo, các đơn vị đã bắt đầu ${f('started')} công việc; ${finished}.`,
    steps,
    files,
    `Tính đến ngày ${paperDate(m.today)}, có ${f('overdueSteps')} bước đang quá hạn thuộc ${f('overdueCases')} công việc.`,
  ];
}

function figureColumns(first: PaperColumn[]): PaperColumn[] {
  return [
    ...first,
    ...paperKeys.map((k) => ({ header: caseFigureNames[k].vi, width: 8, align: 'center' as const })),
  ];
}

/** The measures as a báo cáo to leadership: opening, the figures in words, by unit, by procedure. */
export function measuresPaper(m: MeasuresPaperInput, frame: Frame): OfficialPaper {
  const issuer = frame.head.issuer.at(-1) ?? m.agencyName;
  const cells = (f: CaseFigures) => paperKeys.map((k) => figureText(k, f));
  return {
    title: `Báo cáo ${MEASURES_SUBJECT.toLocaleLowerCase('vi')}`,
    landscape: true,
    head: frame.head,
    kind: 'BÁO CÁO',
    subject: [MEASURES_SUBJECT, `Từ ngày ${paperDate(m.from)} đến ngày ${paperDate(m.to)}`],
    body: [
      {
        kind: 'paragraph',
        text: `${issuer} báo cáo kết quả đo lường việc xử lý công việc theo các quy trình của hệ thống quản lý chất lượng ${periodText(m)} (phạm vi: ${m.scopeText}) như sau:`,
      },
      { kind: 'heading', text: '1. Kết quả chung' },
      ...measuresSummary(m).map((text) => ({ kind: 'paragraph' as const, text })),
      { kind: 'heading', text: '2. Kết quả theo đơn vị' },
      {
        kind: 'table',
        columns: figureColumns([
          { header: 'STT', width: 4 },
          { header: 'Đơn vị', width: 22, align: 'left' },
        ]),
        rows: m.byUnit.map((u, i) => [
          paperNumber(i + 1),
          `${'\u00a0'.repeat(3 * u.depth)}${u.unitName}`,
          ...cells(u),
        ]),
        total: ['', 'Tổng cộng', ...cells(m.totals)],
      },
      { kind: 'heading', text: '3. Kết quả theo quy trình' },
      m.byProcedure.length
        ? {
            kind: 'table',
            columns: figureColumns([
              { header: 'STT', width: 4 },
              { header: 'Quy trình', width: 22, align: 'left' },
            ]),
            rows: m.byProcedure.map((p, i) => [paperNumber(i + 1), `${p.code} — ${p.title}`, ...cells(p)]),
          }
        : { kind: 'paragraph', text: 'Trong kỳ không có công việc nào theo quy trình.' },
      {
        kind: 'paragraph',
        text: `${issuer} kính báo cáo ${leadershipOf(m.agencyName)} và Ban Chỉ đạo ISO./.`,
      },
    ],
    foot: frame.foot,
  };
}

export const caseMeasuresDocx = (m: MeasuresPaperInput, frame: Frame) => paperDocx(measuresPaper(m, frame));
export const caseMeasuresPdf = (m: MeasuresPaperInput, frame: Frame) => paperPdf(measuresPaper(m, frame));
