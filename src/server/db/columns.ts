import { customType, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

export const citext = customType<{ data: string }>({ dataType: () => 'citext' });
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Columns every agency-owned, editable record carries. */
export const recordColumns = () => ({
  id: uuid('id').primaryKey(),
  agencyId: uuid('agency_id').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
