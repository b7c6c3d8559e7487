import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { auditEventView, auditQuery } from '../../../contract/audit.ts';
import { page } from '../../../contract/common.ts';
import type { Db } from '../../db/connection.ts';
import { forbidden } from '../http/errors.ts';
import { actorOf } from '../http/request-context.ts';
import type { Api } from '../http/typed.ts';
import { holdsAgencyWide } from '../permissions/actor.ts';
import { auditEvents } from './audit.table.ts';

export function auditRoutes(app: Api, { db }: { db: Db }) {
  app.get(
    '/api/v1/audit-events',
    {
      config: { access: 'signed-in', policy: 'audit.read' },
      schema: {
        tags: ['Nhật ký / Audit trail'],
        querystring: auditQuery,
        response: { 200: page(auditEventView) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      if (!holdsAgencyWide(actor, 'admin')) throw forbidden();
      const q = req.query;
      const where: SQL[] = [eq(auditEvents.agencyId, actor.agencyId)];
      if (q.actorId) where.push(eq(auditEvents.actorId, q.actorId));
      if (q.entityType) where.push(eq(auditEvents.entityType, q.entityType));
      if (q.entityId) where.push(eq(auditEvents.entityId, q.entityId));
      if (q.action) where.push(eq(auditEvents.action, q.action));
      // Dates are days in Asia/Ho_Chi_Minh; "to" includes the whole day.
      if (q.from) where.push(gte(auditEvents.occurredAt, new Date(`${q.from}T00:00:00+07:00`)));
      if (q.to)
        where.push(
          lt(auditEvents.occurredAt, new Date(new Date(`${q.to}T00:00:00+07:00`).getTime() + 86_400_000)),
        );
      if (q.q) {
        const like = `%${q.q}%`;
        where.push(
          sql`(f_unaccent(${auditEvents.entityLabel}) ILIKE f_unaccent(${like}) OR f_unaccent(${auditEvents.actorName}) ILIKE f_unaccent(${like}))`,
        );
      }
      const [rows, [{ total }]] = await Promise.all([
        db
          .select()
          .from(auditEvents)
          .where(and(...where))
          .orderBy(desc(auditEvents.seq))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db
          .select({ total: sql<number>`count(*)::int` })
          .from(auditEvents)
          .where(and(...where)),
      ]);
      return {
        items: rows.map((r) => ({
          ...r,
          occurredAt: r.occurredAt.toISOString(),
          changes: r.changes as never,
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
}
