/*
 * The objectives module's public surface: other modules import only this file. Quality
 * objectives (mục tiêu chất lượng) read the other modules' measures through their public
 * surfaces (cases' caseMeasures, nonconformities' ncMeasures); the reports and the public
 * page will read an objective's indicator values from here.
 */

export { measureValue } from './objectives.measures.ts';
export { indicatorSeries, listObjectives } from './objectives.queries.ts';
export { remindPlanActions } from './objectives.work.ts';
export type { DeclarationProvider, PublicDeclaration } from './public/public.page.ts';
