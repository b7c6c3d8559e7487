import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie's token: a stolen database does not yield live sessions. */
    tokenHash: text('token_hash').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    personId: uuid('person_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    activeUnitId: uuid('active_unit_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_person').on(t.personId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    personId: uuid('person_id').notNull(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** 'read' (GET only) or 'write' (everything the person may do). */
    scope: text('scope').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('api_tokens_person').on(t.agencyId, t.personId)],
);

/**
 * Failed sign-ins of the last minutes, in the database so every instance counts the same
 * ones: the limits per address and per username read them (login-limits.ts). Successful
 * sign-ins are not kept here; the audit trail holds every attempt for good.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid('id').primaryKey(),
    /** The client's address as the trusted proxy saw it (request.ip). */
    ip: text('ip').notNull(),
    /** As typed, lower-cased: unknown usernames count like known ones. */
    username: text('username').notNull(),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('login_failures_ip').on(t.ip, t.failedAt),
    index('login_failures_username').on(t.username, t.failedAt),
    index('login_failures_failed_at').on(t.failedAt),
  ],
);
