import { and, eq, inArray } from 'drizzle-orm';
import { catalogueColumns } from '../../../../contract/records-catalogue.ts';
import { newId } from '../../../db/ids.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { AppError, type BilingualText } from '../../../platform/http/errors.ts';
import { readFirstSheet } from '../../../platform/xlsx/read-sheet.ts';
import { personRows, unitRows } from '../../org/index.ts';
import { catalogueEntries, catalogueHeadings, recordFiles } from '../records.table.ts';
import { fold, fromRoman, parseRetention } from './catalogue.numbers.ts';
import { type Deps, editableCatalogue } from './catalogue.repository.ts';

const people = personRows();
const units = unitRows();

type RowError = { path: string; text: BilingualText };
const MAX_ROWS = 5000;

const fail = (details: RowError[]) =>
  new AppError(
    400,
    'import.invalid_rows',
    {
      vi: `Tệp có ${details.length} lỗi; chưa nhập dòng nào. Sửa các dòng được nêu rồi nhập lại.`,
      en: `The file has ${details.length} errors; nothing was imported. Fix the rows listed and import again.`,
    },
    details,
  );
const fileError = (vi: string, en: string) => fail([{ path: 'file', text: { vi, en } }]);

type Parsed =
  | { row: number; kind: 'heading'; level: 1 | 2; title: string }
  | {
      row: number;
      kind: 'entry';
      code: string;
      title: string;
      retentionYears: number | null;
      ownerUnitId: string | null;
      ownerPersonId: string | null;
      notes: string | null;
    };

/**
 * Replaces a draft's headings and entries with those of an XLSX in the five-column layout
 * (contract `importHelp` says how rows are read). Every row is checked first; one bad row
 * and nothing is imported.
 */
