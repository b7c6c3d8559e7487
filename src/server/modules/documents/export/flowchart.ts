import type { ProcedureStep } from '../../../../contract/documents.ts';
import { SVG_FONT_FAMILY } from '../../../platform/papers/fonts.ts';
import { type Chart, type ChartEdge, type ChartNode, layoutFlowchart } from './flowchart.layout.ts';

const STROKE = '#1f1f1f';
const FILL = { terminal: '#e8eef7', step: '#ffffff', band: '#f2f2f2', decision: '#fff7e0' };

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);
const n = (v: number) => Math.round(v * 10) / 10;

function text(t: { text: string; x: number; y: number; bold?: boolean }, anchor = 'middle') {
  const weight = t.bold ? ' font-weight="bold"' : '';
  return `<text x="${n(t.x)}" y="${n(t.y)}" font-size="11"${weight} text-anchor="${anchor}" fill="${STROKE}">${escapeXml(t.text)}</text>`;
}

function node(nd: ChartNode): string {
  const { x, y, width, height } = nd.box;
  const attrs = nd.stepId ? ` data-step="${escapeXml(nd.stepId)}"` : '';
  const parts: string[] = [];
  if (nd.kind === 'start' || nd.kind === 'end') {
    parts.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" rx="${n(height / 2)}" fill="${FILL.terminal}" stroke="${STROKE}" stroke-width="1.2"/>`,
    );
  } else {
    const band = nd.divider! - y;
    parts.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="${FILL.step}" stroke="${STROKE}" stroke-width="1.2"/>`,
      `<rect x="${n(x + 0.6)}" y="${n(y + 0.6)}" width="${n(width - 1.2)}" height="${n(band - 0.6)}" fill="${FILL.band}"/>`,
      `<line x1="${n(x)}" y1="${n(nd.divider!)}" x2="${n(x + width)}" y2="${n(nd.divider!)}" stroke="${STROKE}" stroke-width="0.6"/>`,
    );
  }
  if (nd.diamond) {
    const { cx, cy, halfWidth: a, halfHeight: b } = nd.diamond;
    parts.push(
      arrow([
        [cx, y + height],
        [cx, cy - b],
      ]),
      `<polygon class="diamond" points="${n(cx)},${n(cy - b)} ${n(cx + a)},${n(cy)} ${n(cx)},${n(cy + b)} ${n(cx - a)},${n(cy)}" fill="${FILL.decision}" stroke="${STROKE}" stroke-width="1.2"/>`,
    );
  }
  parts.push(...nd.lines.map((l) => text(l)));
  return `<g class="node" data-kind="${nd.kind}"${attrs}>${parts.join('')}</g>`;
}

/** A polyline ending in a filled arrowhead (drawn, not a marker: every renderer agrees). */
function arrow(points: Array<[number, number]>): string {
  const d = points.map(([x, y], i) => `${i ? 'L' : 'M'}${n(x)} ${n(y)}`).join(' ');
  const [[x1, y1], [x2, y2]] = points.slice(-2);
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const head = (da: number): string =>
    `${n(x2 - 7 * Math.cos(angle + da))},${n(y2 - 7 * Math.sin(angle + da))}`;
  return (
    `<path d="${d}" fill="none" stroke="${STROKE}" stroke-width="1"/>` +
    `<polygon points="${n(x2)},${n(y2)} ${head(0.4)} ${head(-0.4)}" fill="${STROKE}"/>`
  );
}

function edge(e: ChartEdge): string {
  const label = e.label && e.labelAt;
  const parts = [arrow(e.points)];
  if (label) {
    parts.push(text({ text: e.label!, x: e.labelAt![0], y: e.labelAt![1], bold: true }, e.labelAnchor));
  }
  const attrs = `data-from="${escapeXml(e.from)}" data-to="${escapeXml(e.to)}"${e.label ? ` data-label="${e.label}"` : ''}`;
  return `<g class="edge" ${attrs}>${parts.join('')}</g>`;
}

/**
 * The chart, or the band of it from `top` down `height` points. Bands have no background,
 * so a page's watermark shows between the shapes.
 */
function chartSvg(chart: Chart, band?: { top: number; height: number }) {
  const { width } = chart;
  const { top, height } = band ?? { top: 0, height: chart.height };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 ${n(top)} ${n(width)} ${n(height)}" font-family="${SVG_FONT_FAMILY}">`,
    ...(band ? [] : [`<rect width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`]),
    // A band draws only what reaches into it: a long chart costs its length, not its square.
    ...chart.nodes.filter((nd) => nd.top < top + height && nd.bottom > top).map(node),
    ...chart.edges
      .filter((e) => {
        const ys = e.points.map(([, y]) => y);
        return Math.min(...ys) < top + height && Math.max(...ys) > top;
      })
      .map(edge),
    '</svg>',
  ].join('\n');
}

export function flowchartSvg(steps: ProcedureStep[]): string {
  return chartSvg(layoutFlowchart(steps));
}

/**
 * The chart cut between nodes into horizontal bands no taller than `maxHeight` (a node
 * taller than that gets a band of its own). Stacked with no gap the bands show the whole
 * chart again, yet a page break may fall between any two of them, so a long chart fills
 * the page it starts on and runs on over the next.
 */
export function flowchartBands(steps: ProcedureStep[], maxHeight: number) {
  const chart = layoutFlowchart(steps);
  const bands: Array<{ top: number; height: number }> = [];
  let top = 0;
  while (chart.height - top > maxHeight) {
    const fits = chart.cuts.filter((c) => c > top && c - top <= maxHeight);
    const cut = fits.at(-1) ?? chart.cuts.find((c) => c > top) ?? chart.height;
    bands.push({ top, height: cut - top });
    top = cut;
  }
  bands.push({ top, height: chart.height - top });
  return bands.map((band) => ({ svg: chartSvg(chart, band), width: chart.width, height: band.height }));
}
