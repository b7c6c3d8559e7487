import { z } from 'zod';
import { version } from './common.ts';
import { dutyConflict } from './duties.ts';

/** Danh mục hồ sơ (Nghị định 30/2020): one per unit and year. */
export const catalogueStates = ['draft', 'submitted', 'approved', 'issued'] as const;
export const catalogueState = z.enum(catalogueStates);
export type CatalogueState = z.infer<typeof catalogueState>;

export const catalogueStateNames: Record<CatalogueState, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Chờ lãnh đạo đơn vị phê duyệt', en: 'Waiting for the unit head’s approval' },
  approved: { vi: 'Đã phê duyệt', en: 'Approved' },
  issued: { vi: 'Đã ban hành', en: 'Issued' },
};

/** The five columns of the official layout, in order; export and import use them. */
export const catalogueColumns = [
  'Số và ký hiệu hồ sơ',
  'Tên đề mục và tiêu đề hồ sơ',
  'Thời hạn bảo quản',
  'Đơn vị/người lập hồ sơ',
  'Ghi chú',
] as const;

const text = (max: number) => z.string().trim().max(max);
export const catalogueYear = z.number().int().min(1990).max(2999);

export const catalogueListQuery = z.strictObject({
  unitId: z.uuid().optional(),
  year: z.coerce.number().int().min(1990).max(2999).optional(),
});

export const catalogueSummary = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.number().int(),
  state: catalogueState,
  entryCount: z.number().int(),
  issuedAt: z.string().nullable(),
  version: z.number().int(),
});
export type CatalogueSummary = z.infer<typeof catalogueSummary>;

export const catalogueList = z.object({
  items: z.array(catalogueSummary),
  /** The actor may draft a catalogue for some unit (ISO officer, unit head, secretariat). */
  canCreate: z.boolean(),
});
export type CatalogueList = z.infer<typeof catalogueList>;

export const createCatalogueBody = z.object({ unitId: z.uuid(), year: catalogueYear });

export const catalogueAction = z.enum(['submit', 'approve', 'return', 'issue']);
export type CatalogueAction = z.infer<typeof catalogueAction>;
export const catalogueTransitionBody = z.object({
  action: catalogueAction,
  version,
  /** Approve: the unit head re-enters their password (phê duyệt điện tử, not ký số). */
  password: z.string().max(200).optional(),
  /** Return: what to change (required). */
  comment: text(2000).min(1).optional(),
});

export const catalogueEventView = z.object({
  action: catalogueAction,
  fromState: catalogueState,
  toState: catalogueState,
  actorName: z.string(),
  comment: z.string().nullable(),
  at: z.string(),
});

/** "My work": catalogues submitted to a unit head this person may approve. */
export const catalogueWork = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      unitName: z.string(),
      year: z.number().int(),
      entryCount: z.number().int(),
      submittedByName: z.string().nullable(),
      submittedAt: z.string(),
    }),
  ),
});
export type CatalogueWork = z.infer<typeof catalogueWork>;

export const headingBody = z.object({
  title: text(500).min(1),
  /** A sub-heading's heading; absent or null for a heading. */
  parentId: z.uuid().nullable().optional(),
});
export const headingUpdateBody = z.object({ title: text(500).min(1), version });

export const entryBody = z.object({
  headingId: z.uuid().nullable().optional(),
  /** "01.TCCB"; proposed by the server when left out. */
  code: z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}.\-/]{0,39}$/u)
    .optional(),
  title: text(1000).min(1),
  /** Years to keep; null = permanent (vĩnh viễn). */
  retentionYears: z.number().int().min(1).max(100).nullable(),
  ownerUnitId: z.uuid().optional(),
  ownerPersonId: z.uuid().nullable().optional(),
  notes: text(1000).nullable().optional(),
});
export type EntryBody = z.infer<typeof entryBody>;
export const entryUpdateBody = entryBody.extend({ version });

export const moveBody = z.object({ direction: z.enum(['up', 'down']), version });
export const generateBody = z.object({ headingId: z.uuid().nullable().optional() });

export const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

export const catalogueFileLink = z.object({
  id: z.uuid(),
  fileCode: z.string(),
  title: z.string(),
  state: z.string(),
});

