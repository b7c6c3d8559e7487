import { auditActionName, auditEntityName, auditEntityTypes } from '../../../contract/audit-labels.ts';
import { currentLang } from '../../app/i18n/index.ts';

/*
 * The audit trail's codes in words: the labels live in the contract (src/contract/audit-labels.ts),
 * shared with the XLSX export; a test there fails on any code the server writes without one.
 * The before/after values: src/contract/audit-values.ts (ChangesTable.tsx).
 */

/** Record types the server writes to the trail (the filter's options). */
export const entityTypes = auditEntityTypes;

export const entityLabel = (type: string): string => auditEntityName(type, currentLang());
export const actionLabel = (action: string, entityType?: string): string =>
  auditActionName(action, entityType, currentLang());
