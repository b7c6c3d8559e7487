import type { ProcedureStep } from '../../../../contract/documents.ts';
import { textWidth, wrapText } from '../../../platform/papers/fonts.ts';

/**
 * Lưu đồ: the steps top to bottom in their order, start and end as rounded boxes. A step
 * with a condition is its box followed by a diamond; the branch that goes on to the next
 * step leaves downwards, a branch back to an earlier step runs around the left side and
 * one that skips ahead around the right, each in its own lane.
 */
export const CHART_WIDTH = 453; // the A4 text width in points, so the PDF draws it 1:1
const CENTER = CHART_WIDTH / 2;
const BOX_WIDTH = 290;
const BOX_LEFT = CENTER - BOX_WIDTH / 2;
const TERMINAL = { width: 130, height: 28 };
const DIAMOND_HALF_WIDTH = 118;
const DIAMOND_TEXT_WIDTH = 150;
const SIZE = 11;
const LINE = SIZE * 1.25;
const PAD = 6;
const GAP = 28;
const LANE_STEP = 11;
const MAX_LANES = 5;

export type Line = { text: string; x: number; y: number; bold?: boolean; anchor?: 'middle' | 'start' };
export type Box = { x: number; y: number; width: number; height: number };
export type ChartNode = {
  kind: 'start' | 'end' | 'step' | 'decision';
  stepId?: string;
  box: Box;
  /** y of the line between the "who" band and the action, for steps. */
  divider?: number;
  diamond?: { cx: number; cy: number; halfWidth: number; halfHeight: number };
  lines: Line[];
  /** Where the node's own outflow leaves: the diamond's bottom for a decision. */
  bottom: number;
  top: number;
};
export type ChartEdge = {
  from: string;
  to: string;
  label?: 'Có' | 'Không';
  points: Array<[number, number]>;
  labelAt?: [number, number];
  labelAnchor?: 'start' | 'end';
};
export type Chart = {
  width: number;
  height: number;
  nodes: ChartNode[];
  edges: ChartEdge[];
  /** y positions between nodes where the chart may be cut into pages. */
  cuts: number[];
};

const nodeId = (n: ChartNode) => n.stepId ?? n.kind;

function stepNode(step: ProcedureStep, top: number): ChartNode {
  const inner = BOX_WIDTH - 2 * PAD;
  const who = wrapText(`${step.id}. ${step.who}`, inner, SIZE, true);
  const action = wrapText(step.action, inner, SIZE);
  const lines: Line[] = [];
  let y = top + PAD + SIZE;
  for (const text of who) {
    lines.push({ text, x: CENTER, y, bold: true });
    y += LINE;
  }
  const divider = y - SIZE + PAD / 2;
  y += PAD;
  for (const text of action) {
    lines.push({ text, x: CENTER, y });
    y += LINE;
  }
  const height = y - LINE + PAD + 4 - top;
  const box = { x: BOX_LEFT, y: top, width: BOX_WIDTH, height };
  const node: ChartNode = { kind: 'step', stepId: step.id, box, divider, lines, top, bottom: top + height };
  if (!step.condition) return node;
  const question = wrapText(step.condition, DIAMOND_TEXT_WIDTH, SIZE);
  const textHeight = question.length * LINE;
  const widest = Math.max(...question.map((q) => textWidth(q, SIZE)));
  // The text block fits inside when w/(2a) + h/(2b) <= 1.
  const halfHeight = Math.max(24, textHeight / (2 * (1 - widest / (2 * DIAMOND_HALF_WIDTH))) + 2);
  const cy = top + height + 18 + halfHeight;
  question.forEach((text, i) => {
    lines.push({ text, x: CENTER, y: cy - textHeight / 2 + SIZE * 0.95 + i * LINE });
  });
  return {
    ...node,
    kind: 'decision',
    diamond: { cx: CENTER, cy, halfWidth: DIAMOND_HALF_WIDTH, halfHeight },
    bottom: cy + halfHeight,
  };
}

function terminal(kind: 'start' | 'end', top: number): ChartNode {
  const box = { x: CENTER - TERMINAL.width / 2, y: top, ...TERMINAL };
  const text = kind === 'start' ? 'Bắt đầu' : 'Kết thúc';
  return {
    kind,
    box,
    lines: [{ text, x: CENTER, y: top + TERMINAL.height / 2 + SIZE * 0.35, bold: true }],
    top,
    bottom: top + TERMINAL.height,
  };
}

export function layoutFlowchart(steps: ProcedureStep[]): Chart {
  const nodes: ChartNode[] = [terminal('start', 10)];
  for (const step of steps) nodes.push(stepNode(step, nodes.at(-1)!.bottom + GAP));
  nodes.push(terminal('end', nodes.at(-1)!.bottom + GAP));
  const cuts = nodes.slice(1).map((n) => n.top - GAP / 2);
  const edges: ChartEdge[] = [];
  const down = (from: ChartNode, to: ChartNode, label?: ChartEdge['label']): ChartEdge => ({
    from: nodeId(from),
    to: nodeId(to),
    label,
    points: [
      [CENTER, from.bottom],
      [CENTER, to.top],
    ],
    labelAt: label ? [CENTER + 6, from.bottom + 12] : undefined,
  });
  const lanes = { left: 0, right: 0 };
  const index = new Map(steps.map((s, i) => [s.id, i + 1]));
  nodes.forEach((node, i) => {
    if (node.kind === 'end') return;
    const next = nodes[i + 1];
    if (node.kind !== 'decision') {
      edges.push(down(node, next));
      return;
    }
    const step = steps[i - 1];
    const diamond = node.diamond!;
    const used = { left: false, right: false, down: false };
    const branches: Array<[ChartEdge['label'], string | undefined]> = [
      ['Có', step.yesNext],
      ['Không', step.noNext],
    ];
    for (const [label, targetId] of branches) {
      const targetIndex = (targetId && index.get(targetId)) || i + 1;
      const target = nodes[targetIndex];
      if (targetIndex === i + 1 && !used.down) {
        used.down = true;
        edges.push(down(node, target, label));
        continue;
      }
      const side = targetIndex <= i ? 'left' : 'right';
      const sign = side === 'left' ? -1 : 1;
      const lane =
        side === 'left'
          ? BOX_LEFT - 14 - (lanes.left++ % MAX_LANES) * LANE_STEP
          : BOX_LEFT + BOX_WIDTH + 14 + (lanes.right++ % MAX_LANES) * LANE_STEP;
      const entryX = side === 'left' ? target.box.x : target.box.x + target.box.width;
      const entryY = target.box.y + Math.min(target.box.height / 2, 14);
      let exit: Array<[number, number]>;
      if (!used[side]) {
        used[side] = true;
        exit = [[diamond.cx + sign * diamond.halfWidth, diamond.cy]];
      } else {
        exit = [
          [diamond.cx, node.bottom],
          [diamond.cx, node.bottom + 8],
        ];
      }
      const [ex, ey] = exit.at(-1)!;
      edges.push({
        from: nodeId(node),
        to: nodeId(target),
        label,
        points: [...exit, [lane, ey], [lane, entryY], [entryX, entryY]],
        labelAt: [exit.length === 1 ? ex + sign * 4 : ex + sign * 6, ey - 4],
        labelAnchor: side === 'left' ? 'end' : 'start',
      });
    }
  });
  const last = nodes.at(-1)!;
  return { width: CHART_WIDTH, height: last.bottom + 10, nodes, edges, cuts };
}
