import { describe, expect, it } from 'vitest';
import { shellEn } from '../web/app/shell.i18n.en.ts';
import { shellVi } from '../web/app/shell.i18n.ts';
import { calendarEn } from '../web/modules/calendar/calendar.i18n.en.ts';
import { calendarVi } from '../web/modules/calendar/calendar.i18n.ts';
import { casesEn } from '../web/modules/cases/cases.i18n.en.ts';
import { casesVi } from '../web/modules/cases/cases.i18n.ts';
import { documentsEn } from '../web/modules/documents/documents.i18n.en.ts';
import { documentsVi } from '../web/modules/documents/documents.i18n.ts';
import { nonconformitiesEn } from '../web/modules/nonconformities/nonconformities.i18n.en.ts';
import { nonconformitiesVi } from '../web/modules/nonconformities/nonconformities.i18n.ts';
import { recordFilesEn } from '../web/modules/records/files/files.i18n.en.ts';
import { recordFilesVi } from '../web/modules/records/files/files.i18n.ts';
import { calendarDayKindNames } from './calendar.ts';
import { caseStateNames, stepStateNames } from './cases.ts';
import { changeKindNames, documentStatusNames } from './documents.ts';
import {
  ncActionKindNames,
  ncCauseNames,
  ncDecisionNames,
  ncGradeNames,
  ncSourceNames,
  ncStateNames,
} from './nonconformities.ts';
import { unitStatusNames } from './org.ts';
import { fileStateNames } from './record-files.ts';

/*
 * The audit trail names coded values through the contract's maps (audit-values.ts); the pages
 * of each module still carry the same words in their translations. Until those pages read the
 * contract too, this keeps the two saying the same thing: a state has one name everywhere.
 */

type Names = Record<string, { vi: string; en: string }>;
const pairs: Array<[string, Names, Record<string, string>, Record<string, string>]> = [
  ['case states', caseStateNames, casesVi.states, casesEn.states],
  ['step states', stepStateNames, casesVi.stepStates, casesEn.stepStates],
  ['file states', fileStateNames, recordFilesVi.state, recordFilesEn.state],
  ['document status', documentStatusNames, documentsVi.list.status, documentsEn.list.status],
  ['change kinds', changeKindNames, documentsVi.change.kind, documentsEn.change.kind],
  ['nc states', ncStateNames, nonconformitiesVi.states, nonconformitiesEn.states],
  ['nc sources', ncSourceNames, nonconformitiesVi.sources, nonconformitiesEn.sources],
  ['nc grades', ncGradeNames, nonconformitiesVi.grades, nonconformitiesEn.grades],
  ['nc decisions', ncDecisionNames, nonconformitiesVi.decisions, nonconformitiesEn.decisions],
  ['nc causes', ncCauseNames, nonconformitiesVi.causes, nonconformitiesEn.causes],
  ['nc action kinds', ncActionKindNames, nonconformitiesVi.action.kinds, nonconformitiesEn.action.kinds],
  ['unit states', unitStatusNames, shellVi.state, shellEn.state],
];

describe('the names of coded values', () => {
  it.each(pairs)('%s: the contract and the pages say the same', (_, names, vi, en) => {
    for (const [code, label] of Object.entries(names)) {
      expect(vi[code], `${code} (vi)`).toBe(label.vi);
      expect(en[code], `${code} (en)`).toBe(label.en);
    }
  });

  it('names calendar days as the calendar page does', () => {
    expect(calendarDayKindNames.holiday).toEqual({ vi: calendarVi.holiday, en: calendarEn.holiday });
    expect(calendarDayKindNames.working_day).toEqual({
      vi: calendarVi.workingDay,
      en: calendarEn.workingDay,
    });
  });
});
