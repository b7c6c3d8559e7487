import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseState, StepState } from '../../../contract/cases.ts';
import { formatNumber } from '../../app/format.ts';

const green = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };
const red = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };
const blue = { color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' };

const caseColours: Record<CaseState, object | undefined> = {
  open: blue,
  closed: green,
  cancelled: undefined,
};
const stepColours: Record<StepState, object | undefined> = { active: blue, done: green, returned: undefined };

export function CaseStateTag({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...caseColours[state] }}>
      {t(`cases.states.${state}`)}
    </Tag>
  );
}

export function StepStateTag({ state }: { state: StepState }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...stepColours[state] }}>
      {t(`cases.stepStates.${state}`)}
    </Tag>
  );
}

/** UX.md: overdue is red everywhere. */
export function OverdueTag({ days }: { days?: number }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...red }}>
      {days ? t('cases.inbox.overdueDays', { days: formatNumber(days) }) : t('cases.overdue')}
    </Tag>
  );
}
