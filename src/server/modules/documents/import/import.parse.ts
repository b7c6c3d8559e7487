/*
 * Reading and checking an import: the master list (XLSX) and the documents' files. Pure
 * apart from reading bytes: it returns either the plan of what to create or every error
 * found, by row (as numbered in Excel) and column header. Nothing is written here.
 */
import ExcelJS from 'exceljs';
import {
  FILES_COLUMN,
  type ImportColumnKey,
  type ImportPreview,
  importColumns,
} from '../../../../contract/document-import.ts';
import { type DocumentType, documentTypeNames, documentTypes } from '../../../../contract/documents.ts';
import { UPLOAD_LIMIT_BYTES, UPLOAD_LIMIT_TEXT } from '../../../platform/files/files.ts';
import { sniffAttachment } from '../../../platform/files/sniff.ts';
import type { BilingualText } from '../../../platform/http/errors.ts';
import { cellText } from '../../../platform/xlsx/read-sheet.ts';

export type ImportFile = { fileName: string; content: Buffer; tooBig?: boolean };
export type ImportError = { row: number | null; column: string | null; file?: string; text: BilingualText };
export type UnitRef = { id: string; name: string; code: string; status: string };

export type PlannedIssue = {
  row: number;
  /** The title the issue had (a later issue may have renamed the document). */
  title: string;
  issueNo: number;
  issueDate: string;
  effectiveDate: string;
  decisionNo: string;
  signerName: string | null;
  signerPosition: string | null;
};
export type PlannedDocument = {
  row: number;
  code: string;
  title: string;
  type: DocumentType;
  unit: UnitRef;
  /** Oldest first; the last is the version in force. */
  issues: PlannedIssue[];
  files: Array<{ fileName: string; content: Buffer; kind: 'pdf' | 'docx' }>;
};

const MAX_ROWS = 2000;
/** Types brought in here: external documents (legal texts) have their own fields and list. */
const importableTypes = documentTypes.filter((t) => t !== 'external');

/** Lower case, no diacritics, single spaces: how names in a list are compared. */
export const fold = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/\s+/g, ' ').trim();

