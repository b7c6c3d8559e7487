import { date, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { recordColumns } from '../../db/columns.ts';

/** A day that differs from the Monday–Friday rule: a holiday off, or a weekend worked. */
export const calendarDays = pgTable(
  'calendar_days',
  {
    ...recordColumns(),
    date: date('date').notNull(),
    kind: text('kind').notNull(),
    nameVi: text('name_vi').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [uniqueIndex('calendar_days_agency_date').on(t.agencyId, t.date)],
);

/** Years whose defaults were written into calendar_days (then edited freely). */
export const calendarYears = pgTable(
  'calendar_years',
  {
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.year] })],
);
