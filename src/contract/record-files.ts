import { z } from 'zod';
import { isoDate, listQuery, page, sortBy, version } from './common.ts';

/** Chế độ sử dụng (Nghị định 30/2020, phụ lục VI). */
export const accessRegimes = ['public', 'internal', 'restricted'] as const;
export const accessRegime = z.enum(accessRegimes);
export type AccessRegime = z.infer<typeof accessRegime>;
export const accessRegimeNames: Record<AccessRegime, { vi: string; en: string }> = {
  public: { vi: 'Công khai', en: 'Public' },
  internal: { vi: 'Nội bộ', en: 'Internal' },
  restricted: { vi: 'Hạn chế', en: 'Restricted' },
};

export const fileStates = ['open', 'closed', 'transferred'] as const;
export const fileState = z.enum(fileStates);
export type FileState = z.infer<typeof fileState>;

/** Closed files to hand to the archive: overdue a year after the work ended (Nghị định 30/2020). */
export const transferStatuses = ['due', 'overdue'] as const;
export type TransferStatus = (typeof transferStatuses)[number];

const text = (max: number) => z.string().trim().min(1).max(max);
const retentionYears = z.number().int().min(1).max(100).nullable();

/** What the list of record files sorts by. */
export const fileSortFields = ['fileCode', 'title', 'startDate', 'endDate'] as const;
export type FileSortField = (typeof fileSortFields)[number];
export const filesQuery = listQuery.extend({
  sort: sortBy(fileSortFields),
  unitId: z.uuid().optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
  state: fileState.optional(),
  notInCatalogue: z.stringbool().optional(),
  /** due = every closed file; overdue = closed a year or more ago. */
  transfer: z.enum(transferStatuses).optional(),
  pastRetention: z.stringbool().optional(),
});
export type FilesQuery = z.infer<typeof filesQuery>;

export const fileListItem = z.object({
  id: z.uuid(),
  fileCode: z.string(),
  title: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.number().int(),
  state: fileState,
  notInCatalogue: z.boolean(),
  retentionYears: z.number().int().nullable(),
  accessRegime,
  ownerPersonName: z.string().nullable(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  itemCount: z.number().int(),
  pageCount: z.number().int(),
  notes: z.string().nullable(),
  transferStatus: z.enum(transferStatuses).nullable(),
  pastRetention: z.boolean(),
});
export type FileListItem = z.infer<typeof fileListItem>;

export const fileCounts = z.object({
  open: z.number().int(),
  dueForTransfer: z.number().int(),
  overdueForTransfer: z.number().int(),
  pastRetention: z.number().int(),
  notInCatalogue: z.number().int(),
});
export const filesPage = page(fileListItem).extend({ counts: fileCounts });
export type FilesPage = z.infer<typeof filesPage>;

export const fileItemView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  title: z.string(),
  kind: z.enum(['upload', 'link']),
  fileName: z.string().nullable(),
  mimeType: z.string().nullable(),
  size: z.number().int().nullable(),
  linkType: z.string().nullable(),
  linkId: z.uuid().nullable(),
  /** Where a link leads in eiso ("/documents/versions/…", "/cases/…"), when it can be resolved. */
  linkPath: z.string().nullable(),
  documentDate: isoDate.nullable(),
  pageCount: z.number().int(),
  addedByName: z.string().nullable(),
  createdAt: z.string(),
});
export type FileItemView = z.infer<typeof fileItemView>;

