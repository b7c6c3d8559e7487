import { z } from 'zod';
import { isoDate, version } from './common.ts';

/**
 * The steering committee's reports (module steering, sub-module reports): the review input
 * pack of a period (ISO 9001 9.3.2 a–f), the annual report (QĐ 19/2014 Phụ lục II), the
 * declaration of conformity (Phụ lục I), the inspection evidence pack (TT 26/2014 art. 36)
 * and the statutory clock.
 */

/** The pack's sections in the order of 9.3.2, then the annual report's own narratives. */
export const packSectionKeys = [
  'directives',
  'changes',
  'feedback',
  'objectives',
  'cases',
  'records',
  'documents',
  'nonconformities',
  'audits',
  'resources',
  'risks',
  'improvement',
] as const;
export type PackSectionKey = (typeof packSectionKeys)[number];

/** Narratives of the annual report only (Phụ lục II): an overall assessment, difficulties, proposals. */
export const annualNarrativeKeys = ['assessment', 'difficulties', 'proposals'] as const;
export type AnnualNarrativeKey = (typeof annualNarrativeKeys)[number];
export const narrativeKeys = [...packSectionKeys, ...annualNarrativeKeys] as const;
export type NarrativeKey = (typeof narrativeKeys)[number];

export const packSectionNames: Record<PackSectionKey, { clause: string; vi: string; en: string }> = {
  directives: {
    clause: '9.3.2 a',
    vi: 'Tình hình thực hiện các kết luận, chỉ đạo của lần xem xét trước',
    en: 'Status of actions from previous reviews',
  },
  changes: {
    clause: '9.3.2 b',
    vi: 'Những thay đổi liên quan đến hệ thống quản lý chất lượng (văn bản pháp luật, tổ chức)',
    en: 'Changes in external and internal issues (legal texts, organisation)',
  },
  feedback: {
    clause: '9.3.2 c 1',
    vi: 'Ý kiến phản hồi, khiếu nại của tổ chức, cá nhân',
    en: 'Feedback and complaints',
  },
  objectives: {
    clause: '9.3.2 c 2',
    vi: 'Mức độ đạt được mục tiêu chất lượng',
    en: 'Extent to which quality objectives are met',
  },
  cases: {
    clause: '9.3.2 c 3',
    vi: 'Kết quả thực hiện các quy trình (giải quyết công việc)',
    en: 'Process performance (work cases)',
  },
  records: {
    clause: '9.3.2 c 3',
    vi: 'Tuân thủ việc lập hồ sơ',
    en: 'Records compliance (files opened at the start)',
  },
  documents: {
    clause: '9.3.2 c 3',
    vi: 'Tình hình xây dựng, cải tiến tài liệu của hệ thống',
    en: 'Document status report',
  },
  nonconformities: {
    clause: '9.3.2 c 4',
    vi: 'Sự không phù hợp và hành động khắc phục',
    en: 'Nonconformities and corrective actions',
  },
  audits: { clause: '9.3.2 c 6', vi: 'Kết quả đánh giá nội bộ', en: 'Internal audit results' },
  resources: { clause: '9.3.2 d', vi: 'Sự thỏa đáng của nguồn lực', en: 'Adequacy of resources' },
  risks: {
    clause: '9.3.2 e',
    vi: 'Hiệu lực của các hành động giải quyết rủi ro và cơ hội',
    en: 'Effectiveness of actions to address risks and opportunities',
  },
  improvement: { clause: '9.3.2 f', vi: 'Cơ hội cải tiến', en: 'Opportunities for improvement' },
};

export const annualNarrativeNames: Record<AnnualNarrativeKey, { vi: string; en: string }> = {
  assessment: { vi: 'Đánh giá chung', en: 'Overall assessment' },
  difficulties: { vi: 'Khó khăn, vướng mắc', en: 'Difficulties' },
  proposals: { vi: 'Kiến nghị, đề xuất', en: 'Proposals' },
};

