import { Empty, theme } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPercent } from '../format.ts';

/**
 * Every chart of the app (ECharts, the one chart library). The drawing code and ECharts load
 * only when a chart is shown, so the shell and the home page stay within their budget.
 */

/** A series over the categories: counts on the left axis, percentages (0–100) on the right. */
export type ChartSeries = {
  name: string;
  type: 'bar' | 'line';
  data: Array<number | null>;
  /** `count` (default): whole numbers; `percent`: 0–100, the right-hand axis. */
  axis?: 'count' | 'percent';
  color?: string;
};

export type ChartSpec = {
  categories: string[];
  series: ChartSeries[];
  /** Bars lie along the categories (long names such as units read better down the side). */
  horizontal?: boolean;
  /**
   * A small line in a row of a list (an indicator's latest values): no axes, grid, legend or
   * tooltip; the accessible label still says every value. Nothing to draw: a dash, not the
   * empty picture.
   */
  sparkline?: boolean;
};

export type ChartProps = {
  /** What the chart shows, for those who cannot see it (the figure's accessible name). */
  label: string;
  spec: ChartSpec;
  height?: number;
  /** What to say when there is nothing to draw: what to change to see something. */
  emptyText?: string;
};

/** The app's number formats, handed to the drawing code (vi-VN or English, as the app reads). */
export type NumberFormats = {
  number: (n: number | null | undefined) => string;
  percent: (rate: number | null | undefined) => string;
};
export type ChartColors = { text: string; grid: string; palette: string[] };
export type ChartCanvasProps = Omit<ChartProps, 'emptyText'> & {
  formats: NumberFormats;
  colors: ChartColors;
};
const formats: NumberFormats = { number: (n) => formatNumber(n), percent: (r) => formatPercent(r) };

const ChartCanvas = lazy(() => import('./ChartCanvas.tsx'));

/** True when no series has a value other than zero: the chart would be a blank frame. */
export const isEmptyChart = (spec: ChartSpec) =>
  spec.categories.length === 0 || spec.series.every((s) => s.data.every((v) => !v));

export function Chart({ label, spec, height = 280, emptyText }: ChartProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const colors: ChartColors = {
    text: token.colorTextSecondary,
    grid: token.colorBorderSecondary,
    palette: [token.colorPrimary, token.colorSuccess, token.colorWarning, token.colorError],
  };
  if (spec.sparkline && spec.series.every((s) => s.data.every((v) => v === null)))
    return (
      <span role="img" aria-label={`${label}: ${emptyText ?? t('list.chartEmpty')}`}>
        —
      </span>
    );
  if (!spec.sparkline && isEmptyChart(spec))
    return (
      <div
        data-testid="chart-empty"
        style={{ minHeight: Math.min(height, 200), display: 'grid', placeItems: 'center' }}
      >
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? t('list.chartEmpty')} />
      </div>
    );
  return (
    <Suspense
      fallback={
        <div style={{ height }} aria-busy="true">
          <span className="sr-only">{t('list.chartLoading')}</span>
        </div>
      }
    >
      <ChartCanvas label={label} spec={spec} height={height} formats={formats} colors={colors} />
    </Suspense>
  );
}
