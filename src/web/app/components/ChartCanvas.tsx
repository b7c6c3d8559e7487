import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartCanvasProps, ChartSpec, ChartColors as Colors, NumberFormats } from './Chart.tsx';

// Only what the app draws: bars and lines on axes, a legend and tooltips, as SVG.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Percent series hold 0–100: "81,2 %" in tooltips, whole "25 %" on the axis. */
const texts = (f: NumberFormats) => ({
  percent: (v: number | null | undefined) => (v == null ? '—' : f.percent(v / 100)),
  percentAxis: (v: number) => f.percent(v / 100).replace(/[.,]0(?=\D*$)/, ''),
  count: (v: number | null | undefined) => f.number(v),
});

const LABEL_WIDTH = 170;

/** The ECharts option of a spec: vi-VN numbers on axes and in tooltips, whole-number count axes. */
export function chartOption(spec: ChartSpec, c: Colors, f: NumberFormats): echarts.EChartsCoreOption {
  if (spec.sparkline) return sparklineOption(spec, c);
  const { percent: percentText, percentAxis: percentAxisText, count: countText } = texts(f);
  const hasPercent = spec.series.some((s) => s.axis === 'percent');
  const label = { color: c.text, fontSize: 12 };
  const category = {
    type: 'category',
    data: spec.categories,
    axisLabel: spec.horizontal
      ? { ...label, width: LABEL_WIDTH - 12, overflow: 'break', interval: 0, lineHeight: 15 }
      : { ...label, hideOverlap: true },
    axisLine: { lineStyle: { color: c.grid } },
    axisTick: { alignWithLabel: true },
  };
  const counts = {
    type: 'value',
    minInterval: 1,
    axisLabel: { ...label, formatter: (v: number) => countText(v) },
    splitLine: { lineStyle: { color: c.grid } },
  };
  const percents = {
    type: 'value',
    min: 0,
    max: 100,
    interval: 25,
    axisLabel: { ...label, formatter: percentAxisText },
    splitLine: { show: false },
  };
  const values = hasPercent && !spec.horizontal ? [counts, percents] : [counts];
  return {
    color: c.palette,
    animation: false,
    textStyle: { fontFamily: 'inherit' },
    // Long category names (units) wrap in a fixed band on the left; other labels are contained.
    grid: spec.horizontal
      ? { left: LABEL_WIDTH, right: 24, top: 8, bottom: 60, outerBoundsMode: 'none' }
      : { left: 8, right: 8, top: 16, bottom: 36, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    legend: { bottom: 0, textStyle: label, itemGap: 16 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: spec.horizontal ? 'shadow' : 'line' },
      confine: true,
    },
    xAxis: spec.horizontal ? values : category,
    yAxis: spec.horizontal ? { ...category, inverse: true } : values,
    series: spec.series.map((s) => ({
      name: s.name,
      type: s.type,
      data: s.data,
      color: s.color,
      yAxisIndex: !spec.horizontal && s.axis === 'percent' ? 1 : 0,
      connectNulls: true,
      barMaxWidth: 24,
      symbolSize: 6,
      tooltip: {
        valueFormatter: (v: number | null) => (s.axis === 'percent' ? percentText(v) : countText(v)),
      },
    })),
  };
}

/** A sparkline: the line alone (its own scale), the last value marked; nothing else to read or hover. */
function sparklineOption(spec: ChartSpec, c: Colors): echarts.EChartsCoreOption {
  return {
    color: c.palette,
    animation: false,
    grid: { left: 3, right: 3, top: 3, bottom: 3 },
    xAxis: { type: 'category', data: spec.categories, show: false, boundaryGap: false },
    yAxis: { type: 'value', show: false, scale: true },
    tooltip: { show: false },
    series: spec.series.map((s) => {
      const last = s.data.findLastIndex((v) => v !== null);
      return {
        name: s.name,
        type: 'line',
        data: s.data.map((v, i) => ({ value: v, symbol: i === last ? 'circle' : 'none' })),
        color: s.color,
        connectNulls: true,
        symbolSize: 4,
        lineStyle: { width: 1.5 },
        silent: true,
      };
    }),
  };
}

export default function ChartCanvas({ label, spec, height = 280, formats, colors }: ChartCanvasProps) {
  const { t } = useTranslation();
  const { percent: percentText, count: countText } = texts(formats);
  const ref = useRef<HTMLDivElement>(null);
  const option = chartOption(spec, colors, formats);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg', locale: 'EN' });
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
    };
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (el) echarts.getInstanceByDom(el)?.setOption(option, true);
  });

  // A text alternative: every category with its values, as the tooltip would say them.
  const description = spec.categories
    .map(
      (cat, i) =>
        `${cat}: ${spec.series
          .map((s) => `${s.name} ${s.axis === 'percent' ? percentText(s.data[i]) : countText(s.data[i])}`)
          .join(', ')}`,
    )
    .join('; ');
  return (
    <figure style={{ margin: 0 }} data-testid="chart">
      <div
        ref={ref}
        role="img"
        aria-label={t('list.chartAlt', { label, values: description })}
        style={{ width: '100%', height }}
      />
    </figure>
  );
}
