import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { PublicPageSettingsView, putPublicPageSettingsBody } from '../../../../contract/objectives.ts';
import type { Db, Tx } from '../../../db/connection.ts';
import { saveAgencySettings, staleOnDuplicate } from '../../../db/versioned.ts';
import { type AuditContext, diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { forbidden } from '../../../platform/http/errors.ts';
import { type Actor, holdsAgencyWide } from '../../../platform/permissions/actor.ts';
import { agencyRows } from '../../org/index.ts';
import { publicPageSettings } from '../objectives.table.ts';

type Deps = { db: Db; actor: Actor; audit: AuditContext };
const agencies = agencyRows();

/** Whether the agency's public page is published (yes until it turns it off), and the row's version. */
export async function publicPageSettingsOf(db: Db | Tx, agencyId: string) {
  const [row] = await db.select().from(publicPageSettings).where(eq(publicPageSettings.agencyId, agencyId));
  return row ? { enabled: row.enabled, version: row.version } : { enabled: true, version: 0 };
}

/** The agency-wide secretariat and the administrators decide whether the page is published. */
const mayEdit = (actor: Actor) => holdsAgencyWide(actor, 'secretariat') || holdsAgencyWide(actor, 'admin');

async function pathOf(db: Db, agencyId: string) {
  const [agency] = await db.select({ code: agencies.code }).from(agencies).where(eq(agencies.id, agencyId));
  return `/public/${encodeURIComponent(agency?.code ?? '')}`;
}

export async function getPublicPageSettings(db: Db, actor: Actor): Promise<PublicPageSettingsView> {
  return {
    ...(await publicPageSettingsOf(db, actor.agencyId)),
    path: await pathOf(db, actor.agencyId),
    canEdit: mayEdit(actor),
  };
}

/** Saved with the version read in the update's WHERE (or inserted once): of two saves at once, one wins. */
export async function putPublicPageSettings(
  { db, actor, audit }: Deps,
  body: z.infer<typeof putPublicPageSettingsBody>,
): Promise<PublicPageSettingsView> {
  if (!mayEdit(actor)) throw forbidden();
  const saved = await staleOnDuplicate(() =>
    db.transaction(async (tx) => {
      const before = await publicPageSettingsOf(tx, actor.agencyId);
      const row = await saveAgencySettings(tx, publicPageSettings, actor.agencyId, body.version, {
        enabled: body.enabled,
      });
      await recordAudit(tx, audit, {
        agencyId: actor.agencyId,
        entityType: 'public_page_settings',
        entityId: actor.agencyId,
        entityLabel: 'Trang công khai / Public page',
        action: 'update',
        changes: diff({ enabled: before.enabled }, { enabled: row.enabled }),
      });
      return { enabled: row.enabled, version: row.version };
    }),
  );
  return { ...saved, path: await pathOf(db, actor.agencyId), canEdit: true };
}
