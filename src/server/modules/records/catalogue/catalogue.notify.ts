import type { Tx } from '../../../db/connection.ts';
import { notify } from '../../../platform/notifications/index.ts';
import { peopleHolding } from '../../org/index.ts';

type Catalogue = {
  id: string;
  agencyId: string;
  unitId: string;
  year: number;
  version: number;
  createdBy: string | null;
  submittedBy: string | null;
};

const link = (id: string) => `/records/catalogues/${id}`;

/**
 * A catalogue was submitted: the unit's heads (who approve it, cataloguePolicy.approve) are
 * notified — not who prepared or submitted it, who may not approve it. In the transition's
 * transaction; the key carries the row version, so a catalogue returned and submitted
 * again notifies again.
 */
export async function notifyCatalogueSubmitted(tx: Tx, input: { catalogue: Catalogue; unitName: string }) {
  const { catalogue: c } = input;
  const heads = await peopleHolding(tx, c.agencyId, ['unit_head'], c.unitId);
  const authors = [c.createdBy, c.submittedBy];
  return notify(tx, {
    agencyId: c.agencyId,
    kind: 'records.catalogue_to_approve',
    recipients: heads.filter((p) => !authors.includes(p.id)),
    subject: { type: 'records_catalogue', id: c.id },
    title: {
      vi: `Chờ phê duyệt: Danh mục hồ sơ năm ${c.year} – ${input.unitName}`,
      en: `To approve: records catalogue ${c.year} – ${input.unitName}`,
    },
    link: link(c.id),
    dedupeKey: `records_catalogue:${c.id}:submitted:${c.version}`,
  });
}

/** The head approved or returned a submitted catalogue: who submitted it is told. */
export async function notifyCatalogueDecided(
  tx: Tx,
  input: { catalogue: Catalogue; unitName: string; action: 'approve' | 'return'; comment?: string },
) {
  const { catalogue: c } = input;
  if (!c.submittedBy) return { created: [], mailed: 0 };
  const name = `Danh mục hồ sơ năm ${c.year} – ${input.unitName}`;
  const title =
    input.action === 'approve'
      ? { vi: `Đã phê duyệt: ${name}`, en: `Approved: records catalogue ${c.year} – ${input.unitName}` }
      : {
          vi: `Bị trả lại để chỉnh sửa: ${name}${input.comment ? ` (${input.comment})` : ''}`,
          en: `Returned for changes: records catalogue ${c.year} – ${input.unitName}${input.comment ? ` (${input.comment})` : ''}`,
        };
  return notify(tx, {
    agencyId: c.agencyId,
    kind: 'records.catalogue_decided',
    recipients: [c.submittedBy],
    subject: { type: 'records_catalogue', id: c.id },
    title,
    link: link(c.id),
    dedupeKey: `records_catalogue:${c.id}:${input.action}:${c.version}`,
  });
}
