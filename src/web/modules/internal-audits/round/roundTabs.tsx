import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { RoundView } from '../../../../contract/internal-audits.ts';
import { ReportTab } from '../work/ReportTab.tsx';
import { PlanTab } from './PlanTab.tsx';

/**
 * The tabs of a round's page, in order. Each part of internal audit adds its tab here
 * ("Danh mục kiểm tra", "Phát hiện", "Báo cáo"): a key (in the address, ?tab=), its label, whether this person sees it for this round, and the content.
 */
export type RoundTab = {
  key: string;
  label: (t: TFunction) => string;
  visible?: (round: RoundView) => boolean;
  render: (round: RoundView) => ReactNode;
};

export const roundTabs: RoundTab[] = [
  { key: 'plan', label: (t) => t('internalAudits.plan.tab'), render: (round) => <PlanTab round={round} /> },
  {
    key: 'report',
    label: (t) => t('auditWork.tabs.report'),
    visible: (round) => round.state !== 'planned' && round.state !== 'plan_published',
    render: (round) => <ReportTab roundId={round.id} />,
  },
];
