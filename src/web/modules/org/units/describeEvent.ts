import type { TFunction } from 'i18next';
import type { UnitEventView, UnitView } from '../../../../contract/org.ts';
import { formatDate } from '../../../app/format.ts';

/**
 * One line of the organisation's history, e.g. "Ngày 01/07/2025: Vụ A và Vụ B sáp nhập thành
 * Vụ C — QĐ số 123/QĐ-BKHCN". Names come from the event's snapshot (as they were then).
 */
export function describeEvent(event: UnitEventView, units: Map<string, UnitView>, t: TFunction): string {
  const name = (side: 'from' | 'to') => (id: string) =>
    event.snapshot[side][id]?.name ?? units.get(id)?.name ?? '?';
  const from = event.fromUnitIds.map(name('from')).join(t('org.history.and'));
  const to = event.toUnitIds.map(name('to')).join(t('org.history.and'));
  let what: string;
  switch (event.kind) {
    case 'create':
      what = t('org.history.create', { to });
      break;
    case 'rename':
      what = t('org.history.rename', { from, to });
      break;
    case 'merge': {
      // A unit founded on the merge's date was created by it: "thành"; otherwise "vào".
      const target = units.get(event.toUnitIds[0] ?? '');
      const founded = target?.validFrom === event.effectiveDate;
      what = t(founded ? 'org.history.mergeNew' : 'org.history.mergeInto', { from, to });
      break;
    }
    case 'split':
      what = t('org.history.split', { from, to });
      break;
    case 'dissolve':
      what = to ? t('org.history.dissolveMove', { from, to }) : t('org.history.dissolve', { from });
      break;
  }
  const decision = event.decisionRef ? ` — ${t('org.history.decision', { ref: event.decisionRef })}` : '';
  return `${t('org.history.on', { date: formatDate(event.effectiveDate) })}: ${what}${decision}`;
}
