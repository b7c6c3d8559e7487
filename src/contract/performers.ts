import type { DocumentContent, ProcedureStep, StepPerformer } from './documents.ts';
import { type Role, roleNames } from './roles.ts';

/*
 * Step performers of content written before they were structured. Signed content is never
 * rewritten (its hash is what the signatures hold), so the structure is derived when the
 * content is read: a "who" naming a unit of the agency → that unit; anything else → the
 * case's own unit, the words kept as a note. The editor saves the derived performer with
 * the next revision.
 */

type UnitName = { id: string; name: string; code?: string };

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

/** The performer a step's words name: a unit whose name (or code) they are, else the case's unit. */
export function performerFromText(who: string, units: readonly UnitName[]): StepPerformer {
  const text = norm(who);
  const unit = text
    ? units.find((u) => norm(u.name) === text || (u.code && norm(u.code) === text))
    : undefined;
  return unit ? { unitId: unit.id } : {};
}

/** The step with a structured performer: its own, or one derived from its words. */
export const withPerformer = (step: ProcedureStep, units: readonly UnitName[]): ProcedureStep =>
  step.performer ? step : { ...step, performer: performerFromText(step.who, units) };

/** The content with every step's performer structured (see withPerformer). */
export const withPerformers = (content: DocumentContent, units: readonly UnitName[]): DocumentContent =>
  content.steps.every((s) => s.performer)
    ? content
    : { ...content, steps: content.steps.map((s) => withPerformer(s, units)) };

type Names = {
  unitName: (id: string) => string | undefined;
  positionName?: (id: string) => string | undefined;
  caseUnit: string;
  role: (role: Role) => string;
};

/**
 * The performer as one line, as procedures print it: another unit by name — "Văn phòng Bộ
 * (Bộ phận Một cửa)", "Vụ Pháp chế — Lãnh đạo đơn vị"; the case's own unit by the role,
 * position or words alone ("Chuyên viên"), as the procedure's own unit always was, or by
 * the caller's words for it when nothing else is said. The note is left out when it only
 * repeats the unit's name.
 */
export function performerLabel(step: Pick<ProcedureStep, 'who' | 'performer'>, names: Names): string {
  const p = step.performer;
  if (!p) return step.who;
  const unit = p.unitId ? names.unitName(p.unitId) : undefined;
  const who = [
    p.role ? names.role(p.role) : '',
    p.positionId ? (names.positionName?.(p.positionId) ?? '') : '',
  ]
    .filter(Boolean)
    .join(', ');
  const note = norm(step.who);
  // Words that name the unit already say it all ("Lãnh đạo Vụ Bưu chính"); words that only
  // repeat the unit or the role add nothing.
  if (unit && note && note !== norm(unit) && note.includes(norm(unit))) return step.who;
  const extra = note && note !== norm(unit ?? '') && note !== norm(who) ? ` (${step.who})` : '';
  if (unit) return [unit, who].filter(Boolean).join(' — ') + extra;
  if (who) return who + extra;
  return step.who || names.caseUnit;
}

/** The unit a step's performer names, for a flowchart's lane: the unit, else the case's unit. */
export const performerUnitName = (step: Pick<ProcedureStep, 'performer'>, names: Names): string =>
  (step.performer?.unitId && names.unitName(step.performer.unitId)) || names.caseUnit;

export const caseUnitWords = { vi: 'Đơn vị xử lý công việc', en: 'The case’s unit' };
export const roleWords = (lang: 'vi' | 'en') => (r: Role) => roleNames[r][lang];