export async function importCatalogue({ db, actor, audit }: Deps, catalogueId: string, file: Buffer | null) {
  return db.transaction(async (tx) => {
    const { catalogue, unit } = await editableCatalogue(tx, actor, catalogueId);
    if (!file) throw fileError('Chưa chọn tệp XLSX.', 'No XLSX file was sent.');
    const sheet = await readFirstSheet(file, catalogueColumns.length);
    if (!sheet)
      throw fileError(
        'Tệp không phải là tệp Excel (.xlsx) hợp lệ.',
        'The file is not a valid Excel (.xlsx) file.',
      );
    if (sheet.rowCount > MAX_ROWS)
      throw fileError(`Tệp trống hoặc quá ${MAX_ROWS} dòng.`, `The file is empty or over ${MAX_ROWS} rows.`);
    const rows = sheet.rows;
    const headerAt = rows.findIndex((r) => fold(r.cells[0]) === fold(catalogueColumns[0]));
    if (headerAt < 0)
      throw fileError(
        `Không thấy dòng tiêu đề cột "${catalogueColumns[0]}" ở cột 1.`,
        `No column header row with "${catalogueColumns[0]}" in column 1.`,
      );
    const agencyUnits = await tx.select().from(units).where(eq(units.agencyId, actor.agencyId));
    const unitByName = new Map<string, string>();
    for (const u of agencyUnits) {
      if (u.status === 'active' || !unitByName.has(fold(u.name))) unitByName.set(fold(u.name), u.id);
      unitByName.set(fold(u.code), u.id);
    }
    const agencyPeople = await tx
      .select({ id: people.id, fullName: people.fullName, unitId: people.unitId })
      .from(people)
      .where(eq(people.agencyId, actor.agencyId));
    const errors: RowError[] = [];
    const parsed: Parsed[] = [];
    const codes = new Map<string, number>();
    let hasHeading = false;
    for (const { number, cells } of rows.slice(headerAt + 1)) {
      const [first, title, retention, owner, notes] = cells;
      if (cells.every((c) => c === '')) continue;
      if (/^\(1\)$/.test(first)) continue;
      if (fold(first).startsWith('ban danh muc ho so nay')) break;
      const at = (column: number, text: BilingualText) =>
        errors.push({
          path: `row ${number}, ${catalogueColumns[column]}`,
          text: {
            vi: `Dòng ${number}, cột "${catalogueColumns[column]}": ${text.vi}`,
            en: `Row ${number}, column "${catalogueColumns[column]}": ${text.en}`,
          },
        });
      const needTitle = () => {
        if (!title)
          at(1, { vi: 'thiếu tên đề mục hoặc tiêu đề hồ sơ.', en: 'the heading or file title is missing.' });
      };
      if (fromRoman(first) !== null) {
        needTitle();
        hasHeading = true;
        parsed.push({ row: number, kind: 'heading', level: 1, title });
        continue;
      }
      if (/^\d{1,3}$/.test(first)) {
        needTitle();
        if (!hasHeading)
          at(0, {
            vi: 'đề mục con (số Ả Rập) phải đứng sau một đề mục số La Mã.',
            en: 'a sub-heading (Arabic number) must follow a Roman-numeral heading.',
          });
        parsed.push({ row: number, kind: 'heading', level: 2, title });
        continue;
      }
      if (!first) {
        at(0, {
          vi: 'thiếu số và ký hiệu hồ sơ (đề mục ghi số La Mã hoặc số Ả Rập ở cột này).',
          en: 'the file number and code is missing (headings carry a Roman or Arabic number here).',
        });
        continue;
      }
      if (!/^[\p{L}\p{N}][\p{L}\p{N}.\-/]{0,39}$/u.test(first))
        at(0, {
          vi: `"${first}" không phải số và ký hiệu hồ sơ hợp lệ.`,
          en: `"${first}" is not a valid file code.`,
        });
      const key = first.toLowerCase();
      if (codes.has(key))
        at(0, { vi: `trùng với dòng ${codes.get(key)}.`, en: `duplicates row ${codes.get(key)}.` });
      codes.set(key, number);
      needTitle();
      const years = parseRetention(retention);
      if (!years.ok)
        at(2, {
          vi: `"${retention}" không đọc được; ghi "Vĩnh viễn" hoặc số năm, ví dụ "10 năm".`,
          en: `"${retention}" cannot be read; write "Vĩnh viễn" or a number of years such as "10 năm".`,
        });
      // The whole text may be a unit's name with a dash in it; else "Unit – Person".
      const split = /^(.*\S)\s+[–-]\s+(\S.*)$/.exec(owner);
      const [unitPart, personPart] =
        !owner || unitByName.has(fold(owner)) || !split ? [owner, ''] : [split[1], split[2]];
      const ownerUnitId = unitPart ? (unitByName.get(fold(unitPart)) ?? null) : unit.id;
      if (!ownerUnitId) at(3, { vi: `không có đơn vị "${unitPart}".`, en: `no unit named "${unitPart}".` });
      let ownerPersonId: string | null = null;
      if (personPart) {
        const matches = agencyPeople.filter((p) => fold(p.fullName) === fold(personPart));
        const inUnit = matches.filter((p) => p.unitId === ownerUnitId);
        const pick = inUnit.length === 1 ? inUnit[0] : matches.length === 1 ? matches[0] : null;
        if (!pick)
          at(3, {
            vi: matches.length
              ? `có nhiều người tên "${personPart}".`
              : `không có người tên "${personPart}".`,
            en: matches.length
              ? `several people are named "${personPart}".`
              : `nobody is named "${personPart}".`,
          });
        ownerPersonId = pick?.id ?? null;
      }
      if (title.length > 1000) at(1, { vi: 'tối đa 1000 ký tự.', en: 'at most 1000 characters.' });
      parsed.push({
        row: number,
        kind: 'entry',
        code: first,
        title,
        retentionYears: years.ok ? years.years : null,
        ownerUnitId,
        ownerPersonId,
        notes: notes || null,
      });
    }
    if (errors.length) throw fail(errors);
    if (parsed.length === 0) throw fileError('Tệp không có dòng dữ liệu nào.', 'The file has no data rows.');

    const old = await tx
      .select({ id: catalogueEntries.id })
      .from(catalogueEntries)
      .where(
        and(eq(catalogueEntries.agencyId, actor.agencyId), eq(catalogueEntries.catalogueId, catalogueId)),
      );
    if (old.length) {
      const [file] = await tx
        .select({ id: recordFiles.id })
        .from(recordFiles)
        .where(
          and(
            eq(recordFiles.agencyId, actor.agencyId),
            inArray(
              recordFiles.catalogueEntryId,
              old.map((o) => o.id),
            ),
          ),
        )
        .limit(1);
      if (file)
        throw new AppError(409, 'catalogue.entry_has_files', {
          vi: 'Đã có hồ sơ được lập theo mục của danh mục này nên không thay thế được bằng tệp nhập.',
          en: 'Files have been opened against entries of this catalogue, so it cannot be replaced by an import.',
        });
    }
    const scope = { agencyId: actor.agencyId, catalogueId };
    await tx
      .delete(catalogueEntries)
      .where(
        and(eq(catalogueEntries.agencyId, actor.agencyId), eq(catalogueEntries.catalogueId, catalogueId)),
      );
    await tx
      .delete(catalogueHeadings)
      .where(
        and(eq(catalogueHeadings.agencyId, actor.agencyId), eq(catalogueHeadings.catalogueId, catalogueId)),
      );
    let heading: string | null = null;
    let top: string | null = null;
    let topCount = 0;
    let subCount = 0;
    const positions = new Map<string | null, number>();
    const headingRows: Array<typeof catalogueHeadings.$inferInsert> = [];
    const entryRows: Array<typeof catalogueEntries.$inferInsert> = [];
    for (const p of parsed) {
      if (p.kind === 'heading') {
        const id = newId();
        if (p.level === 1) {
          top = id;
          subCount = 0;
          headingRows.push({ id, ...scope, parentId: null, position: ++topCount, title: p.title });
        } else headingRows.push({ id, ...scope, parentId: top, position: ++subCount, title: p.title });
        heading = id;
        continue;
      }
      const position = (positions.get(heading) ?? 0) + 1;
      positions.set(heading, position);
      entryRows.push({
        id: newId(),
        ...scope,
        headingId: heading,
        position,
        code: p.code,
        title: p.title,
        retentionYears: p.retentionYears,
        ownerUnitId: p.ownerUnitId ?? catalogue.unitId,
        ownerPersonId: p.ownerPersonId,
        notes: p.notes,
      });
    }
    if (headingRows.length) await tx.insert(catalogueHeadings).values(headingRows);
    if (entryRows.length) await tx.insert(catalogueEntries).values(entryRows);
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'records_catalogue',
      entityId: catalogueId,
      entityLabel: `Danh mục hồ sơ năm ${catalogue.year} – ${unit.name}`,
      action: 'import',
      changes: {
        headings: { from: undefined, to: headingRows.length },
        entries: { from: old.length, to: entryRows.length },
      },
    });
    return { headings: headingRows.length, entries: entryRows.length };
  });
}
