// The demo writes thousands of records at once: their 'create' events are appended to the
// agency's audit chain exactly as recordAudit would, one event per row, but hashed in
// memory and inserted in chunks (recordAudit's four round trips per row would double the
// demo's load time).
import { eq } from 'drizzle-orm';
import type { AnyPgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import {
  type Changes,
  diff,
  eventHash,
  GENESIS_HASH,
  type HashedFields,
} from '../../platform/audit/audit.service.ts';
import { auditHeads, auditEvents as eventsTable } from '../../platform/audit/audit.table.ts';

export const DEMO_AUTHOR = 'Dữ liệu mẫu';
export const CHUNK = 500;

export type Event = { entityType: string; entityId: string; label: string; action: string; changes: Changes };

export async function appendAuditEvents(tx: Tx, agencyId: string, created: Event[]) {
  if (!created.length) return;
  await tx.insert(auditHeads).values({ agencyId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
  const [head] = await tx.select().from(auditHeads).where(eq(auditHeads.agencyId, agencyId)).for('update');
  let { seq, hash } = head;
  const events = created.map(({ entityType, entityId, label, action, changes }) => {
    const fields: HashedFields = {
      agencyId,
      seq: ++seq,
      occurredAt: new Date().toISOString(),
      actorId: null,
      actorName: DEMO_AUTHOR,
      ip: null,
      userAgent: null,
      entityType,
      entityId,
      entityLabel: label,
      action,
      changes,
    };
    const prevHash = hash;
    hash = eventHash(prevHash, fields);
    return { ...fields, id: newId(), occurredAt: new Date(fields.occurredAt), prevHash, hash };
  });
  for (let i = 0; i < events.length; i += CHUNK)
    await tx.insert(eventsTable).values(events.slice(i, i + CHUNK));
  await tx.update(auditHeads).set({ seq, hash }).where(eq(auditHeads.agencyId, agencyId));
}

/** Inserts rows in chunks (one statement per chunk) and audits each. */
export async function insertAudited<T extends AnyPgTable, R extends T['$inferInsert'] & { id: string }>(
  tx: Tx,
  agencyId: string,
  table: T,
  rows: R[],
  entityType: string,
  label: (row: R) => string,
) {
  const inserted: { id: string }[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    inserted.push(
      ...((await tx
        .insert(table)
        .values(rows.slice(i, i + CHUNK))
        .returning()) as { id: string }[]),
    );
  }
  // The trail holds the rows as stored (defaults included), labelled from what was built.
  const labels = new Map(rows.map((row) => [row.id, label(row)]));
  await appendAuditEvents(
    tx,
    agencyId,
    inserted.map((row) => ({
      entityType,
      entityId: row.id,
      label: labels.get(row.id) ?? row.id,
      action: 'create',
      changes: diff(null, row),
    })),
  );
}
