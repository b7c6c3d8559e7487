import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ProcedureStep } from '../../../../contract/documents.ts';
import {
  caseUnitWords,
  performerFromText,
  performerLabel,
  roleWords,
} from '../../../../contract/performers.ts';
import { setupTestApp } from '../../../testing/test-app.ts';
import { seedProcedure } from '../../cases/cases.fixture.ts';
import { contentHash } from '../documents.repository.ts';
import { documentVersions } from '../documents.table.ts';

const ctx = setupTestApp();

describe('structured step performers', () => {
  it('reads a performer written as words: a unit’s name → that unit, anything else → the case’s unit', () => {
    const units = [
      { id: 'vp', name: 'Văn phòng Bộ', code: 'VP' },
      { id: 'pc', name: 'Vụ Pháp chế', code: 'PC' },
    ];
    expect(performerFromText('Vụ Pháp chế', units)).toEqual({ unitId: 'pc' });
    expect(performerFromText('  văn phòng   bộ ', units)).toEqual({ unitId: 'vp' });
    expect(performerFromText('Chuyên viên', units)).toEqual({});
    const names = {
      unitName: (id: string) => units.find((u) => u.id === id)?.name,
      caseUnit: caseUnitWords.vi,
      role: roleWords('vi'),
    };
    const label = (who: string, performer?: ProcedureStep['performer']) =>
      performerLabel({ who, performer }, names);
    expect(label('Bộ phận Một cửa', { unitId: 'vp' })).toBe('Văn phòng Bộ (Bộ phận Một cửa)');
    expect(label('Vụ Pháp chế', { unitId: 'pc', role: 'unit_head' })).toBe('Vụ Pháp chế — Lãnh đạo đơn vị');
    expect(label('Chuyên viên', {})).toBe('Chuyên viên');
    expect(label('', {})).toBe('Đơn vị xử lý công việc');
    expect(label('Chuyên viên', undefined)).toBe('Chuyên viên');
    expect(label('Lãnh đạo Vụ Pháp chế', { unitId: 'pc', role: 'unit_head' })).toBe('Lãnh đạo Vụ Pháp chế');
    expect(label('Lãnh đạo đơn vị', { unitId: 'vp', role: 'unit_head' })).toBe(
      'Văn phòng Bộ — Lãnh đạo đơn vị',
    );
  });

  it('shows old free-text performers structured without touching the signed content; exports name the unit', async () => {
    const x2 = ctx.fixture.units.x2.id;
    const steps: ProcedureStep[] = [
      { id: 'B1', action: 'Tiếp nhận', who: 'Vụ Hai', durationDays: 1, output: '' },
      { id: 'B2', action: 'Xử lý', who: 'Chuyên viên', durationDays: 2, output: '' },
      {
        id: 'B3',
        action: 'Thẩm định',
        who: 'Tổ thẩm định',
        performer: { unitId: x2, role: 'unit_head' },
        durationDays: 1,
        output: '',
      },
    ];
    const p = await seedProcedure(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
      steps,
    });
    const officer = await ctx.as('x.unit_iso_officer');
    const view = await officer.get(`/api/v1/document-versions/${p.versionId}`);
    expect(view.status).toBe(200);
    expect(view.body.content.steps.map((s: ProcedureStep) => s.performer)).toEqual([
      { unitId: x2 },
      {},
      { unitId: x2, role: 'unit_head' },
    ]);
    expect(view.body.content.steps[1].who).toBe('Chuyên viên');
    // The stored content is as written, so the hash its signatures hold still matches.
    const [stored] = await ctx.database.db
      .select()
      .from(documentVersions)
      .where(eq(documentVersions.id, p.versionId));
    expect((stored.content as { steps: ProcedureStep[] }).steps[0].performer).toBeUndefined();
    expect(stored.contentHash).toBe(contentHash(stored.title, stored.content as never));

    const svg = (await officer.get(`/api/v1/document-versions/${p.versionId}/flowchart.svg`)).body as string;
    expect(svg).toContain('B1. Vụ Hai');
    expect(svg).toContain('B2. Chuyên viên');
    expect(svg).toMatch(/Vụ Hai — Lãnh đạo/);
  });
});
