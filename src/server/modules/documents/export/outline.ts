import type { ProcedureStep } from '../../../../contract/documents.ts';
import { formatNumber } from '../../../platform/format.ts';
import type { ExportModel } from './export.service.ts';
import { flowchartBands } from './flowchart.ts';
import { issueLabel } from './page.ts';

/**
 * The exported document as a list of blocks, in the usual layout of a Vietnamese ISO
 * procedure; the DOCX and PDF writers only decide how each block looks.
 */
export type Cell = string | { text: string; bold?: boolean };
export type Block =
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'heading'; text: string; level: 1 | 2; pageBreak?: boolean }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  /** widths are relative; a row's cells are texts, '\n' separating lines. */
  | { kind: 'table'; widths: number[]; header: string[]; rows: Cell[][]; center?: number[] }
  /** Horizontal bands of the chart, to be stacked with no gap (see flowchartBands). */
  | { kind: 'flowchart'; bands: Array<{ svg: string; width: number; height: number }> };

/** About a quarter page: little is left blank when the chart runs over a page break. */
const FLOWCHART_BAND = 180;

const none = (text = 'Không có.'): Block => ({ kind: 'paragraph', text });

const paragraphs = (text: string, empty?: string): Block[] => {
  const parts = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length ? parts.map((p) => ({ kind: 'paragraph', text: p })) : [none(empty)];
};

const days = (d: number | null) => (d === null ? '' : formatNumber(d));

function stepContent(step: ProcedureStep, steps: ProcedureStep[]): string {
  if (!step.condition) return step.action;
  const nextOf = (id?: string) => {
    const target = id ? steps.find((s) => s.id === id) : undefined;
    if (target) return `chuyển bước ${target.id}`;
    const after = steps[steps.indexOf(step) + 1];
    return after ? `chuyển bước ${after.id}` : 'kết thúc';
  };
  return `${step.action}\n${step.condition} Có: ${nextOf(step.yesNext)}; Không: ${nextOf(step.noNext)}.`;
}

/**
 * How a step was confirmed in eiso: by re-entering the sign-in password, which is an electronic
 * approval, not a digital signature (ký số). The words say so (ARCHITECTURE.md, "Words").
 */
export const confirmedBy = (meaning: string) =>
  meaning === 'Phê duyệt'
    ? '(Phê duyệt điện tử, xác thực bằng mật khẩu)'
    : '(Xác nhận điện tử, xác thực bằng mật khẩu)';

function frontMatter(model: ExportModel): Block[] {
  const decision = model.decisionNo
    ? `(Ban hành kèm theo Quyết định số ${model.decisionNo}${model.issueDate ? ` ngày ${model.issueDate}` : ''})`
    : undefined;
  const [drafted, reviewed, approved] = model.signers;
  const row = (label: string, pick: (s: typeof drafted) => string): Cell[] => [
    { text: label, bold: true },
    pick(drafted),
    pick(reviewed),
    pick(approved),
  ];
  return [
    { kind: 'title', text: model.title.toLocaleUpperCase('vi'), subtitle: decision },
    {
      kind: 'table',
      widths: [1.1, 2, 2, 2],
      header: ['', ...model.signers.map((s) => s.meaning)],
      rows: [
        row('Họ và tên', (s) => s.name),
        row('Chức vụ', (s) => s.position),
        row('Xác nhận', (s) => (s.meaning === 'Soạn thảo' || !s.date ? '' : confirmedBy(s.meaning))),
        row('Ngày xác nhận', (s) => s.date),
      ],
      center: [1, 2, 3],
    },
    { kind: 'heading', text: 'MỤC LỤC SỬA ĐỔI TÀI LIỆU', level: 1 },
    {
      kind: 'table',
      widths: [1.1, 1.3, 3.6, 1.6],
      header: ['Lần ban hành', 'Ngày', 'Nội dung sửa đổi', 'Vị trí'],
      rows: model.history.length
        ? model.history.map((h) => [issueLabel(h.issueNo), h.date, h.change, h.where])
        : [['', '', '', '']],
      center: [0, 1],
    },
  ];
}

function body(model: ExportModel): Block[] {
  const c = model.content;
  const blocks: Block[] = [
    { kind: 'heading', text: '1. MỤC ĐÍCH', level: 1, pageBreak: true },
    ...paragraphs(c.purpose),
    { kind: 'heading', text: '2. PHẠM VI ÁP DỤNG', level: 1 },
    ...paragraphs(c.scope),
    { kind: 'heading', text: '3. TÀI LIỆU VIỆN DẪN', level: 1 },
    c.references.length ? { kind: 'bullets', items: c.references.map((r) => r.text) } : none(),
    { kind: 'heading', text: '4. ĐỊNH NGHĨA VÀ TỪ VIẾT TẮT', level: 1 },
    c.definitions.length
      ? { kind: 'bullets', items: c.definitions.map((d) => `${d.term}: ${d.meaning}`) }
      : none(),
  ];
  if (model.isProcedure) {
    blocks.push(
      { kind: 'heading', text: '5. NỘI DUNG QUY TRÌNH', level: 1 },
      { kind: 'heading', text: '5.1. Lưu đồ', level: 2 },
      { kind: 'flowchart', bands: flowchartBands(c.steps, FLOWCHART_BAND) },
      { kind: 'heading', text: '5.2. Diễn giải', level: 2 },
      c.steps.length
        ? {
            kind: 'table',
            widths: [0.8, 3.6, 1.6, 1.2, 1.8],
            header: [
              'Bước',
              'Nội dung công việc',
              'Trách nhiệm',
              'Thời gian (ngày làm việc)',
              'Biểu mẫu/Kết quả',
            ],
            rows: c.steps.map((s) => [
              { text: s.id, bold: true },
              stepContent(s, c.steps),
              s.who,
              days(s.durationDays),
              s.output,
            ]),
            center: [0, 3],
          }
        : none('Chưa có bước nào.'),
    );
  } else {
    blocks.push({ kind: 'heading', text: '5. NỘI DUNG', level: 1 }, ...paragraphs(c.body));
  }
  blocks.push(
    { kind: 'heading', text: '6. BIỂU MẪU', level: 1 },
    c.forms.length
      ? {
          kind: 'table',
          widths: [0.6, 1.6, 4.8],
          header: ['TT', 'Mã hiệu', 'Tên biểu mẫu'],
          rows: c.forms.map((f, i) => [String(i + 1), f.code, f.title]),
          center: [0],
        }
      : none(),
    { kind: 'heading', text: '7. HỒ SƠ CẦN LƯU', level: 1 },
    c.records.length
      ? {
          kind: 'table',
          widths: [0.6, 3, 1.7, 1.7, 1.4],
          header: ['TT', 'Tên hồ sơ', 'Người lưu', 'Nơi lưu', 'Thời gian lưu'],
          rows: c.records.map((r, i) => [String(i + 1), r.name, r.keeper, r.location, r.retention]),
          center: [0, 4],
        }
      : none(),
  );
  return blocks;
}

export const outline = (model: ExportModel): Block[] => [...frontMatter(model), ...body(model)];
