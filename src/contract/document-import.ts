import { z } from 'zod';
import { documentType } from './documents.ts';

/**
 * The master list an agency brings in (Danh mục tài liệu đang áp dụng): one row per issue of
 * a document. The row of a code's highest issue number is the version in force; rows of the
 * same code with lower issue numbers are its earlier issues (history). Headers are read by
 * their Vietnamese names, in any order; the last two are optional.
 */
export const importColumns = [
  { key: 'code', vi: 'Mã hiệu', en: 'Code', required: true },
  { key: 'title', vi: 'Tên tài liệu', en: 'Title', required: true },
  { key: 'type', vi: 'Loại tài liệu', en: 'Type', required: true },
  { key: 'ownerUnit', vi: 'Đơn vị chủ trì', en: 'Owner unit', required: true },
  { key: 'issueNo', vi: 'Lần ban hành', en: 'Issue number', required: true },
  { key: 'issueDate', vi: 'Ngày ban hành', en: 'Issue date', required: true },
  { key: 'effectiveDate', vi: 'Ngày hiệu lực', en: 'Effective date', required: true },
  { key: 'decisionNo', vi: 'Số quyết định', en: 'Decision number', required: true },
  { key: 'signerName', vi: 'Người ký', en: 'Signed by', required: false },
  { key: 'signerPosition', vi: 'Chức vụ người ký', en: 'Signer position', required: false },
] as const;
export type ImportColumnKey = (typeof importColumns)[number]['key'];
/** Where errors about the document files (not a cell of the list) are reported. */
export const FILES_COLUMN = 'Tệp tài liệu';

/**
 * An error of the import: `path` is `rows[<row as in Excel>].<column header>`, or
 * `files[<file name>]` for a file no row claims, or `list` for the workbook as a whole.
 */
export const importErrorPath = (row: number, column: string) => `rows[${row}].${column}`;

export const importPreviewItem = z.object({
  /** The row of the version in force, as numbered in Excel. */
  row: z.number().int(),
  code: z.string(),
  title: z.string(),
  type: documentType,
  ownerUnitName: z.string(),
  issueNo: z.number().int(),
  issueDate: z.string(),
  effectiveDate: z.string(),
  decisionNo: z.string(),
  /** Earlier issue numbers given in the list, oldest first. */
  earlierIssues: z.array(z.number().int()),
  files: z.array(z.string()),
});
export type ImportPreviewItem = z.infer<typeof importPreviewItem>;

export const importPreview = z.object({
  documents: z.number().int(),
  versions: z.number().int(),
  files: z.number().int(),
  items: z.array(importPreviewItem),
});
export type ImportPreview = z.infer<typeof importPreview>;

export const importResult = importPreview.extend({
  imported: z.array(z.object({ code: z.string(), documentId: z.uuid(), versionId: z.uuid() })),
});
export type ImportResult = z.infer<typeof importResult>;

export const importHelp = {
  vi: 'Nhập hệ thống tài liệu đang áp dụng (multipart): trường "list" là danh mục tài liệu (XLSX theo mẫu), các trường "files" là tệp DOCX/PDF của từng tài liệu (tên tệp bắt đầu bằng mã hiệu) hoặc tệp ZIP chứa chúng. Kiểm tra toàn bộ trước; có lỗi thì trả 422 với lỗi theo dòng và cột, không nhập gì.',
  en: 'Import the QMS in force (multipart): field "list" is the master list (XLSX as in the template), fields "files" are each document’s DOCX/PDF files (named starting with the code) or a ZIP of them. Everything is checked first; on any error a 422 lists errors by row and column and nothing is imported.',
};
