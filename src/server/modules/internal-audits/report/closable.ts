import { and, asc, eq, inArray } from 'drizzle-orm';
import { type FindingKind, findingKindNames } from '../../../../contract/internal-audits.ts';
import type { Tx } from '../../../db/connection.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { internalAuditFindings } from '../finding.table.ts';
import { namesFor } from '../internal-audits.names.ts';
import type { RoundRow } from '../internal-audits.repository.ts';
import { internalAuditReports } from '../report.table.ts';

/**
 * A round closes when its report is approved and every nonconformity finding (major or
 * minor) is handed to corrective action or closed; otherwise 409 naming what is open.
 */
export async function assertRoundClosable(tx: Tx, round: RoundRow) {
  const [report] = await tx
    .select({ state: internalAuditReports.state })
    .from(internalAuditReports)
    .where(
      and(eq(internalAuditReports.agencyId, round.agencyId), eq(internalAuditReports.roundId, round.id)),
    );
  const open = await tx
    .select()
    .from(internalAuditFindings)
    .where(
      and(
        eq(internalAuditFindings.agencyId, round.agencyId),
        eq(internalAuditFindings.roundId, round.id),
        eq(internalAuditFindings.state, 'open'),
        inArray(internalAuditFindings.kind, ['major', 'minor']),
      ),
    )
    .orderBy(asc(internalAuditFindings.seq));
  const approved = report?.state === 'approved';
  if (approved && !open.length) return;
  const names = await namesFor(tx, round.agencyId, { units: open.map((f) => f.unitId) });
  const details = [
    ...(approved
      ? []
      : [
          {
            path: 'report',
            text: {
              vi: 'Báo cáo kết quả đánh giá chưa được lãnh đạo phê duyệt.',
              en: 'The audit report is not approved by leadership yet.',
            },
          },
        ]),
    ...open.map((f) => {
      const kind = findingKindNames[f.kind as FindingKind];
      const unit = names.unit(f.unitId).name;
      return {
        path: 'findings',
        text: {
          vi: `Phát hiện số ${f.seq} (${kind.vi.toLocaleLowerCase('vi')}, ${unit}) chưa chuyển thành sự không phù hợp hoặc chưa đóng.`,
          en: `Finding no. ${f.seq} (${kind.en.toLowerCase()}, ${unit}) is neither handed to corrective action nor closed.`,
        },
      };
    }),
  ];
  throw new AppError(
    409,
    'internal_audit.round_not_closable',
    {
      vi: `Chưa kết thúc được đợt đánh giá: ${details.map((d) => d.text.vi).join(' ')}`,
      en: `The round cannot be closed yet: ${details.map((d) => d.text.en).join(' ')}`,
    },
    details,
  );
}
