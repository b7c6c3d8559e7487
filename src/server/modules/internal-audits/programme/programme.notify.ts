import type { Tx } from '../../../db/connection.ts';
import { notify } from '../../../platform/notifications/index.ts';
import { agencyWideHolders } from '../../org/index.ts';

/**
 * A programme was submitted: leadership (agency-wide, who approve it: auditPolicy.approve) is
 * notified — not who drafted or submitted it, who may not approve it. In the transition's
 * transaction; the key carries the row version, so a programme returned and submitted again
 * notifies again, and ten connections submitting at once notify once.
 */
export async function notifyProgrammeSubmitted(
  tx: Tx,
  p: { id: string; agencyId: string; year: number; version: number; createdBy: string; submittedBy: string },
) {
  const leaders = await agencyWideHolders(tx, p.agencyId, ['leadership']);
  const authors = [p.createdBy, p.submittedBy];
  return notify(tx, {
    agencyId: p.agencyId,
    kind: 'internal_audits.programme_to_approve',
    recipients: leaders.filter((l) => !authors.includes(l.id)),
    subject: { type: 'internal_audit_programme', id: p.id },
    title: {
      vi: `Chờ phê duyệt: Chương trình đánh giá nội bộ năm ${p.year}`,
      en: `To approve: internal audit programme ${p.year}`,
    },
    link: `/internal-audits/programmes/${p.id}`,
    dedupeKey: `internal_audit_programme:${p.id}:submitted:${p.version}`,
  });
}
