// Who performs the demo procedures' steps, structured (issue 9): the steps another unit
// does — Văn phòng Bộ's one-stop desk and văn thư, Vụ Pháp chế's legal review, the
// ministry's leaders, who sit in Văn phòng Bộ — and the case unit's head. Keyed by the
// step's words, which stay as its note; steps not listed keep the case's own unit.
import type { Role } from '../../../contract/roles.ts';
import { demoUnits } from '../demo-org.ts';

/** unit: a unit code (absent: the case's own unit); role: only its people holding it. */
export const demoPerformers: Record<string, { unit?: string; role?: Role }> = {
  'Bộ phận Một cửa': { unit: 'VP' },
  'Văn thư Bộ': { unit: 'VP' },
  'Văn thư Bộ; Bộ phận Một cửa': { unit: 'VP' },
  'Văn phòng Bộ': { unit: 'VP' },
  'Văn phòng Bộ; các đơn vị': { unit: 'VP' },
  'Văn phòng Bộ; đơn vị chủ trì': { unit: 'VP' },
  'Chánh Văn phòng': { unit: 'VP', role: 'unit_head' },
  'Vụ Pháp chế': { unit: 'PC' },
  'Lãnh đạo Vụ Pháp chế': { unit: 'PC', role: 'unit_head' },
  'Vụ Kế hoạch - Tài chính': { unit: 'KHTC' },
  'Vụ Quản lý doanh nghiệp': { unit: 'QLDN' },
  'Lãnh đạo Vụ Quản lý doanh nghiệp': { unit: 'QLDN', role: 'unit_head' },
  'Chuyên viên Vụ Thi đua - Khen thưởng': { unit: 'TDKT', role: 'staff' },
  'Lãnh đạo Bộ': { unit: 'VP', role: 'leadership' },
  'Bộ trưởng': { unit: 'VP', role: 'leadership' },
  'Lãnh đạo đơn vị': { role: 'unit_head' },
};

/**
 * The performer the demo gives a step's words: listed above, or "Lãnh đạo <unit>" or "Vụ trưởng
 * <unit>" (its head) and "Chuyên viên <unit>" (its staff) for any unit of the demo; else none.
 */
export function demoPerformer(who: string): { unit?: string; role?: Role } | undefined {
  const known = demoPerformers[who];
  if (known) return known;
  for (const [prefix, role] of [
    ['Lãnh đạo ', 'unit_head'],
    ['Vụ trưởng ', 'unit_head'],
    ['Chuyên viên ', 'staff'],
  ] as const) {
    const unit = who.startsWith(prefix) && demoUnits.find((u) => u.name === who.slice(prefix.length));
    if (unit) return { unit: unit.code, role };
  }
  return undefined;
}
