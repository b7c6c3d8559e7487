import { Tag } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorStatus, ObjectiveState } from '../../../contract/objectives.ts';
import { tagColours } from '../documents/DocumentStateTag.tsx';

const stateColours: Record<ObjectiveState, CSSProperties | undefined> = {
  draft: tagColours.grey,
  submitted: tagColours.gold,
  approved: tagColours.green,
  returned: tagColours.red,
};

/** đạt green, có nguy cơ gold, không đạt red: the same colours as every state of the app. */
export const statusColours: Record<IndicatorStatus, CSSProperties> = {
  met: tagColours.green,
  at_risk: tagColours.gold,
  missed: tagColours.red,
};

export function ObjectiveStateTag({ state }: { state: ObjectiveState }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...stateColours[state] }}>
      {t(`objectives.states.${state}`)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: IndicatorStatus | null }) {
  const { t } = useTranslation();
  if (!status) return <Tag style={{ marginInlineEnd: 0 }}>{t('objectives.noStatus')}</Tag>;
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...statusColours[status] }}>
      {t(`objectives.statuses.${status}`)}
    </Tag>
  );
}
