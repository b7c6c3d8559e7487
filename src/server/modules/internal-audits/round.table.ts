import {
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
import { recordColumns } from '../../db/columns.ts';

/**
 * Đợt đánh giá: a round of the programme, numbered 1, 2… within it, planned for a month,
 * with its scope (units, procedures = document ids, ISO clauses) and criteria.
 */
export const internalAuditRounds = pgTable(
  'internal_audit_rounds',
  {
    ...recordColumns(),
    programmeId: uuid('programme_id').notNull(),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    /** 1–12, within the programme's year. */
    plannedMonth: integer('planned_month').notNull(),
    scopeUnitIds: jsonb('scope_unit_ids').$type<string[]>().notNull().default([]),
    /** Procedures in scope: document ids (the version in force at the audit is the one audited). */
    scopeProcedureIds: jsonb('scope_procedure_ids').$type<string[]>().notNull().default([]),
    /** "4.4", "7.5", "8.5.1"… of TCVN ISO 9001:2015. */
    scopeClauses: jsonb('scope_clauses').$type<string[]>().notNull().default([]),
    /** Chuẩn mực đánh giá: the standard, the agency's documents in force, legal texts. */
    criteria: text('criteria').notNull().default(''),
    /** planned | plan_published | in_progress | reporting | closed */
    state: text('state').notNull().default('planned'),
    /** Trưởng đoàn (also a team member with role lead). */
    leadAuditorId: uuid('lead_auditor_id'),
    publishedBy: uuid('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    uniqueIndex('internal_audit_rounds_number').on(t.agencyId, t.programmeId, t.number),
    index('internal_audit_rounds_lead').on(t.agencyId, t.leadAuditorId),
  ],
);

/** Đoàn đánh giá: the round's team, people holding the internal auditor role. */
export const internalAuditTeamMembers = pgTable(
  'internal_audit_team_members',
  {
    id: uuid('id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    roundId: uuid('round_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** lead | member */
    role: text('role').notNull().default('member'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('internal_audit_team_members_person').on(t.agencyId, t.roundId, t.personId),
    index('internal_audit_team_members_of_person').on(t.agencyId, t.personId),
  ],
);

/** A person of the audited unit who takes part (by id when they are in eiso, else by name). */
export type AuditeeRepresentative = { personId: string | null; name: string; title: string };

/**
 * Lịch đánh giá: one audit of the round per audited unit — when, where, who represents the
 * unit, which procedures and clauses, which team members audit it (independence checked on
 * every write). `noticeSentAt` is set once the unit has been told (the job sends once).
 */
export const internalAuditRoundAudits = pgTable(
  'internal_audit_round_audits',
  {
    ...recordColumns(),
    roundId: uuid('round_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    auditDate: date('audit_date'),
    /** "08:00", "11:30": local time (Asia/Ho_Chi_Minh). */
    startTime: text('start_time'),
    endTime: text('end_time'),
    place: text('place').notNull().default(''),
    auditeeRepresentatives: jsonb('auditee_representatives')
      .$type<AuditeeRepresentative[]>()
      .notNull()
      .default([]),
    procedureIds: jsonb('procedure_ids').$type<string[]>().notNull().default([]),
    clauses: jsonb('clauses').$type<string[]>().notNull().default([]),
    /** Team members (person ids) who audit this unit. */
    auditorIds: jsonb('auditor_ids').$type<string[]>().notNull().default([]),
    /** planned | in_progress | done */
    state: text('state').notNull().default('planned'),
    noticeSentAt: timestamp('notice_sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('internal_audit_round_audits_unit').on(t.agencyId, t.roundId, t.unitId),
    index('internal_audit_round_audits_unit_date').on(t.agencyId, t.unitId, t.auditDate),
    index('internal_audit_round_audits_auditors').using('gin', t.auditorIds),
  ],
);
