import type { z } from 'zod';
import type { decisionNumberBody, VersionState } from '../../../../contract/documents.ts';
import { updateVersioned } from '../../../db/versioned.ts';
import { diff, recordAudit } from '../../../platform/audit/audit.service.ts';
import { AppError, forbidden, invalidField, staleVersion } from '../../../platform/http/errors.ts';
import { todayInVietnam } from '../../../platform/time.ts';
import { documentsPolicy } from '../documents.policy.ts';
import { numberedStates } from '../documents.queries.ts';
import { loadVersion } from '../documents.repository.ts';
import { type Deps, logEvent, notFoundVersion } from '../documents.service.ts';
import { documentVersions } from '../documents.table.ts';
import { claimTypedDecisionNo, takeDecisionNo } from './decisions.register.ts';

/**
 * The văn thư gives an approved decision its number after it was signed. The number is not
 * part of the signed content (the hash covers title, content and attachments), so the
 * approval signature stays valid; the change is audited and logged on the version.
 */
export async function numberDecision(
  { db, actor, audit }: Deps,
  versionId: string,
  body: z.infer<typeof decisionNumberBody>,
) {
  return db.transaction(async (tx) => {
    const { version, document, scope } = await loadVersion(tx, actor, versionId, true);
    const state = version.state as VersionState;
    if (!documentsPolicy.readVersion(actor, scope, state)) throw notFoundVersion();
    if (!documentsPolicy.numberDecision(actor, scope)) throw forbidden();
    if (!numberedStates.includes(state) || version.changeKind === 'withdraw') {
      throw new AppError(409, 'document.not_approved', {
        vi: 'Chỉ cấp số cho quyết định đã được phê duyệt.',
        en: 'Only an approved decision gets a number.',
      });
    }
    if (version.decisionNo) {
      throw new AppError(409, 'document.decision_number_set', {
        vi: `Quyết định đã có số ${version.decisionNo}.`,
        en: `The decision already has number ${version.decisionNo}.`,
      });
    }
    if (Boolean(body.decisionNo) === Boolean(body.fromRegister)) {
      throw invalidField('decisionNo', {
        vi: 'Nhập số quyết định hoặc lấy số tiếp theo từ sổ đăng ký (một trong hai).',
        en: 'Type a decision number or take the next one from the register (one of the two).',
      });
    }
    if (body.version !== version.version) throw staleVersion();
    const year = Number((version.issueDate ?? todayInVietnam()).slice(0, 4));
    const decisionNo = body.fromRegister
      ? await takeDecisionNo(tx, actor.agencyId, year)
      : await claimTypedDecisionNo(tx, actor.agencyId, year, body.decisionNo!);
    const updated = await updateVersioned(
      tx,
      documentVersions,
      { id: versionId, agencyId: actor.agencyId, version: version.version },
      { decisionNo },
    );
    await logEvent(tx, actor, {
      versionId,
      action: 'number_decision',
      fromState: state,
      toState: state,
      comment: decisionNo,
    });
    await recordAudit(tx, audit, {
      agencyId: actor.agencyId,
      entityType: 'document_version',
      entityId: versionId,
      entityLabel: `${document.code} lần ${version.issueNo}`,
      action: 'number_decision',
      changes: diff(version, updated),
    });
    return updated;
  });
}
