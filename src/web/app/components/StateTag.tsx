import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * UX.md: a state has the same colour everywhere (in force green, closed default, blocked red).
 * Darker text than antd's presets so the tags pass WCAG AA contrast.
 */
const green = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };
const red = { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' };
const colours = {
  active: green,
  renamed: undefined,
  merged: undefined,
  split: undefined,
  dissolved: undefined,
  inactive: undefined,
  locked: red,
  revoked: undefined,
  expired: undefined,
} as const;

export type State = keyof typeof colours;

export function StateTag({ state }: { state: State }) {
  const { t } = useTranslation();
  return (
    <Tag variant="outlined" style={{ marginInlineEnd: 0, ...colours[state] }}>
      {t(`state.${state}`)}
    </Tag>
  );
}
