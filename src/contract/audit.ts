import { z } from 'zod';
import { listQuery, page } from './common.ts';

export const auditEventView = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  occurredAt: z.string(),
  actorId: z.uuid().nullable(),
  actorName: z.string(),
  ip: z.string().nullable(),
  entityType: z.string(),
  entityId: z.uuid(),
  entityLabel: z.string().nullable(),
  action: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown().optional(), to: z.unknown().optional() })),
});

export const auditQuery = listQuery.extend({
  actorId: z.uuid().optional(),
  entityType: z.string().max(40).optional(),
  entityId: z.uuid().optional(),
  action: z.string().max(40).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type AuditEventView = z.infer<typeof auditEventView>;

/**
 * A page of the trail, with the names of the people, units and records its before/after
 * values name by id (only those of the reader's agency; an id with no name is left out).
 */
export const auditEventPage = page(auditEventView).extend({
  names: z.record(z.string(), z.string()),
});
export type AuditEventPage = z.infer<typeof auditEventPage>;

/** The XLSX export: the same filters as the list, every matching event (newest first, at most 10,000). */
export const auditExportQuery = auditQuery.omit({ page: true, pageSize: true });
export type AuditExportQuery = z.infer<typeof auditExportQuery>;
export const AUDIT_EXPORT_LIMIT = 10_000;
