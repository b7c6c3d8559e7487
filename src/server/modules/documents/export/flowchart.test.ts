import { describe, expect, it } from 'vitest';
import type { ProcedureStep } from '../../../../contract/documents.ts';
import { textWidth } from '../../../platform/papers/fonts.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { documentDriver, steps } from './export.testing.ts';
import { layoutFlowchart } from './flowchart.layout.ts';
import { flowchartBands, flowchartSvg } from './flowchart.ts';
import { svgToPng } from './png.ts';

const ctx = setupTestApp();

const count = (svg: string, pattern: RegExp) => (svg.match(new RegExp(pattern, 'g')) ?? []).length;
const edgesOf = (svg: string) =>
  [...svg.matchAll(/<g class="edge" data-from="([^"]+)" data-to="([^"]+)"(?: data-label="([^"]+)")?>/g)].map(
    ([, from, to, label]) => ({ from, to, label }),
  );

/** Five steps: B2 loops back to B1 on "Không"; B3 skips ahead to B5 on "Không". */
const branching: ProcedureStep[] = [
  ...steps.slice(0, 2),
  { ...steps[2], condition: 'Cần Lãnh đạo Bộ cho ý kiến?', yesNext: 'B4', noNext: 'B5' },
  {
    id: 'B4',
    action: 'Trình Lãnh đạo Bộ <cho ý kiến> & quyết định',
    who: 'Vụ trưởng',
    durationDays: 2,
    output: '',
  },
  { id: 'B5', action: 'Lưu hồ sơ', who: 'Văn thư', durationDays: 1, output: 'Hồ sơ' },
];

describe('flowchart (lưu đồ)', () => {
  it('draws one node per step between start and end, a diamond per condition, and labelled branches', () => {
    const svg = flowchartSvg(branching);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('font-family="Tinos, Times New Roman, serif"');
    expect(count(svg, /<g class="node"/)).toBe(branching.length + 2);
    expect(count(svg, /data-kind="start"/)).toBe(1);
    expect(count(svg, /data-kind="end"/)).toBe(1);
    for (const step of branching) expect(svg).toContain(`data-step="${step.id}"`);
    expect(count(svg, /class="diamond"/)).toBe(branching.filter((s) => s.condition).length);
    expect(edgesOf(svg)).toEqual([
      { from: 'start', to: 'B1', label: undefined },
      { from: 'B1', to: 'B2', label: undefined },
      { from: 'B2', to: 'B3', label: 'Có' },
      { from: 'B2', to: 'B1', label: 'Không' },
      { from: 'B3', to: 'B4', label: 'Có' },
      { from: 'B3', to: 'B5', label: 'Không' },
      { from: 'B4', to: 'B5', label: undefined },
      { from: 'B5', to: 'end', label: undefined },
    ]);
    expect(svg).toContain('>Có</text>');
    expect(svg).toContain('>Không</text>');
    // Vietnamese kept exact (wrapped over lines); markup in a step's text is escaped.
    const texts = [...svg.matchAll(/>([^<]*)<\/text>/g)].map(([, t]) => t).join(' ');
    expect(texts).toContain(
      'Quy trình kiểm soát tài liệu; Lãnh đạo Bộ phê duyệt; Điều chỉnh, ưu tiên, hướng dẫn',
    );
    expect(texts).toContain('B2. Lãnh đạo đơn vị');
    expect(texts).toContain('Trình Lãnh đạo Bộ &lt;cho ý kiến&gt; &amp; quyết định');
  });

  it('routes a branch back around the left side and a skip ahead around the right, outside the boxes', () => {
    const chart = layoutFlowchart(branching);
    const step = (id: string) => chart.nodes.find((n) => n.stepId === id)!;
    const back = chart.edges.find((e) => e.from === 'B2' && e.to === 'B1')!;
    const skip = chart.edges.find((e) => e.from === 'B3' && e.to === 'B5')!;
    const boxLeft = step('B1').box.x;
    const boxRight = boxLeft + step('B1').box.width;
    expect(Math.min(...back.points.map(([x]) => x))).toBeLessThan(boxLeft);
    expect(back.points.at(-1)).toEqual([boxLeft, expect.any(Number)]);
    expect(back.points.at(-1)![1]).toBeLessThan(step('B2').box.y);
    expect(Math.max(...skip.points.map(([x]) => x))).toBeGreaterThan(boxRight);
    expect(skip.points.at(-1)![1]).toBeGreaterThan(step('B4').bottom);
    // Nodes follow the steps' order downwards and every line of text fits in its box.
    const tops = chart.nodes.map((n) => n.top);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    for (const node of chart.nodes) {
      for (const line of node.lines) expect(textWidth(line.text, 11, line.bold)).toBeLessThan(node.box.width);
    }
    expect(Math.max(...chart.edges.flatMap((e) => e.points.map(([x]) => x)))).toBeLessThanOrEqual(
      chart.width,
    );
    expect(Math.min(...chart.edges.flatMap((e) => e.points.map(([x]) => x)))).toBeGreaterThanOrEqual(0);
  });

  it('cuts a long chart between nodes into bands that add up to the whole', () => {
    const many: ProcedureStep[] = Array.from({ length: 30 }, (_, i) => ({
      id: `B${i + 1}`,
      action: `Bước xử lý số ${i + 1} của quy trình tiếp nhận và giải quyết hồ sơ`,
      who: 'Chuyên viên',
      durationDays: 1,
      output: '',
    }));
    const whole = layoutFlowchart(many);
    const bands = flowchartBands(many, 180);
    expect(bands.length).toBeGreaterThan(5);
    expect(bands.reduce((sum, b) => sum + b.height, 0)).toBeCloseTo(whole.height, 5);
    for (const band of bands) expect(band.height).toBeLessThanOrEqual(180);
    expect(bands[1].svg).toMatch(/viewBox="0 [1-9][\d.]* /);
    // Each band holds only the nodes that reach into it.
    expect(bands.at(-1)!.svg).not.toContain('data-step="B1"');
    expect(bands.at(-1)!.svg).toContain('data-kind="end"');
    expect(bands.filter((b) => b.svg.includes('data-step="B15"')).length).toBeLessThanOrEqual(2);
  });

  it('renders to PNG with the bundled font', () => {
    const png = svgToPng(flowchartSvg(steps), 1);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(5000);
  });

  it('serves the SVG of a version to those who may read it, and 404 to others', async () => {
    const drive = documentDriver(ctx);
    const { versionId } = await drive.draft({ code: 'QT-X1-09', title: 'Quy trình kiểm soát hồ sơ' });
    const url = `/api/v1/document-versions/${versionId}/flowchart.svg`;
    const officer = await ctx.as('x.unit_iso_officer');
    const response = await officer.get(url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(response.body).toBe(flowchartSvg(steps));
    expect((await (await ctx.as('x2.staff')).get(url)).status).toBe(404);
    expect((await (await ctx.as('y.admin')).get(url)).status).toBe(404);
    await drive.issue(versionId, { issueDate: '2017-12-20', effectiveDate: '2017-12-20' });
    expect((await (await ctx.as('x2.staff')).get(url)).status).toBe(200);
  });
});
