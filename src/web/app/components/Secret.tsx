import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A password or token shown once, large enough to read out, with a copy button. */
export function Secret({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Typography.Paragraph
        code
        data-testid="one-time-secret"
        copyable={{ text: value, tooltips: [t('common.copy'), t('common.copied')] }}
        style={{ fontSize: 18, margin: '4px 0 0', wordBreak: 'break-all' }}
      >
        {value}
      </Typography.Paragraph>
    </div>
  );
}
