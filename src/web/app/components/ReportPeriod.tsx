import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format.ts';

/** "Kỳ báo cáo: 01/01/2026 – 07/12/2026": the period the figures below are for, as the server chose or was asked. */
export function ReportPeriod({ from, to }: { from?: string; to?: string }) {
  const { t } = useTranslation();
  if (!from || !to) return null;
  return (
    <Typography.Paragraph strong data-testid="report-period" style={{ marginBottom: 12 }}>
      {t('reportPeriod.label', { from: formatDate(from), to: formatDate(to) })}
    </Typography.Paragraph>
  );
}
