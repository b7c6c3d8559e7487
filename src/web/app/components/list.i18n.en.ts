import type { listVi } from './list.i18n.ts';

/** The English of list.i18n.ts. */
export const listEn: typeof listVi = {
  scrollCue: 'The table is wider than the view — scroll sideways to see the other columns',
  scrollRegion: '{{label}} (scrolls sideways)',
  cards: '{{label}} (cards)',
  chartEmpty: 'No data in this period — choose another period',
  chartAlt: '{{label}}. Figures: {{values}}',
  chartLoading: 'Loading the chart…',
};