export const fileView = z.object({
  id: z.uuid(),
  fileCode: z.string(),
  title: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  year: z.number().int(),
  state: fileState,
  catalogueEntry: z.object({ id: z.uuid(), code: z.string(), title: z.string() }).nullable(),
  retentionYears: z.number().int().nullable(),
  accessRegime,
  ownerUnitId: z.uuid(),
  ownerUnitName: z.string(),
  ownerPersonId: z.uuid().nullable(),
  ownerPersonName: z.string().nullable(),
  language: z.string(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  itemCount: z.number().int(),
  pageCount: z.number().int(),
  notes: z.string().nullable(),
  openedByName: z.string().nullable(),
  closedByName: z.string().nullable(),
  closedAt: z.string().nullable(),
  transfer: z.object({ id: z.uuid(), transferDate: isoDate }).nullable(),
  transferStatus: z.enum(transferStatuses).nullable(),
  pastRetention: z.boolean(),
  items: z.array(fileItemView),
  version,
  abilities: z.object({ edit: z.boolean(), close: z.boolean(), reopen: z.boolean() }),
});
export type FileView = z.infer<typeof fileView>;

export const openFileBody = z.object({
  unitId: z.uuid(),
  startDate: isoDate,
  catalogueEntryId: z.uuid().nullable().optional(),
  title: text(500).optional(),
  /** null = permanent (vĩnh viễn); ad hoc files must give it (a number or null). */
  retentionYears: retentionYears.optional(),
  accessRegime: accessRegime.optional(),
  ownerPersonId: z.uuid().nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
});
export type OpenFileBody = z.infer<typeof openFileBody>;

export const updateFileBody = z.object({
  version,
  title: text(500).optional(),
  retentionYears: retentionYears.optional(),
  accessRegime: accessRegime.optional(),
  ownerPersonId: z.uuid().nullable().optional(),
  language: text(100).optional(),
  startDate: isoDate.optional(),
  pageCount: z.number().int().min(0).max(1_000_000).optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
});
export type UpdateFileBody = z.infer<typeof updateFileBody>;

export const closeFileBody = z.object({ version, endDate: isoDate.optional() });
export const reopenFileBody = z.object({ version, reason: text(1000) });

export const linkItemBody = z.object({
  documentVersionId: z.uuid(),
  title: text(500).optional(),
  documentDate: isoDate.nullable().optional(),
  pageCount: z.number().int().min(0).max(100_000).optional(),
});
export const fileItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

export const entryOptionsQuery = z.object({
  unitId: z.uuid(),
  year: z.coerce.number().int().min(1900).max(2200),
});
export const entryOption = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  retentionYears: z.number().int().nullable(),
  ownerPersonId: z.uuid().nullable(),
  catalogueState: z.string(),
  fileCount: z.number().int(),
});
export const entryOptions = z.object({ items: z.array(entryOption) });
export type EntryOption = z.infer<typeof entryOption>;

export const transferBody = z.object({
  unitId: z.uuid(),
  transferDate: isoDate,
  receivedByName: text(200),
  notes: z.string().trim().max(2000).nullable().optional(),
  fileIds: z.array(z.uuid()).min(1).max(1000),
});
export type TransferBody = z.infer<typeof transferBody>;

export const transferSummary = z.object({
  id: z.uuid(),
  unitId: z.uuid(),
  unitName: z.string(),
  transferDate: isoDate,
  handedOverByName: z.string(),
  receivedByName: z.string(),
  notes: z.string().nullable(),
  fileCount: z.number().int(),
  createdAt: z.string(),
});
export type TransferSummary = z.infer<typeof transferSummary>;
export const transfersQuery = listQuery.extend({ unitId: z.uuid().optional() });
export const transfersPage = page(transferSummary);

export const transferView = transferSummary.extend({ files: z.array(fileListItem) });
export type TransferView = z.infer<typeof transferView>;

export const transferExportParams = z.object({
  id: z.uuid(),
  document: z.enum(['list', 'minutes']),
  format: z.enum(['xlsx', 'docx', 'pdf']),
});

/** "Vĩnh viễn" or "N năm". */
export const retentionText = (years: number | null) => (years == null ? 'Vĩnh viễn' : `${years} năm`);

/** A record file's state in words (the files pages and the audit trail). */
export const fileStateNames: Record<FileState, { vi: string; en: string }> = {
  open: { vi: 'Đang mở', en: 'Open' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  transferred: { vi: 'Đã nộp lưu', en: 'Transferred' },
};
