/*
 * Hồ sơ phục vụ kiểm tra (TT 26/2014 art. 36): one ZIP for a year whose index (MUC-LUC.txt,
 * and as a paper MUC-LUC.docx/.pdf) lists, in the order inspectors check, each item with the
 * files that answer it, or why none. Each file is the paper its owning module prints (asked
 * through that module's public surface); a list no module prints is a plain XLSX. The files
 * are planned first (the index is written from the plan) and made one at a time as the ZIP
 * is streamed.
 */
import type { Db } from '../../../db/connection.ts';
import { paperDocx, paperPdf } from '../../../platform/papers/official-paper.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import type { ZipEntry } from '../../../platform/zip-writer.ts';
import { agencyName } from '../../org/index.ts';
import {
  declarationItems,
  legalChangesItem,
  recordsItem,
  scopeAndDocuments,
} from './reports.evidence-documents.ts';
import { type EvidenceItem, INDEX_NAME, indexPaper, indexText } from './reports.evidence-index.ts';
import { type EvidenceContext, type PlannedItem, twoDigits } from './reports.evidence-plan.ts';
import {
  auditItem,
  correctiveItems,
  improvementItem,
  leadershipItems,
  reviewItem,
} from './reports.evidence-reviews.ts';
import type { ReportProviders } from './reports.providers.ts';
import { assertReader } from './reports.service.ts';

/** The plan of the pack of a year and its ZIP entries (index first), for a reader of the reports. */
export async function evidencePack(db: Db, actor: Actor, year: number, providers: ReportProviders) {
  assertReader(actor);
  const today = todayInVietnam();
  const from = `${year}-01-01`;
  const to = `${year}-12-31` < today ? `${year}-12-31` : today;
  const c: EvidenceContext = { db, actor, year, from, to, today, name: await agencyName(db, actor.agencyId) };
  const meetings = await providers.reviewPapers(db, actor.agencyId, year);
  const [declared, redeclared] = await declarationItems(c);
  const planned: PlannedItem[] = [
    ...(await scopeAndDocuments(c)),
    await recordsItem(c),
    await reviewItem(c, meetings, providers),
    await auditItem(c),
    ...(await correctiveItems(c)),
    await improvementItem(c, providers),
    ...leadershipItems(meetings),
    declared,
    await legalChangesItem(c),
    redeclared,
    {
      title: 'Việc lựa chọn tổ chức tư vấn xây dựng, áp dụng HTQLCL',
      files: [],
      lines: [],
      note: 'eiso không quản lý việc lựa chọn tổ chức tư vấn; cơ quan bổ sung hồ sơ lựa chọn (nếu có thuê tư vấn).',
    },
  ];
  const numbered = planned.map((item, i) => ({
    ...item,
    files: item.files.map((f) => ({ ...f, path: `${twoDigits(i + 1)}-${f.path}` })),
  }));
  const items: EvidenceItem[] = numbered.map((item) => ({ ...item, files: item.files.map((f) => f.path) }));
  const index = { agencyName: c.name, year, today };
  const entries: ZipEntry[] = [
    { path: `${INDEX_NAME}.txt`, content: async () => indexText(items, index) },
    { path: `${INDEX_NAME}.docx`, content: () => paperDocx(indexPaper(items, index)) },
    { path: `${INDEX_NAME}.pdf`, content: () => paperPdf(indexPaper(items, index)) },
    ...numbered.flatMap((item) => item.files.map((f) => ({ path: f.path, content: f.render }))),
  ];
  return { items, entries };
}
