import type { TransitionAction, VersionView } from '../../../../contract/documents.ts';
import { i18n } from '../../../app/i18n/index.ts';
import { issueNoText } from '../names.ts';

/** "QT-CNTT-03, lần ban hành 04" */
export const versionLabel = (v: Pick<VersionView, 'code' | 'issueNo'>) =>
  i18n.t('documents.versionLabel', { code: v.code, issueNo: issueNoText(v.issueNo) });

/** What a signature means, in words: "Phê duyệt ban hành QT-CNTT-03, lần ban hành 04". */
export function signingStatement(action: TransitionAction, v: VersionView): string {
  const key = action === 'approve' && v.changeKind === 'withdraw' ? 'approve_withdraw' : action;
  return i18n.t(`documents.sign.statement.${key as 'approve'}`, { subject: versionLabel(v) });
}

export const signingActions: TransitionAction[] = ['review_approve', 'check_approve', 'approve'];
export const returnActions: TransitionAction[] = ['review_return', 'check_return', 'approve_return'];