const pad = (n: number) => String(n).padStart(2, '0');
const isRealDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900;
};
/** A calendar day from a date cell or text dd/mm/yyyy (or yyyy-mm-dd); null when unreadable. */
export function readDate(value: ExcelJS.CellValue): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    // Excel stores days; ExcelJS gives them as midnight UTC.
    return value.toISOString().slice(0, 10);
  }
  const text = cellText(value);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m && isRealDate(+m[3], +m[2], +m[1])) return `${m[3]}-${pad(+m[2])}-${pad(+m[1])}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m && isRealDate(+m[1], +m[2], +m[3])) return text;
  return null;
}
const dmy = (iso: string) => iso.split('-').reverse().join('/');

type Row = { number: number; values: Partial<Record<ImportColumnKey, ExcelJS.CellValue>> };

/** The data rows under the header row, by column key; or a workbook-level error. */
async function readList(list: Buffer): Promise<{ rows: Row[] } | { error: BilingualText }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(list as unknown as ArrayBuffer);
  } catch {
    return {
      error: {
        vi: 'Tệp danh mục không phải tệp Excel (.xlsx) hợp lệ.',
        en: 'The list is not a valid Excel (.xlsx) file.',
      },
    };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount > MAX_ROWS + 10) {
    return {
      error: {
        vi: `Danh mục trống hoặc quá ${MAX_ROWS.toLocaleString('vi-VN')} dòng.`,
        en: `The list is empty or over ${MAX_ROWS.toLocaleString('en-GB')} rows.`,
      },
    };
  }
  const byHeader = new Map(importColumns.map((c) => [fold(c.vi), c.key]));
  let columns: Map<number, ImportColumnKey> | null = null;
  const rows: Row[] = [];
  sheet.eachRow((row, number) => {
    if (!columns) {
      const found = new Map<number, ImportColumnKey>();
      row.eachCell((cell, col) => {
        const key = byHeader.get(fold(cellText(cell.value)));
        if (key) found.set(col, key);
      });
      if ([...found.values()].includes('code')) columns = found;
      return;
    }
    const values: Row['values'] = {};
    for (const [col, key] of columns) values[key] = row.getCell(col).value;
    if (Object.values(values).every((v) => cellText(v ?? null) === '')) return;
    rows.push({ number, values });
  });
  if (!columns) {
    return {
      error: {
        vi: `Không thấy dòng tiêu đề cột có cột "${importColumns[0].vi}"; hãy dùng tệp mẫu.`,
        en: `No header row with a "${importColumns[0].vi}" column; use the template.`,
      },
    };
  }
  const present = new Set((columns as Map<number, ImportColumnKey>).values());
  const missing = importColumns.filter((c) => c.required && !present.has(c.key));
  if (missing.length) {
    return {
      error: {
        vi: `Danh mục thiếu cột: ${missing.map((c) => `"${c.vi}"`).join(', ')}.`,
        en: `The list lacks columns: ${missing.map((c) => `"${c.vi}"`).join(', ')}.`,
      },
    };
  }
  if (!rows.length)
    return { error: { vi: 'Danh mục không có dòng dữ liệu nào.', en: 'The list has no data rows.' } };
  return { rows };
}

/** The files inside an uploaded ZIP (folders and system files left out). */
async function unzip(file: ImportFile): Promise<ImportFile[] | null> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(file.content).catch(() => null);
  if (!zip) return null;
  const out: ImportFile[] = [];
  for (const entry of Object.values(zip.files)) {
    const name = entry.name.split('/').pop() ?? '';
    if (entry.dir || !name || name.startsWith('.') || entry.name.startsWith('__MACOSX/')) continue;
    const content = Buffer.from(await entry.async('uint8array'));
    out.push({ fileName: name, content, tooBig: content.length > UPLOAD_LIMIT_BYTES });
  }
  return out;
}

/** The list code a file belongs to: the longest code its name starts with, followed by no letter or digit. */
function codeOfFile(fileName: string, codes: string[]): string | null {
  const name = fileName.toLowerCase();
  let best: string | null = null;
  for (const code of codes) {
    const c = code.toLowerCase();
    if (!name.startsWith(c)) continue;
    const next = name.charAt(c.length);
    if (next && /[\p{L}\p{N}]/u.test(next)) continue;
    if (!best || c.length > best.length) best = code;
  }
  return best;
}

/**
 * Checks the whole import. `existingCodes` are the agency's codes (folded to lower case),
 * `today` the day in Vietnam: nothing can be in force from a later day.
 */
export async function planImport(input: {
  list: Buffer | null;
  files: ImportFile[];
  units: UnitRef[];
  existingCodes: Set<string>;
  today: string;
}): Promise<{ plan: PlannedDocument[]; errors: ImportError[] }> {
  const errors: ImportError[] = [];
  const listError = (text: BilingualText) => ({ plan: [], errors: [{ row: null, column: null, text }] });
  if (!input.list)
    return listError({ vi: 'Chưa chọn tệp danh mục (XLSX).', en: 'No master list (XLSX) was sent.' });
  const read = await readList(input.list);
  if ('error' in read) return listError(read.error);

  const header = (key: ImportColumnKey) => importColumns.find((c) => c.key === key)!.vi;
  const at = (row: number, key: ImportColumnKey | null, text: BilingualText) =>
    errors.push({ row, column: key ? header(key) : FILES_COLUMN, text });

  const typeByName = new Map<string, DocumentType>();
  for (const t of importableTypes) {
    typeByName.set(fold(documentTypeNames[t].vi), t);
    typeByName.set(fold(documentTypeNames[t].en), t);
    typeByName.set(t, t);
  }
  const unitByName = new Map<string, UnitRef>();
  for (const u of input.units.filter((u) => u.status === 'active')) {
    unitByName.set(fold(u.name), u);
    unitByName.set(fold(u.code), u);
  }

  type Parsed = { row: number; code: string; title: string; type?: DocumentType; unit?: UnitRef } & Partial<
    Omit<PlannedIssue, 'row' | 'title'>
  >;
  const parsed: Parsed[] = [];
  const seen = new Map<string, number>();
  for (const { number, values } of read.rows) {
    const text = (key: ImportColumnKey) => cellText(values[key] ?? null);
    const p: Parsed = { row: number, code: text('code'), title: text('title') };
    if (!p.code) at(number, 'code', { vi: 'thiếu mã hiệu.', en: 'the code is missing.' });
    else if (!/^[\p{L}\p{N}][\p{L}\p{N}.\-_/]{0,59}$/u.test(p.code))
      at(number, 'code', {
        vi: `"${p.code}" không phải mã hiệu hợp lệ (chữ, số, dấu chấm, gạch ngang; tối đa 60 ký tự).`,
        en: `"${p.code}" is not a valid code (letters, digits, dots, dashes; at most 60 characters).`,
      });
    else if (input.existingCodes.has(p.code.toLowerCase()))
      at(number, 'code', {
        vi: `mã hiệu "${p.code}" đã có trong hệ thống tài liệu của cơ quan.`,
        en: `code "${p.code}" already exists in the agency.`,
      });
    if (!p.title) at(number, 'title', { vi: 'thiếu tên tài liệu.', en: 'the title is missing.' });
    else if (p.title.length > 500)
      at(number, 'title', { vi: 'tối đa 500 ký tự.', en: 'at most 500 characters.' });

    const typeText = text('type');
    p.type = typeByName.get(fold(typeText));
    if (!p.type)
      at(number, 'type', {
        vi: `không có loại tài liệu "${typeText}"; ghi một trong: ${importableTypes.map((t) => documentTypeNames[t].vi).join('; ')}.`,
        en: `no document type "${typeText}"; write one of: ${importableTypes.map((t) => documentTypeNames[t].vi).join('; ')}.`,
      });
    const unitText = text('ownerUnit');
    p.unit = unitByName.get(fold(unitText));
    if (!p.unit)
      at(number, 'ownerUnit', {
        vi: unitText ? `không có đơn vị "${unitText}" đang hoạt động.` : 'thiếu đơn vị chủ trì.',
        en: unitText ? `no active unit named "${unitText}".` : 'the owner unit is missing.',
      });

    const issueText = text('issueNo');
    if (/^\d{1,3}$/.test(issueText) && Number(issueText) >= 1) p.issueNo = Number(issueText);
    else
      at(number, 'issueNo', {
        vi: `"${issueText}" không phải lần ban hành (số nguyên từ 1).`,
        en: `"${issueText}" is not an issue number (a whole number from 1).`,
      });
    for (const key of ['issueDate', 'effectiveDate'] as const) {
      const date = readDate(values[key] ?? null);
      if (date) p[key] = date;
      else
        at(number, key, {
          vi: `"${text(key)}" không phải ngày hợp lệ; ghi theo dạng dd/mm/yyyy.`,
          en: `"${text(key)}" is not a valid date; write it as dd/mm/yyyy.`,
        });
    }
    if (p.issueDate && p.effectiveDate && p.effectiveDate < p.issueDate)
      at(number, 'effectiveDate', {
        vi: `ngày hiệu lực ${dmy(p.effectiveDate)} trước ngày ban hành ${dmy(p.issueDate)}.`,
        en: `the effective date ${dmy(p.effectiveDate)} is before the issue date ${dmy(p.issueDate)}.`,
      });
    if (p.effectiveDate && p.effectiveDate > input.today)
      at(number, 'effectiveDate', {
        vi: `ngày hiệu lực ${dmy(p.effectiveDate)} chưa đến; chỉ nhập tài liệu đã có hiệu lực.`,
        en: `the effective date ${dmy(p.effectiveDate)} has not come; only documents already in force are imported.`,
      });
    p.decisionNo = text('decisionNo');
    if (!p.decisionNo)
      at(number, 'decisionNo', {
        vi: 'thiếu số quyết định ban hành.',
        en: 'the decision number is missing.',
      });
    else if (p.decisionNo.length > 100)
      at(number, 'decisionNo', { vi: 'tối đa 100 ký tự.', en: 'at most 100 characters.' });
    p.signerName = text('signerName') || null;
    p.signerPosition = text('signerPosition') || null;
    if ((p.signerName?.length ?? 0) > 200)
      at(number, 'signerName', { vi: 'tối đa 200 ký tự.', en: 'at most 200 characters.' });
    if ((p.signerPosition?.length ?? 0) > 200)
      at(number, 'signerPosition', { vi: 'tối đa 200 ký tự.', en: 'at most 200 characters.' });

    if (p.code && p.issueNo) {
      const key = `${p.code.toLowerCase()}#${p.issueNo}`;
      const first = seen.get(key);
      if (first)
        at(number, 'code', {
          vi: `mã hiệu "${p.code}" lần ban hành ${p.issueNo} trùng với dòng ${first}.`,
          en: `code "${p.code}" issue ${p.issueNo} duplicates row ${first}.`,
        });
      else seen.set(key, number);
    }
    parsed.push(p);
  }

  // Rows of one code are the issues of one document: same type and unit, dates in order.
  const byCode = new Map<string, Parsed[]>();
  for (const p of parsed.filter((p) => p.code)) {
    const key = p.code.toLowerCase();
    byCode.set(key, [...(byCode.get(key) ?? []), p]);
  }
  const plan: PlannedDocument[] = [];
  for (const rows of byCode.values()) {
    const sorted = [...rows].sort((a, b) => (a.issueNo ?? 0) - (b.issueNo ?? 0));
    const current = sorted[sorted.length - 1];
    for (const r of sorted) {
      if (r === current) continue;
      if (r.type && current.type && r.type !== current.type)
        at(r.row, 'type', {
          vi: `khác loại tài liệu ở dòng ${current.row} (cùng mã hiệu).`,
          en: `differs from the type on row ${current.row} (same code).`,
        });
      if (r.unit && current.unit && r.unit.id !== current.unit.id)
        at(r.row, 'ownerUnit', {
          vi: `khác đơn vị chủ trì ở dòng ${current.row} (cùng mã hiệu).`,
          en: `differs from the owner unit on row ${current.row} (same code).`,
        });
    }
    for (let i = 1; i < sorted.length; i++) {
      const [before, after] = [sorted[i - 1], sorted[i]];
      if (
        before.effectiveDate &&
        after.effectiveDate &&
        after.issueNo !== before.issueNo &&
        after.effectiveDate <= before.effectiveDate
      )
        at(after.row, 'effectiveDate', {
          vi: `lần ban hành ${after.issueNo} phải có hiệu lực sau lần ${before.issueNo} (${dmy(before.effectiveDate)}, dòng ${before.row}).`,
          en: `issue ${after.issueNo} must take effect after issue ${before.issueNo} (${dmy(before.effectiveDate)}, row ${before.row}).`,
        });
    }
    if (current.type && current.unit)
      plan.push({
        row: current.row,
        code: current.code,
        title: current.title,
        type: current.type,
        unit: current.unit,
        issues: sorted.map((r) => ({
          row: r.row,
          title: r.title,
          issueNo: r.issueNo ?? 0,
          issueDate: r.issueDate ?? '',
          effectiveDate: r.effectiveDate ?? '',
          decisionNo: r.decisionNo ?? '',
          signerName: r.signerName ?? null,
          signerPosition: r.signerPosition ?? null,
        })),
        files: [],
      });
  }

  // Files: a ZIP is unpacked; each file goes to the code its name starts with.
  const files: ImportFile[] = [];
  for (const f of input.files) {
    if (/\.zip$/i.test(f.fileName)) {
      const inside = f.tooBig ? null : await unzip(f);
      if (!inside)
        errors.push({
          row: null,
          column: FILES_COLUMN,
          file: f.fileName,
          text: f.tooBig
            ? { vi: `tệp ZIP lớn quá ${UPLOAD_LIMIT_TEXT}.`, en: `the ZIP is over ${UPLOAD_LIMIT_TEXT}.` }
            : { vi: 'tệp ZIP hỏng, không mở được.', en: 'the ZIP is damaged and cannot be opened.' },
        });
      else files.push(...inside);
    } else files.push(f);
  }
  const codes = [
    ...new Map(parsed.filter((p) => p.code).map((p) => [p.code.toLowerCase(), p.code])).values(),
  ];
  const rowOf = new Map(
    [...byCode.entries()].map(([k, rows]) => [
      k,
      rows.reduce((a, b) => ((b.issueNo ?? 0) > (a.issueNo ?? 0) ? b : a)).row,
    ]),
  );
  const planOf = new Map(plan.map((d) => [d.code.toLowerCase(), d]));
  const matched = new Set<string>();
  for (const f of files) {
    const code = codeOfFile(f.fileName, codes);
    if (!code) {
      errors.push({
        row: null,
        column: FILES_COLUMN,
        file: f.fileName,
        text: {
          vi: `tệp "${f.fileName}" không mang mã hiệu nào của danh mục (tên tệp phải bắt đầu bằng mã hiệu).`,
          en: `file "${f.fileName}" carries no code of the list (its name must start with the code).`,
        },
      });
      continue;
    }
    const key = code.toLowerCase();
    matched.add(key);
    const row = rowOf.get(key)!;
    if (f.tooBig) {
      at(row, null, {
        vi: `tệp "${f.fileName}" lớn quá ${UPLOAD_LIMIT_TEXT}.`,
        en: `file "${f.fileName}" is over ${UPLOAD_LIMIT_TEXT}.`,
      });
      continue;
    }
    const kind = await sniffAttachment(f.content).catch(() => null);
    if (kind !== 'pdf' && kind !== 'docx') {
      at(row, null, {
        vi: `tệp "${f.fileName}" không phải DOCX hoặc PDF (xét theo nội dung tệp).`,
        en: `file "${f.fileName}" is not a DOCX or PDF (judged by its content).`,
      });
      continue;
    }
    planOf.get(key)?.files.push({ fileName: f.fileName, content: f.content, kind });
  }
  for (const [key, row] of rowOf) {
    if (!matched.has(key))
      at(row, null, {
        vi: 'không có tệp tài liệu nào mang mã hiệu này (DOCX hoặc PDF, tên tệp bắt đầu bằng mã hiệu).',
        en: 'no document file carries this code (DOCX or PDF, named starting with the code).',
      });
  }
  errors.sort((a, b) => (a.row ?? Number.MAX_SAFE_INTEGER) - (b.row ?? Number.MAX_SAFE_INTEGER));
  return { plan: errors.length ? [] : plan.sort((a, b) => a.row - b.row), errors };
}

/** What the check step shows: the documents, versions and files the import would create. */
export function previewOf(plan: PlannedDocument[]): ImportPreview {
  return {
    documents: plan.length,
    versions: plan.reduce((n, d) => n + d.issues.length, 0),
    files: plan.reduce((n, d) => n + d.files.length, 0),
    items: plan.map((d) => {
      const current = d.issues[d.issues.length - 1];
      return {
        row: d.row,
        code: d.code,
        title: d.title,
        type: d.type,
        ownerUnitName: d.unit.name,
        issueNo: current.issueNo,
        issueDate: current.issueDate,
        effectiveDate: current.effectiveDate,
        decisionNo: current.decisionNo,
        earlierIssues: d.issues.slice(0, -1).map((i) => i.issueNo),
        files: d.files.map((f) => f.fileName),
      };
    }),
  };
}
