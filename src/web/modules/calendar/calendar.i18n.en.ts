import type { calendarVi } from './calendar.i18n.ts';

export const calendarEn: typeof calendarVi = {
  title: 'Working calendar',
  subtitle:
    'Public holidays, Tết and swapped working days as announced by the Government; deadlines are counted in working days.',
  year: 'Year',
  prevYear: 'Previous year',
  nextYear: 'Next year',
  add: 'Add day',
  date: 'Date',
  kind: 'Type of day',
  holiday: 'Day off',
  workingDay: 'Swapped working day',
  nameVi: 'Name in Vietnamese',
  nameEn: 'Name in English',
  createTitle: 'Add a day to the calendar',
  editTitle: 'Edit {{date}}',
  saved: '{{date}} saved.',
  deleteConfirm:
    'Remove {{date}} ({{name}}) from the calendar? Deadlines counted in working days change accordingly.',
  deleted: '{{date}} removed from the calendar.',
  deleteLabel: 'Remove {{date}}',
  editLabel: 'Edit {{date}}',
  empty: 'No public holidays or swapped working days in {{year}} yet.',
  month: '{{name}}',
  readOnly: 'Only agency-wide administrators may edit the working calendar.',
};
