import type { CatalogueView } from '../../../../contract/records-catalogue.ts';
import type { Db } from '../../../db/connection.ts';
import { formatNumber } from '../../../platform/format.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { retentionText, vietnameseNumber } from './catalogue.numbers.ts';
import { getCatalogueView } from './catalogue.view.ts';

export type ExportRow =
  | { kind: 'heading'; level: 1 | 2; number: string; title: string }
  | { kind: 'entry'; cells: [string, string, string, string, string] };

/** What the DOCX, PDF and XLSX writers print: one outline for the three. */
export type CatalogueExport = {
  agencyName: string;
  unitName: string;
  title: string;
  /** Printed under the title while the catalogue is not issued. */
  statusNote: string | null;
  rows: ExportRow[];
  closing: string;
  signer: string;
  fileBase: string;
};

/** The name of a catalogue's files, without extension: danh-muc-ho-so-VP-2018. */
export const catalogueFileBase = (unitCode: string, year: number) => `danh-muc-ho-so-${unitCode}-${year}`;

/** Đơn vị/người lập hồ sơ as printed (and read back by the import): "Unit – Person". */
export const ownerText = (unitName: string, personName: string | null) =>
  personName ? `${unitName} – ${personName}` : unitName;

/** "Bản danh mục hồ sơ này có 25 (hai mươi lăm) hồ sơ, bao gồm: …" */
export function closingLine(counts: CatalogueView['counts']) {
  return `Bản danh mục hồ sơ này có ${formatNumber(counts.total)} (${vietnameseNumber(counts.total)}) hồ sơ, bao gồm: ${formatNumber(counts.permanent)} hồ sơ có thời hạn bảo quản vĩnh viễn; ${formatNumber(counts.limited)} hồ sơ có thời hạn bảo quản có thời hạn.`;
}

export async function catalogueExport(db: Db, actor: Actor, id: string): Promise<CatalogueExport> {
  const view = await getCatalogueView(db, actor, id);
  const rows: ExportRow[] = [];
  const entriesUnder = (headingId: string | null) =>
    view.entries
      .filter((e) => e.headingId === headingId)
      .map(
        (e): ExportRow => ({
          kind: 'entry',
          cells: [
            e.code,
            e.title,
            retentionText(e.retentionYears),
            ownerText(e.ownerUnitName, e.ownerPersonName),
            e.notes ?? '',
          ],
        }),
      );
  rows.push(...entriesUnder(null));
  for (const heading of view.headings.filter((h) => h.parentId === null)) {
    rows.push({ kind: 'heading', level: 1, number: heading.number, title: heading.title });
    rows.push(...entriesUnder(heading.id));
    for (const sub of view.headings.filter((h) => h.parentId === heading.id)) {
      rows.push({ kind: 'heading', level: 2, number: sub.number, title: sub.title });
      rows.push(...entriesUnder(sub.id));
    }
  }
  const statusNote =
    view.state === 'issued' ? null : view.state === 'approved' ? 'Đã phê duyệt, chưa ban hành' : 'Dự thảo';
  return {
    agencyName: view.agencyName,
    unitName: view.unitName,
    title: `DANH MỤC HỒ SƠ NĂM ${view.year}`,
    statusNote,
    rows,
    closing: closingLine(view.counts),
    signer: 'LÃNH ĐẠO ĐƠN VỊ',
    fileBase: catalogueFileBase(view.unitCode, view.year),
  };
}
