// The demo agency's documents (2015–2018, with a little recent activity): written straight
// into the documents tables with backdated timestamps, each row with its audit event.
import type { AnyPgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { defaultHolidays } from '../../modules/calendar/default-holidays.ts';
import { createWorkingCalendar } from '../../modules/calendar/working-days.ts';
import { searchableText, unaccentedSql } from '../../modules/documents/documents.repository.ts';
import {
  documentAcknowledgements,
  documentDistributions,
  documentEvents,
  documentReviews,
  documentSignatures,
  documents,
  documentVersions,
} from '../../modules/documents/documents.table.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { buildDocument } from './build-history.ts';
import type { BuiltDocument } from './built-rows.ts';
import { demoDocumentPlans, periodicReviews } from './catalogue.ts';
import { loadSigners, type Signers } from './demo-signers.ts';

/** demo.ts's audit helper: one 'create' event per row. */
export type DemoAudit = (entityType: string, row: { id: string }, entityLabel: string) => Promise<void>;

export async function loadDemoDocuments(
  tx: Tx,
  agencyId: string,
  audit: DemoAudit,
  today = todayInVietnam(),
) {
  const plans = demoDocumentPlans(today);
  const ids = new Map<string, string>();
  for (const plan of plans) {
    if (ids.has(plan.code)) throw new Error(`demo: document code ${plan.code} used twice`);
    ids.set(plan.code, newId());
  }
  const years = Array.from({ length: Number(today.slice(0, 4)) - 2012 }, (_, i) => 2014 + i);
  const calendar = createWorkingCalendar(years.flatMap(defaultHolidays));
  const signers = await loadSigners(tx, agencyId);
  const context = { agencyId, ids, signers, calendar, today, reviews: periodicReviews };
  for (const plan of plans) await writeDocument(tx, buildDocument(plan, context), signers, audit);
  return { documents: plans.length };
}

async function writeDocument(tx: Tx, doc: BuiltDocument, signers: Signers, audit: DemoAudit) {
  /** Inserts rows of one table and records a 'create' audit event for each. */
  const insertAll = async <T extends AnyPgTable>(
    table: T,
    values: T['$inferInsert'][],
    entityType: string,
    label: (row: T['$inferSelect']) => string,
  ) => {
    if (!values.length) return;
    const rows = (await tx.insert(table).values(values).returning()) as T['$inferSelect'][];
    for (const row of rows) await audit(entityType, row as { id: string }, label(row));
  };
  const agencyId = doc.row.agencyId;
  await insertAll(documents, [doc.row], 'document', (d) => `${d.code} ${d.title}`);
  for (const v of doc.versions) {
    const label = `${doc.code} lần ${v.row.issueNo}`;
    const [version] = await tx
      .insert(documentVersions)
      .values({ ...v.row, searchText: unaccentedSql(searchableText(doc.code, v.row.title, v.row.content)) })
      .returning();
    const { searchText: _, ...audited } = version;
    await audit('document_version', audited, label);
    await insertAll(documentEvents, v.events, 'document_event', (e) => `${label}: ${e.action}`);
    await insertAll(documentSignatures, v.signatures, 'document_signature', (s) => `${label}: ${s.meaning}`);
    await insertAll(
      documentDistributions,
      v.distributedTo.map((unitId) => ({ id: newId(), agencyId, versionId: v.row.id, unitId })),
      'document_distribution',
      (d) => `${label} → ${signers.unitName(d.unitId)}`,
    );
    const names = new Map(v.readers.map((r) => [r.person.id, r.person.fullName]));
    await insertAll(
      documentAcknowledgements,
      v.readers.map(({ person, notifiedAt, acknowledgedAt }) => ({
        id: newId(),
        agencyId,
        versionId: v.row.id,
        personId: person.id,
        notifiedAt,
        acknowledgedAt,
      })),
      'document_acknowledgement',
      (a) => `${label}: ${names.get(a.personId)}`,
    );
  }
  if (doc.review) {
    await insertAll(
      documentSignatures,
      [doc.review.signature],
      'document_signature',
      (s) => `${doc.code}: ${s.meaning}`,
    );
    await insertAll(
      documentReviews,
      [doc.review.row],
      'document_review',
      () => `${doc.code}: rà soát định kỳ`,
    );
  }
}
