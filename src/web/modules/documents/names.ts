import { type DocumentSection, documentSectionNames } from '../../../contract/document-reports.ts';
import {
  type DocumentType,
  documentTypeNames,
  documentTypes,
  type SignatureMeaning,
  signatureMeaningNames,
  type TransitionAction,
  type VersionState,
  versionStateNames,
} from '../../../contract/documents.ts';
import { i18n, pick } from '../../app/i18n/index.ts';

/** Display names from the contract's bilingual tables, in the current language. */
export const typeName = (type: DocumentType) => pick(documentTypeNames[type]);
export const typeOptions = () => documentTypes.map((type) => ({ value: type, label: typeName(type) }));
export const stateName = (state: VersionState) => pick(versionStateNames[state]);
export const meaningName = (meaning: SignatureMeaning) => pick(signatureMeaningNames[meaning]);

/** "5. Nội dung quy trình" — procedures number their sections like the paper. */
export function sectionTitle(section: DocumentSection): string {
  const names = documentSectionNames[section];
  return names.number ? `${names.number}. ${pick(names)}` : pick(names);
}

/** The button of each transition (UX: the verb the person does now). */
export const actionLabel = (action: TransitionAction) => i18n.t(`documents.actions.${action}`);

/** Procedures carry steps and a flowchart; other types mostly free text. */
export const isProcedure = (type: DocumentType) =>
  type === 'system_procedure' || type === 'business_procedure';

/** Issue numbers as on the paper: "04". */
export const issueNoText = (n: number) => String(n).padStart(2, '0');
