import { and, asc, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import type { AcknowledgementReport, DocumentWork } from '../../../../contract/document-work.ts';
import type { VersionState } from '../../../../contract/documents.ts';
import type { Db } from '../../../db/connection.ts';
import { preparedFor } from '../../../db/prepared.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import type { Actor } from '../../../platform/permissions/actor.ts';
import { personRows, unitRows } from '../../org/index.ts';
import { revisionDutyFacts, signingConflict } from '../documents.duties.ts';
import { actionsFrom, transitions } from '../documents.lifecycle.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { loadVersion } from '../documents.repository.ts';
import { notFoundVersion } from '../documents.service.ts';
import { documentAcknowledgements, documentEvents, documents, documentVersions } from '../documents.table.ts';
import { approverRoleSql } from '../search/readable.ts';

const people = personRows();
const units = unitRows();

const inProgress: VersionState[] = ['draft', 'unit_review', 'secretariat_check', 'submitted'];

/**
 * The two statements of "my work", prepared once. Every join carries agency_id: without it
 * PostgreSQL read every agency's document_events (200–450 ms at 100 agencies).
 */
const workStatements = preparedFor((db) => {
  const agencyId = sql.placeholder('agencyId');
  return {
    open: db
      .select({
        version: documentVersions,
        document: documents,
        unitPath: units.path,
        unitName: units.name,
        approverRole: approverRoleSql,
        since: max(documentEvents.at),
      })
      .from(documentVersions)
      .innerJoin(
        documents,
        and(eq(documents.agencyId, documentVersions.agencyId), eq(documents.id, documentVersions.documentId)),
      )
      .innerJoin(units, and(eq(units.agencyId, documents.agencyId), eq(units.id, documents.ownerUnitId)))
      .leftJoin(
        documentEvents,
        and(
          eq(documentEvents.agencyId, documentVersions.agencyId),
          eq(documentEvents.versionId, documentVersions.id),
        ),
      )
      .where(and(eq(documentVersions.agencyId, agencyId), inArray(documentVersions.state, inProgress)))
      // units is a row source (a subquery): its columns are grouped by name, not inferred from a key.
      .groupBy(documentVersions.id, documents.id, units.id, units.path, units.name)
      .orderBy(asc(max(documentEvents.at)))
      .prepare('documents_work_open'),
    toRead: db
      .select({ ack: documentAcknowledgements, version: documentVersions, document: documents })
      .from(documentAcknowledgements)
      .innerJoin(
        documentVersions,
        and(
          eq(documentVersions.agencyId, documentAcknowledgements.agencyId),
          eq(documentVersions.id, documentAcknowledgements.versionId),
        ),
      )
      .innerJoin(
        documents,
        and(eq(documents.agencyId, documentVersions.agencyId), eq(documents.id, documentVersions.documentId)),
      )
      .where(
        and(
          eq(documentAcknowledgements.agencyId, agencyId),
          eq(documentAcknowledgements.personId, sql.placeholder('personId')),
          isNull(documentAcknowledgements.acknowledgedAt),
          eq(documentVersions.state, 'in_force'),
        ),
      )
      .orderBy(desc(documentAcknowledgements.notifiedAt))
      .prepare('documents_work_to_read'),
  };
});

/** Việc của tôi, documents: versions at a step this person may act on, and issues to read. */
export async function documentWork(db: Db, actor: Actor): Promise<DocumentWork> {
  const statements = workStatements(db);
  const [open, toRead] = await Promise.all([
    statements.open.execute({ agencyId: actor.agencyId }),
    statements.toRead.execute({ agencyId: actor.agencyId, personId: actor.personId }),
  ]);
  const toAct: DocumentWork['toAct'] = [];
  for (const row of open) {
    const scope = { agencyId: row.document.agencyId, unitPath: row.unitPath, approverRole: row.approverRole };
    const state = row.version.state as VersionState;
    // A draft is work for its ISO officer; cancelling alone does not make it someone's task.
    const actions = actionsFrom(state).filter((a) => a !== 'cancel' && documentsPolicy.act(actor, a, scope));
    if (!actions.length) continue;
    // A step whose signature segregation of duties keeps from this person is someone else's work.
    const signing = actions.find((a) => transitions[a].signs);
    if (signing && signingConflict(actor, signing, await revisionDutyFacts(db, row.version))) continue;
    toAct.push({
      versionId: row.version.id,
      documentId: row.document.id,
      code: row.document.code,
      title: row.version.title,
      type: row.document.type as never,
      state,
      issueNo: row.version.issueNo,
      ownerUnitName: row.unitName,
      actions,
      since: (row.since ?? row.version.createdAt).toISOString(),
    });
  }
  return {
    toAct,
    toRead: toRead.map((r) => ({
      versionId: r.version.id,
      documentId: r.document.id,
      code: r.document.code,
      title: r.version.title,
      issueNo: r.version.issueNo,
      effectiveDate: r.version.effectiveDate,
      notifiedAt: r.ack.notifiedAt.toISOString(),
    })),
  };
}

/** Who has and has not acknowledged reading a version, for those who follow it up. */
export async function acknowledgementReport(
  db: Db,
  actor: Actor,
  versionId: string,
): Promise<AcknowledgementReport> {
  const { version, document, scope } = await loadVersion(db, actor, versionId);
  if (!documentsPolicy.readVersion(actor, scope, version.state as VersionState)) throw notFoundVersion();
  if (!documentsPolicy.readReports(actor, scope)) throw forbidden();
  const rows = await db
    .select({ ack: documentAcknowledgements, fullName: people.fullName, unitName: units.name })
    .from(documentAcknowledgements)
    .innerJoin(
      people,
      and(
        eq(people.agencyId, documentAcknowledgements.agencyId),
        eq(people.id, documentAcknowledgements.personId),
      ),
    )
    .innerJoin(units, and(eq(units.agencyId, people.agencyId), eq(units.id, people.unitId)))
    .where(
      and(
        eq(documentAcknowledgements.agencyId, actor.agencyId),
        eq(documentAcknowledgements.versionId, versionId),
      ),
    )
    .orderBy(asc(units.sortOrder), asc(units.name), asc(people.fullName));
  return {
    versionId,
    code: document.code,
    issueNo: version.issueNo,
    total: rows.length,
    acknowledged: rows.filter((r) => r.ack.acknowledgedAt).length,
    rows: rows.map((r) => ({
      personId: r.ack.personId,
      fullName: r.fullName,
      unitName: r.unitName,
      notifiedAt: r.ack.notifiedAt.toISOString(),
      acknowledgedAt: r.ack.acknowledgedAt?.toISOString() ?? null,
    })),
  };
}
