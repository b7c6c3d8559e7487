import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DutyConflict } from '../../../contract/duties.ts';

/**
 * A signing step the person's roles would allow but segregation of duties refuses: shown
 * disabled, with the reason on hover and to screen readers, so nobody wonders where it went.
 */
export function DutyBlockedButton({ label, reason }: { label: string; reason: DutyConflict }) {
  const { t } = useTranslation();
  const why = `${t('duties.title')}: ${t(`duties.${reason}`)}`;
  return (
    <Tooltip title={why}>
      <Button disabled aria-label={`${label} — ${why}`} data-testid="duty-blocked">
        {label}
      </Button>
    </Tooltip>
  );
}