/** One figure of a section, as its source module answered it, with the screen it came from. */
export const packFigure = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  /** The value as printed: 1.234 · 81,2 % · "—". */
  text: z.string(),
  /** The screen or list the figure came from (a web path), or null. */
  link: z.string().nullable(),
});
export type PackFigure = z.infer<typeof packFigure>;

export const packItem = z.object({ text: z.string(), link: z.string().nullable() });
export type PackItem = z.infer<typeof packItem>;

export const packSection = z.object({
  key: z.enum(packSectionKeys),
  clause: z.string(),
  title: z.string(),
  /** What the source said when it had nothing (no provider yet, nothing recorded). */
  note: z.string().nullable(),
  narrative: z.string(),
  figures: z.array(packFigure),
  items: z.array(packItem),
});
export type PackSection = z.infer<typeof packSection>;

export const packView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  agencyName: z.string(),
  sections: z.array(packSection),
  annual: z.object({ assessment: z.string(), difficulties: z.string(), proposals: z.string() }),
  canEdit: z.boolean(),
});
export type PackView = z.infer<typeof packView>;

export const packSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  updatedAt: z.string(),
});
export const packList = z.object({ items: z.array(packSummary), canCreate: z.boolean() });
export type PackList = z.infer<typeof packList>;

const narrativeText = z.string().trim().max(20_000, 'Tối đa 20.000 ký tự.');

export const createPackBody = z
  .strictObject({
    title: z.string().trim().min(1, 'Nhập tên báo cáo.').max(300, 'Tối đa 300 ký tự.'),
    from: isoDate,
    to: isoDate,
  })
  .refine((b) => b.from <= b.to, { path: ['to'], message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.' });

export const narrativeBody = z.strictObject({
  version,
  narratives: z.partialRecord(z.enum(narrativeKeys), narrativeText),
});

export const yearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

// ——— Declaration of conformity (Phụ lục I) ———

export const declarationStates = ['draft', 'signed'] as const;
export const declarationStateNames: Record<(typeof declarationStates)[number], { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  signed: { vi: 'Lãnh đạo đã phê duyệt', en: 'Approved by leadership' },
};
export const declarationScopeItem = z.object({ id: z.uuid(), code: z.string(), title: z.string() });
export type DeclarationScopeItem = z.infer<typeof declarationScopeItem>;

export const declarationView = z.object({
  id: z.uuid(),
  version: z.number().int(),
  state: z.enum(declarationStates),
  declaredOn: z.string().nullable(),
  scope: z.array(declarationScopeItem),
  signer: z.object({ name: z.string(), position: z.string() }).nullable(),
  createdAt: z.string(),
});
export type DeclarationView = z.infer<typeof declarationView>;

export const declarationList = z.object({
  items: z.array(declarationView),
  /** The latest signed declaration, or null. */
  current: declarationView.nullable(),
  /** Procedures in force now that the current declaration does not cover, and declared ones no longer in force. */
  added: z.array(declarationScopeItem),
  removed: z.array(declarationScopeItem),
  stale: z.boolean(),
  canDraft: z.boolean(),
  canSign: z.boolean(),
});
export type DeclarationList = z.infer<typeof declarationList>;

export const signDeclarationBody = z.strictObject({
  version,
  password: z.string().min(1, 'Nhập mật khẩu.').max(200),
});

// ——— Statutory clock ———

export const clockLevels = ['green', 'amber', 'red'] as const;
export type ClockLevel = (typeof clockLevels)[number];
export const clockKeys = [
  'internalAudit',
  'managementReview',
  'annualReport',
  'declaration',
  'directives',
] as const;
export type ClockKey = (typeof clockKeys)[number];
export const clockLine = z.object({
  key: z.enum(clockKeys),
  level: z.enum(clockLevels),
  title: z.string(),
  text: z.string(),
  /** The screen that fixes it. */
  link: z.string(),
});
export type ClockLine = z.infer<typeof clockLine>;
export const statutoryClock = z.object({
  today: z.string(),
  year: z.number().int(),
  lines: z.array(clockLine),
});
export type StatutoryClock = z.infer<typeof statutoryClock>;
