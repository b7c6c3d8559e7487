import { Flex, Typography, theme } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseMeasures } from '../../../../contract/case-measures.ts';
import { formatNumber } from '../../../app/format.ts';

const W = 720;
const H = 240;
const PAD = { left: 40, right: 44, top: 12, bottom: 28 };

const percent = (rate: number | null) => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);
const monthLabel = (month: string) => `${month.slice(5)}/${month.slice(0, 4)}`;

function useColors() {
  const { token } = theme.useToken();
  return {
    started: token.colorPrimary,
    finished: token.colorSuccess,
    rate: token.colorWarning,
    grid: token.colorBorderSecondary,
    text: token.colorTextSecondary,
  };
}

function Legend({ items }: { items: Array<{ color: string; label: string; line?: boolean }> }) {
  return (
    <Flex gap={16} wrap aria-hidden>
      {items.map((i) => (
        <Typography.Text key={i.label} type="secondary">
          <span
            style={{
              display: 'inline-block',
              width: 12,
              height: i.line ? 3 : 12,
              background: i.color,
              marginInlineEnd: 6,
              verticalAlign: 'middle',
            }}
          />
          {i.label}
        </Typography.Text>
      ))}
    </Flex>
  );
}

/** Cases started and finished each month (bars), and the on-time rate (line, right axis). */
export function MonthlyChart({ rows }: { rows: CaseMeasures['byMonth'] }) {
  const { t } = useTranslation();
  const c = useColors();
  const titleId = useId();
  const max = Math.max(1, ...rows.flatMap((r) => [r.started, r.finished]));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(rows.length, 1);
  const bar = Math.max(2, Math.min(18, slot / 2.6));
  const y = (n: number) => PAD.top + plotH - (n / max) * plotH;
  const yRate = (r: number) => PAD.top + plotH - r * plotH;
  const labelEvery = Math.ceil(rows.length / 12);
  const points = rows
    .map((r, i) => (r.onTimeRate === null ? null : `${PAD.left + slot * (i + 0.5)},${yRate(r.onTimeRate)}`))
    .filter(Boolean);
  const description = rows
    .map((r) => `${monthLabel(r.month)}: ${r.started} / ${r.finished} / ${percent(r.onTimeRate)}`)
    .join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${t('caseMeasures.monthlyChart')} ${description}`}</title>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(max * f)} y2={y(max * f)} stroke={c.grid} />
            <text x={PAD.left - 6} y={y(max * f) + 4} textAnchor="end" fontSize={11} fill={c.text}>
              {formatNumber(Math.round(max * f))}
            </text>
            <text x={W - PAD.right + 6} y={yRate(f) + 4} fontSize={11} fill={c.text}>
              {`${f * 100}%`}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const x = PAD.left + slot * (i + 0.5);
          return (
            <g key={r.month}>
              <rect x={x - bar} y={y(r.started)} width={bar} height={y(0) - y(r.started)} fill={c.started} />
              <rect x={x} y={y(r.finished)} width={bar} height={y(0) - y(r.finished)} fill={c.finished} />
              {i % labelEvery === 0 && (
                <text x={x} y={H - 8} textAnchor="middle" fontSize={11} fill={c.text}>
                  {monthLabel(r.month)}
                </text>
              )}
            </g>
          );
        })}
        {points.length > 1 && (
          <polyline points={points.join(' ')} fill="none" stroke={c.rate} strokeWidth={2} />
        )}
        {points.map((p) => {
          const [cx, cy] = (p as string).split(',');
          return <circle key={p} cx={cx} cy={cy} r={3} fill={c.rate} />;
        })}
      </svg>
      <Legend
        items={[
          { color: c.started, label: t('caseMeasures.started') },
          { color: c.finished, label: t('caseMeasures.finished') },
          { color: c.rate, label: t('caseMeasures.onTime'), line: true },
        ]}
      />
    </figure>
  );
}

/** Cases started and finished by each unit: two horizontal bars per unit, with the on-time rate. */
export function UnitChart({ rows }: { rows: CaseMeasures['byUnit'] }) {
  const { t } = useTranslation();
  const c = useColors();
  const titleId = useId();
  const max = Math.max(1, ...rows.flatMap((r) => [r.started, r.finished]));
  const labelW = 220;
  const rowH = 30;
  const height = rows.length * rowH + 8;
  const x = (n: number) => labelW + (n / max) * (W - labelW - 110);
  const description = rows
    .map((r) => `${r.unitName}: ${r.started} / ${r.finished} / ${percent(r.onTimeRate)}`)
    .join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`${t('caseMeasures.unitChart')} ${description}`}</title>
        {rows.map((r, i) => {
          const top = 4 + i * rowH;
          const name = r.unitName.length > 34 ? `${r.unitName.slice(0, 33)}…` : r.unitName;
          return (
            <g key={r.unitId}>
              <text x={labelW - 8} y={top + 17} textAnchor="end" fontSize={12} fill={c.text}>
                {name}
              </text>
              <rect x={labelW} y={top + 3} width={x(r.started) - labelW} height={10} fill={c.started} />
              <rect x={labelW} y={top + 14} width={x(r.finished) - labelW} height={10} fill={c.finished} />
              <text x={Math.max(x(r.started), x(r.finished)) + 6} y={top + 17} fontSize={11} fill={c.text}>
                {`${r.started} / ${r.finished} · ${percent(r.onTimeRate)}`}
              </text>
            </g>
          );
        })}
      </svg>
      <Legend
        items={[
          { color: c.started, label: t('caseMeasures.started') },
          { color: c.finished, label: t('caseMeasures.finished') },
        ]}
      />
    </figure>
  );
}

export { monthLabel, percent };
