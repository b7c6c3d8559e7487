import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseMeasures } from '../../../../contract/case-measures.ts';
import { Chart } from '../../../app/components/Chart.tsx';
import { formatPercent } from '../../../app/format.ts';

const percent = (rate: number | null) => formatPercent(rate);
const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;
const toPercent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Cases started and finished each month (bars), and the on-time rate (line, right axis). */
export function MonthlyChart({ rows }: { rows: CaseMeasures['byMonth'] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Chart
      label={t('caseMeasures.monthlyChart')}
      emptyText={t('caseMeasures.chartEmpty')}
      spec={{
        categories: rows.map((r) => monthLabel(r.month)),
        series: [
          {
            name: t('caseMeasures.started'),
            type: 'bar',
            data: rows.map((r) => r.started),
            color: token.colorPrimary,
          },
          {
            name: t('caseMeasures.finished'),
            type: 'bar',
            data: rows.map((r) => r.finished),
            color: token.colorSuccess,
          },
          {
            name: t('caseMeasures.onTime'),
            type: 'line',
            axis: 'percent',
            data: rows.map((r) => toPercent(r.onTimeRate)),
            color: token.colorWarning,
          },
        ],
      }}
    />
  );
}

/** Cases started and finished by each unit: two bars per unit, the names down the side. */
export function UnitChart({ rows }: { rows: CaseMeasures['byUnit'] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Chart
      label={t('caseMeasures.unitChart')}
      emptyText={t('caseMeasures.chartEmpty')}
      height={Math.max(200, rows.length * 44 + 60)}
      spec={{
        horizontal: true,
        categories: rows.map((r) => r.unitName),
        series: [
          {
            name: t('caseMeasures.started'),
            type: 'bar',
            data: rows.map((r) => r.started),
            color: token.colorPrimary,
          },
          {
            name: t('caseMeasures.finished'),
            type: 'bar',
            data: rows.map((r) => r.finished),
            color: token.colorSuccess,
          },
        ],
      }}
    />
  );
}

export { monthLabel, percent };
