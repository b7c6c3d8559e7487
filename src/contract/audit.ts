import { z } from 'zod';
import { listQuery } from './common.ts';

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
