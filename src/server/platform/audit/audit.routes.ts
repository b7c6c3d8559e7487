import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  AUDIT_EXPORT_LIMIT,
  type AuditEventView,
  type AuditExportQuery,
  auditEventPage,
  auditExportQuery,
  auditQuery,
} from '../../../contract/audit.ts';
import { auditEntityTypes } from '../../../contract/audit-labels.ts';
import {
  type AuditNames,
  auditHiddenFields,
  auditRecordLabel,
  UUID,
} from '../../../contract/audit-values.ts';
import type { Db } from '../../db/connection.ts';
import { contentDisposition } from '../http/content-disposition.ts';
import { forbidden } from '../http/errors.ts';
import { type Lang, requestLang } from '../http/i18n.ts';
import { XLSX } from '../http/media-types.ts';
import { actorOf } from '../http/request-context.ts';
import type { Api } from '../http/typed.ts';
import { lazy } from '../lazy.ts';
import { type Actor, holdsAgencyWide } from '../permissions/actor.ts';
import { todayInVietnam } from '../time.ts';
import { auditEvents } from './audit.table.ts';

const auditXlsx = lazy(() => import('./audit.xlsx.ts'), 'auditXlsx');
const tags = ['Nhật ký / Audit trail'];

/** The events of the actor's agency matching the filters: person, record (type, id, text), period. */
function matching(actor: Actor, q: AuditExportQuery): SQL | undefined {
  if (!holdsAgencyWide(actor, 'admin')) throw forbidden();
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
  return and(...where);
}

const view = (r: typeof auditEvents.$inferSelect) => ({
  id: r.id,
  seq: r.seq,
  occurredAt: r.occurredAt.toISOString(),
  actorId: r.actorId,
  actorName: r.actorName,
  ip: r.ip,
  entityType: r.entityType,
  entityId: r.entityId,
  entityLabel: r.entityLabel,
  action: r.action,
  changes: r.changes as never,
});

/** The ids a page of events names in its before/after values (not the records' own ids). */
function idsIn(events: AuditEventView[]): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (UUID.test(value)) ids.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const e of events)
    for (const [field, change] of Object.entries(e.changes))
      if (!auditHiddenFields.has(field)) {
        walk(change.from);
        walk(change.to);
      }
  return [...ids];
}

/** Looks up the names of people, units and records by id in the agency; app.ts passes org's and documents'. */
export type AuditNamesLookup = (db: Db, agencyId: string, ids: string[], lang: Lang) => Promise<AuditNames>;

/**
 * The names for a page of events: first through the modules that own the records (people,
 * units, documents), then, for any other record (a case, a file, a catalogue), the newest label
 * the trail itself gave it. The reader may read the whole trail of the agency (audit.read), so
 * no name is shown that the trail does not already show; ids of another agency find nothing.
 */
async function namesFor(
  db: Db,
  lookup: AuditNamesLookup | undefined,
  agencyId: string,
  events: AuditEventView[],
  lang: Lang,
): Promise<AuditNames> {
  const ids = idsIn(events);
  const names: AuditNames = {};
  // In parts: an export of 10,000 events may name more ids than one statement may carry.
  for (let i = 0; i < ids.length; i += 1000) {
    const part = ids.slice(i, i + 1000);
    if (lookup) Object.assign(names, await lookup(db, agencyId, part, lang));
    const rest = part.filter((id) => !Object.hasOwn(names, id));
    if (!rest.length) continue;
    const labels = await db
      .selectDistinctOn([auditEvents.entityId], {
        id: auditEvents.entityId,
        type: auditEvents.entityType,
        label: auditEvents.entityLabel,
      })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.agencyId, agencyId),
          // With the record types, each id is an index lookup on (agency, type, id).
          inArray(auditEvents.entityType, auditEntityTypes),
          inArray(auditEvents.entityId, rest),
        ),
      )
      .orderBy(auditEvents.entityId, desc(auditEvents.seq));
    for (const r of labels) {
      const label = auditRecordLabel(r.type, r.label, lang);
      if (label) names[r.id] = label;
    }
  }
  return names;
}

export function auditRoutes(app: Api, { db, names: lookup }: { db: Db; names?: AuditNamesLookup }) {
  app.get(
    '/api/v1/audit-events',
    {
      config: { access: 'signed-in', policy: 'audit.read' },
      schema: { tags, querystring: auditQuery, response: { 200: auditEventPage } },
    },
    async (req) => {
      const q = req.query;
      const actor = actorOf(req);
      const where = matching(actor, q);
      const [rows, [{ total }]] = await Promise.all([
        db
          .select()
          .from(auditEvents)
          .where(where)
          .orderBy(desc(auditEvents.seq))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ total: sql<number>`count(*)::int` }).from(auditEvents).where(where),
      ]);
      const items = rows.map(view);
      const names = await namesFor(db, lookup, actor.agencyId, items, requestLang(req));
      return { items, total, page: q.page, pageSize: q.pageSize, names };
    },
  );
  app.get(
    '/api/v1/audit-events.xlsx',
    {
      config: { access: 'signed-in', policy: 'audit.read' },
      schema: {
        tags,
        description: `Nhật ký hệ thống (XLSX) theo bộ lọc của danh sách: thao tác và loại đối tượng bằng lời (tiếng Việt, hoặc tiếng Anh theo Accept-Language), dữ liệu trước và sau mỗi thay đổi; tối đa ${AUDIT_EXPORT_LIMIT.toLocaleString('vi-VN')} sự kiện mới nhất.`,
        querystring: auditExportQuery,
        response: { 200: z.unknown().meta({ type: 'string', format: 'binary', description: 'Tệp XLSX' }) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const lang = requestLang(req);
      const rows = await db
        .select()
        .from(auditEvents)
        .where(matching(actor, req.query))
        .orderBy(desc(auditEvents.seq))
        .limit(AUDIT_EXPORT_LIMIT);
      const events = rows.map(view);
      const names = await namesFor(db, lookup, actor.agencyId, events, lang);
      return reply
        .type(XLSX)
        .header('content-disposition', contentDisposition(`nhat-ky-${todayInVietnam()}.xlsx`))
        .send(await auditXlsx(events, lang, names));
    },
  );
}
