import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Append-only, hash-chained per agency (see audit.service.ts). */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    entityLabel: text('entity_label'),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_events_agency_seq').on(t.agencyId, t.seq),
    index('audit_events_entity').on(t.agencyId, t.entityType, t.entityId),
    index('audit_events_actor').on(t.agencyId, t.actorId, t.occurredAt),
  ],
);

/** The chain's newest link per agency: deleting the last event is detected against it. */
export const auditHeads = pgTable('audit_heads', {
  agencyId: uuid('agency_id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
