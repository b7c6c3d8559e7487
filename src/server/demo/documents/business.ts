// Business procedures (quy trình nghiệp vụ) of the units: a spec per procedure gives its
// steps and legal basis; the common sections and the version history come from here.
import { demoUnits } from '../demo-org.ts';
import { daysBefore } from './days.ts';
import {
  type ContentPatch,
  type ContentSpec,
  type Decision,
  type DocumentPlan,
  patchContent,
  type Reach,
  type ReturnSpec,
  type StepSpec,
  type VersionPlan,
} from './plan.ts';

type History = (base: ContentSpec, unitName: string) => VersionPlan[];

export type BusinessSpec = {
  code: string;
  owner: string;
  title: string;
  /** Defaults to a sentence built from the title. */
  purpose?: string;
  /** What the procedure covers, after "Áp dụng đối với …". */
  appliesTo?: string;
  references: NonNullable<ContentSpec['references']>;
  definitions?: ContentSpec['definitions'];
  steps: StepSpec[];
  forms?: ContentSpec['forms'];
  records?: ContentSpec['records'];
  /** Retention of the work file (hồ sơ công việc). */
  retention?: string;
  /** A procedure for an administrative procedure (TTHC) handled through the one-stop shop. */
  tthc?: boolean;
  history: History;
};

export type Revision = {
  reason: string;
  /** The legal text behind the change (căn cứ pháp lý), when a law, decree or circular made it necessary. */
  legalBasis?: string;
  summary: string;
  patch: ContentPatch;
  title?: string;
  returns?: ReturnSpec[];
  requested?: string;
};

export const unitName = (code: string) => {
  const unit = demoUnits.find((u) => u.code === code);
  if (!unit) throw new Error(`demo: no unit ${code}`);
  return unit.name;
};

export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "Quy trình cấp giấy phép bưu chính" → "cấp giấy phép bưu chính". */
const subject = (title: string) => title.replace(/^Quy trình\s+/, '');

export function businessContent(spec: BusinessSpec): ContentSpec {
  const name = unitName(spec.owner);
  return {
    purpose:
      spec.purpose ??
      `Quy định thống nhất trình tự, trách nhiệm và thời hạn ${subject(spec.title)} tại ${name}, bảo đảm đúng quy định của pháp luật, công khai, minh bạch và đúng thời hạn.`,
    scope: `Áp dụng đối với ${spec.appliesTo ?? `công chức ${name} và các đơn vị, cá nhân có liên quan thuộc Bộ Thông tin và Truyền thông`}.`,
    references: spec.references,
    definitions: [
      { term: 'Bộ', meaning: 'Bộ Thông tin và Truyền thông.' },
      ...(spec.tthc
        ? [
            { term: 'TTHC', meaning: 'Thủ tục hành chính.' },
            {
              term: 'Bộ phận Một cửa',
              meaning: 'Bộ phận tiếp nhận hồ sơ và trả kết quả của Bộ (Văn phòng Bộ).',
            },
          ]
        : []),
      ...(spec.definitions ?? []),
    ],
    steps: spec.steps,
    forms: spec.forms ?? [],
    records: [
      {
        name: `Hồ sơ ${subject(spec.title)} (đầy đủ văn bản, tài liệu theo các bước của quy trình)`,
        keeper: `Chuyên viên ${name} được giao xử lý`,
        location: `${name}; nộp Lưu trữ cơ quan khi đến hạn`,
        retention: spec.retention ?? '10 năm',
      },
      ...(spec.records ?? []),
    ],
  };
}

export function businessProcedure(spec: BusinessSpec): DocumentPlan {
  return {
    code: spec.code,
    type: 'business_procedure',
    title: spec.title,
    owner: spec.owner,
    versions: spec.history(businessContent(spec), unitName(spec.owner)),
  };
}

const firstVersion = (first: Decision, base: ContentSpec, name: string): VersionPlan => ({
  kind: 'new',
  reason: `Xây dựng quy trình giải quyết công việc của ${name} theo Kế hoạch xây dựng Hệ thống quản lý chất lượng Khối cơ quan Bộ.`,
  content: base,
  requested: daysBefore(first.date, 70),
  done: first.date,
  reaches: 'issued',
  decisionNo: first.no,
});

const revision = (base: ContentSpec, rev: Revision) => ({
  kind: 'revise' as const,
  reason: rev.reason,
  legalBasis: rev.legalBasis,
  changeSummary: rev.summary,
  ...(rev.title ? { title: rev.title } : {}),
  content: patchContent(base, rev.patch),
  returns: rev.returns,
});

/** Issued once and in force since. */
export const issued =
  (first: Decision): History =>
  (base, name) => [firstVersion(first, base, name)];

/** Issued, then revised and reissued by `second`. */
export const revised =
  (first: Decision, second: Decision, rev: Revision): History =>
  (base, name) => [
    firstVersion(first, base, name),
    {
      ...revision(base, rev),
      requested: rev.requested ?? daysBefore(second.date, 45),
      done: second.date,
      reaches: 'issued',
      decisionNo: second.no,
    },
  ];

/** Issued, then a revision that went as far as `reaches` by `done` (no decision yet). */
export const revising =
  (first: Decision, rev: Revision & { reaches: Exclude<Reach, 'issued'>; done: string }): History =>
  (base, name) => [
    firstVersion(first, base, name),
    {
      ...revision(base, rev),
      requested: rev.requested ?? daysBefore(rev.done, 30),
      done: rev.done,
      reaches: rev.reaches,
    },
  ];

/** A new procedure built and issued by `decision`. */
export const built =
  (decision: Decision, opts: { reason: string; returns?: ReturnSpec[] }): History =>
  (base) => [
    {
      kind: 'new',
      reason: opts.reason,
      content: base,
      requested: daysBefore(decision.date, 60),
      done: decision.date,
      reaches: 'issued',
      decisionNo: decision.no,
      returns: opts.returns,
    },
  ];

/** A new procedure still being drafted. */
export const drafting =
  (opts: { reason: string; requested: string; done: string; returns?: ReturnSpec[] }): History =>
  (base) => [{ kind: 'new', content: base, reaches: 'draft', ...opts }];

/** Issued, later withdrawn through an approved withdrawal. */
export const withdrawn =
  (first: Decision, decision: Decision, reason: string): History =>
  (base, name) => [
    firstVersion(first, base, name),
    {
      kind: 'withdraw',
      reason,
      requested: daysBefore(decision.date, 35),
      done: decision.date,
      reaches: 'issued',
      decisionNo: decision.no,
    },
  ];
