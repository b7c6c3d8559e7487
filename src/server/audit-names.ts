import type { AuditNames } from '../contract/audit-values.ts';
import type { Db } from './db/connection.ts';
import { documentNames } from './modules/documents/index.ts';
import { orgNames } from './modules/org/index.ts';
import type { Lang } from './platform/http/i18n.ts';

/**
 * The names the audit trail's before/after shows for ids: people, units and positions from
 * org, documents and versions from documents, each through its module's public functions
 * (platform/audit imports no module; app.ts hands it this lookup). Scoped to the reader's agency.
 */
export async function auditNames(db: Db, agencyId: string, ids: string[], lang: Lang): Promise<AuditNames> {
  const [org, docs] = await Promise.all([
    orgNames(db, agencyId, ids),
    documentNames(db, agencyId, ids, lang),
  ]);
  return { ...docs, ...org };
}
