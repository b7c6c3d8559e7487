// Every table, for drizzle-kit and the typed query builder. Each module owns its own.
export * from '../modules/calendar/calendar.table.ts';
export * from '../modules/cases/cases.table.ts';
export * from '../modules/cases/measures/measures.table.ts';
export * from '../modules/documents/documents.table.ts';
export * from '../modules/internal-audits/internal-audits.table.ts';
export * from '../modules/nonconformities/nonconformities.table.ts';
export * from '../modules/objectives/objectives.table.ts';
export * from '../modules/org/org.table.ts';
export * from '../modules/records/records.table.ts';
export * from '../modules/risks/risks.table.ts';
export * from '../modules/steering/reports/reports.table.ts';
export * from '../modules/steering/steering.table.ts';
export * from '../platform/audit/audit.table.ts';
export * from '../platform/auth/auth.table.ts';
export * from '../platform/mail/outbox.table.ts';
export * from '../platform/notifications/notifications.table.ts';
