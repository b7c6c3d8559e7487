import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { citext, recordColumns } from '../../db/columns.ts';

export const agencies = pgTable('agencies', {
  id: uuid('id').primaryKey(),
  /** An agency's id is its own agency_id: kept so every table can be distributed by agency. */
  agencyId: uuid('agency_id').notNull(),
  code: citext('code').notNull().unique(),
  name: text('name').notNull(),
  shortName: text('short_name'),
  status: text('status').notNull().default('active'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const units = pgTable(
  'units',
  {
    ...recordColumns(),
    code: citext('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id'),
    /** Ancestor ids and its own, '/'-separated: a grant on a unit covers its subtree. */
    path: text('path').notNull(),
    status: text('status').notNull().default('active'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('units_agency_code_active').on(t.agencyId, t.code).where(sql`status = 'active'`),
    index('units_agency_parent').on(t.agencyId, t.parentId),
  ],
);

/** Rename, merge, split, dissolve: what happened to which units, and what they became. */
export const unitEvents = pgTable(
  'unit_events',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    kind: text('kind').notNull(),
    effectiveDate: date('effective_date').notNull(),
    decisionRef: text('decision_ref'),
    note: text('note'),
    fromUnitIds: uuid('from_unit_ids').array().notNull(),
    toUnitIds: uuid('to_unit_ids').array().notNull(),
    /** Names and codes as they were, so history reads right after later renames. */
    snapshot: jsonb('snapshot').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('unit_events_agency_date').on(t.agencyId, t.effectiveDate)],
);

export const positions = pgTable(
  'positions',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    rank: integer('rank').notNull().default(100),
  },
  (t) => [uniqueIndex('positions_agency_name').on(t.agencyId, t.name)],
);

export const people = pgTable(
  'people',
  {
    ...recordColumns(),
    unitId: uuid('unit_id').notNull(),
    positionId: uuid('position_id'),
    fullName: text('full_name').notNull(),
    /** Sign-in is by username alone, so it is unique across the deployment. */
    username: citext('username').notNull().unique(),
    email: citext('email'),
    phone: text('phone'),
    active: boolean('active').notNull().default(true),
    /** Deployment operator: may create agencies. Given to the first administrator only. */
    isOperator: boolean('is_operator').notNull().default(false),
    passwordHash: text('password_hash'),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  },
  (t) => [index('people_agency_unit').on(t.agencyId, t.unitId)],
);

export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    personId: uuid('person_id').notNull(),
    role: text('role').notNull(),
    /** null: the whole agency. */
    unitId: uuid('unit_id'),
    grantedBy: uuid('granted_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('role_grants_person').on(t.agencyId, t.personId),
    uniqueIndex('role_grants_unique').on(
      t.personId,
      t.role,
      sql`coalesce(unit_id, '00000000-0000-0000-0000-000000000000')`,
    ),
  ],
);
