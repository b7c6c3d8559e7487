import type { performersVi } from './performers.i18n.ts';

export const performersEn: typeof performersVi = {
  unit: 'Performing unit',
  caseUnit: 'The case’s unit',
  caseUnitHelp: 'Leave empty: the unit handling the case performs the step.',
  role: 'Role',
  position: 'Position',
  anyRole: 'Anyone in the unit',
  note: 'Performer note',
  notePlaceholder: 'E.g. one-stop desk, officer in charge',
  legend: 'Performer',
};