export const catalogueEntryView = z.object({
  id: z.uuid(),
  headingId: z.uuid().nullable(),
  position: z.number().int(),
  code: z.string(),
  title: z.string(),
  retentionYears: z.number().int().nullable(),
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  ownerPersonId: z.uuid().nullable(),
  ownerPersonName: z.string().nullable(),
  notes: z.string().nullable(),
  sourceDocumentId: z.uuid().nullable(),
  sourceRecordName: z.string().nullable(),
  version: z.number().int(),
  /** Files opened against this entry. */
  files: z.array(catalogueFileLink),
});
export type CatalogueEntryView = z.infer<typeof catalogueEntryView>;

export const catalogueHeadingView = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  position: z.number().int(),
  /** "I", "II"… for a heading, "1", "2"… for a sub-heading: computed from the order. */
  number: z.string(),
  title: z.string(),
  version: z.number().int(),
});
export type CatalogueHeadingView = z.infer<typeof catalogueHeadingView>;

export const catalogueView = catalogueSummary.extend({
  unitCode: z.string(),
  agencyName: z.string(),
  copiedFromId: z.uuid().nullable(),
  submittedByName: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  /** Position and unit of the approver, as printed under the approval. */
  approverPosition: z.string().nullable(),
  /** The approval still covers the catalogue as it is (its hash matches the content). */
  approvalValid: z.boolean().nullable(),
  events: z.array(catalogueEventView),
  issuedByName: z.string().nullable(),
  headings: z.array(catalogueHeadingView),
  entries: z.array(catalogueEntryView),
  /** The code the next entry would get ("05.TCCB"). */
  nextCode: z.string(),
  counts: z.object({ total: z.number().int(), permanent: z.number().int(), limited: z.number().int() }),
  /** What the actor may do now; the page shows only these actions. */
  abilities: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    issue: z.boolean(),
    returnToDraft: z.boolean(),
    copyForward: z.boolean(),
    /** Why the unit head may not approve it (they prepared it: segregation of duties), else null. */
    approveBlocked: dutyConflict.nullable(),
  }),
});
export type CatalogueView = z.infer<typeof catalogueView>;

export const generateResult = z.object({
  created: z.array(z.object({ code: z.string(), title: z.string(), documentCode: z.string() })),
  /** Records whose retention text could not be read: left for the person to add by hand. */
  unparsed: z.array(z.object({ documentCode: z.string(), recordName: z.string(), retention: z.string() })),
});
export type GenerateResult = z.infer<typeof generateResult>;

export const importResult = z.object({ headings: z.number().int(), entries: z.number().int() });

/** Shown beside the import button and in the API description. */
export const importHelp = {
  vi: 'Tệp XLSX theo mẫu 5 cột của danh mục hồ sơ (như tệp xuất ra): dòng tiêu đề cột bắt đầu bằng "Số và ký hiệu hồ sơ". Cột 1 là số La Mã (I, II, …) thì dòng đó là đề mục; là số Ả Rập (1, 2, …) thì là đề mục con của đề mục La Mã ngay trên; còn lại là hồ sơ, cột 1 ghi số và ký hiệu (ví dụ 01.TCCB), bắt buộc có tiêu đề và thời hạn bảo quản ("Vĩnh viễn" hoặc "10 năm"). Cột 4 ghi tên đơn vị, có thể thêm " – họ tên người lập". Dòng có tiêu đề mà không có số ở cột 1 là lỗi. Nội dung nhập thay thế toàn bộ đề mục và hồ sơ của bản dự thảo; có một dòng lỗi thì không nhập gì.',
  en: 'An XLSX file in the five-column catalogue layout (as exported): the column header row starts with "Số và ký hiệu hồ sơ". A Roman numeral (I, II, …) in column 1 makes the row a heading; an Arabic number (1, 2, …) a sub-heading of the Roman heading above; any other row is a file, with its number and code in column 1 (e.g. 01.TCCB), a title and a retention ("Vĩnh viễn" or "10 năm"). Column 4 holds the unit name, optionally followed by " – owner\'s full name". A row with a title but no number in column 1 is an error. The import replaces every heading and file of the draft; if any row is wrong nothing is imported.',
};
