import { describe, expect, it } from 'vitest';
import { indicatorStatus, objectiveStatus, periodsOf } from '../../../contract/objectives.ts';
import { newId } from '../../db/ids.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { seedCase } from '../cases/measures/measures.testing.ts';
import {
  documentAcknowledgements,
  documentReviews,
  documents,
  documentVersions,
} from '../documents/documents.table.ts';
import { internalAuditProgrammes } from '../internal-audits/programme.table.ts';
import { internalAuditRoundAudits, internalAuditRounds } from '../internal-audits/round.table.ts';
import { nonconformities, nonconformityActions } from '../nonconformities/nonconformities.table.ts';
import { recordFiles } from '../records/records.table.ts';
import { measureValue } from './objectives.measures.ts';

const ctx = setupTestApp();
const month = { start: '2017-01-01', end: '2017-01-31' };
const quarter = { start: '2017-01-01', end: '2017-03-31' };
const year = { start: '2017-01-01', end: '2017-12-31' };

describe('objectives: the status rule (contract/objectives.ts)', () => {
  it('is met on the good side of the target, missed on the other, at risk near it by the trend', () => {
    // ≥ 95 %: the band is 4,75 points.
    expect(indicatorStatus('gte', 95, 96)).toBe('met');
    expect(indicatorStatus('gte', 95, 95)).toBe('met');
    expect(indicatorStatus('gte', 95, 94)).toBe('missed');
    expect(indicatorStatus('gte', 95, 96, 99)).toBe('at_risk'); // reached, but falling towards it
    expect(indicatorStatus('gte', 95, 99.9, 100)).toBe('met'); // falling, but far above
    expect(indicatorStatus('gte', 95, 92, 90)).toBe('at_risk'); // missed by little, rising
    expect(indicatorStatus('gte', 95, 92, 93)).toBe('missed'); // missed by little, falling
    expect(indicatorStatus('gte', 95, 80, 70)).toBe('missed'); // rising, but far below
    // ≤ 5 working days: lower is better, the band is 0,25.
    expect(indicatorStatus('lte', 5, 4)).toBe('met');
    expect(indicatorStatus('lte', 5, 5.2, 6)).toBe('at_risk');
    expect(indicatorStatus('lte', 5, 5.2, 5.1)).toBe('missed');
    expect(indicatorStatus('lte', 5, 4.9, 4)).toBe('at_risk');
    expect(indicatorStatus('gte', 95, null, 90)).toBeNull();
    // A target of 0: the band is 0,05.
    expect(indicatorStatus('lte', 0, 0.04, 1)).toBe('at_risk');
  });

  it("gives an objective the worst of its indicators' statuses", () => {
    expect(objectiveStatus([])).toBeNull();
    expect(objectiveStatus([null, 'met'])).toBe('met');
    expect(objectiveStatus(['met', 'at_risk'])).toBe('at_risk');
    expect(objectiveStatus(['at_risk', 'missed', 'met'])).toBe('missed');
  });

  it('cuts a year into months, quarters, halves and the year', () => {
    expect(periodsOf(2016, 'month')[1]).toEqual({ start: '2016-02-01', end: '2016-02-29' });
    expect(periodsOf(2017, 'quarter').map((p) => p.end)).toEqual([
      '2017-03-31',
      '2017-06-30',
      '2017-09-30',
      '2017-12-31',
    ]);
    expect(periodsOf(2017, 'half_year')).toEqual([
      { start: '2017-01-01', end: '2017-06-30' },
      { start: '2017-07-01', end: '2017-12-31' },
    ]);
    expect(periodsOf(2017, 'year')).toEqual([{ start: '2017-01-01', end: '2017-12-31' }]);
  });
});

describe('objectives: computed measures equal a recount of a hand-made set', () => {
  it('counts case on-time rate, files opened at start and working days per step and per case for a month, a quarter, a year', async () => {
    const db = ctx.database.db;
    const f = ctx.fixture;
    const unitId = f.units.x2.id;
    const procedureId = (
      await seedDocument(db, { agencyId: f.agencyX, unitId, personId: f.xSecretariat, state: 'in_force' })
    ).documentId;
    const other = (
      await seedDocument(db, { agencyId: f.agencyX, unitId, personId: f.xSecretariat, state: 'in_force' })
    ).documentId;
    const base = { agencyId: f.agencyX, unitId, procedureId, personId: f.x2Staff };
    // A closed case keeps its working days start to closing, counted as the steps service does.
    const calendar = await workingCalendarFor(db, f.agencyX, '2017-01-01', '2017-12-31');
    const days = (start: string, closed: string) => calendar.countWorkingDays(start, closed);
    // A (January): on time, file opened at start; steps of 2 and 4 working days; 11 working days
    // in all (06/01, 09–13/01, 16–20/01).
    await seedCase(db, {
      ...base,
      start: '2017-01-05',
      closed: '2017-01-20',
      workingDays: days('2017-01-05', '2017-01-20'),
      file: 'closed',
      steps: [
        { done: '2017-01-08', workingDays: 2 },
        { done: '2017-01-20', workingDays: 4 },
      ],
    });
    // B (January): a step a day late, file not opened at start; 5 working days (11 in all:
    // 11–13/01, 16–20/01, 23–25/01).
    await seedCase(db, {
      ...base,
      start: '2017-01-10',
      closed: '2017-01-25',
      workingDays: days('2017-01-10', '2017-01-25'),
      file: 'open',
      fileOpenedAtStart: false,
      steps: [{ done: '2017-01-25', workingDays: 5, daysLate: 1 }],
    });
    // C (February to March): on time, file at start; 3 and 6 working days (28 in all: 06/02–15/03).
    await seedCase(db, {
      ...base,
      start: '2017-02-03',
      closed: '2017-03-15',
      workingDays: days('2017-02-03', '2017-03-15'),
      file: 'closed',
      steps: [
        { done: '2017-02-10', workingDays: 3 },
        { done: '2017-03-15', workingDays: 6 },
      ],
    });
    // D (May): late, file at start; 8 working days (20 in all).
    await seedCase(db, {
      ...base,
      start: '2017-05-02',
      closed: '2017-05-30',
      workingDays: days('2017-05-02', '2017-05-30'),
      file: 'closed',
      steps: [{ done: '2017-05-30', workingDays: 8, daysLate: 3 }],
    });
    // E: another procedure, late: counts for the unit, not for the procedure; 10 working days
    // (13/01, 16–20/01, 23–26/01: Tết from 27/01).
    await seedCase(db, {
      ...base,
      procedureId: other,
      start: '2017-01-12',
      closed: '2017-01-30',
      workingDays: days('2017-01-12', '2017-01-30'),
      file: 'closed',
      steps: [{ done: '2017-01-30', workingDays: 10, daysLate: 2 }],
    });
    // F (June): closed before eiso kept a case's working days — left out of the average.
    await seedCase(db, {
      ...base,
      start: '2017-06-01',
      closed: '2017-06-09',
      file: 'closed',
      steps: [{ done: '2017-06-09', workingDays: 6 }],
    });
    // G (July): still open: not in the average however long it runs.
    await seedCase(db, { ...base, start: '2017-07-03', file: 'open', steps: [{ due: '2017-07-05' }] });
    // Another unit's case never counts for this one.
    await seedCase(db, {
      ...base,
      unitId: f.units.x1.id,
      start: '2017-01-05',
      closed: '2017-01-06',
      workingDays: days('2017-01-05', '2017-01-06'),
      file: null,
      steps: [{ done: '2017-01-06', workingDays: 1, daysLate: 1 }],
    });
    const of = (measure: Parameters<typeof measureValue>[2], period: typeof month) =>
      measureValue(db, f.agencyX, measure, { unitId, procedureId }, period);
    // Month: A, B finished (A on time) → 50 %; started A, B (A with file) → 50 %; steps 2, 4, 5 → 3,7.
    expect(await of('case_on_time_rate', month)).toBe(50);
    expect(await of('case_file_opened_at_start_rate', month)).toBe(50);
    expect(await of('case_avg_working_days_per_step', month)).toBe(3.7);
    // Cases finished in January: A, B took 11 working days each → 11.
    expect(await of('case_avg_working_days_per_case', month)).toBe(11);
    // Quarter: A, B, C finished (A, C on time) → 66,7 %; A, B, C started (A, C with file); steps 2, 4, 5, 3, 6 → 4.
    expect(await of('case_on_time_rate', quarter)).toBe(66.7);
    expect(await of('case_file_opened_at_start_rate', quarter)).toBe(66.7);
    expect(await of('case_avg_working_days_per_step', quarter)).toBe(4);
    // A, B, C: 11 + 11 + 28 = 50 over 3 → 16,7.
    expect(await of('case_avg_working_days_per_case', quarter)).toBe(16.7);
    // Year: A, B, C, D, F finished (A, C, F on time) → 60 %; 5 of the 6 started with their file
    // (not B) → 83,3 %; 34 working days over 7 steps → 4,9; cases A, B, C, D (not F, not the
    // open G): 70 / 4 → 17,5.
    expect(await of('case_on_time_rate', year)).toBe(60);
    expect(await of('case_file_opened_at_start_rate', year)).toBe(83.3);
    expect(await of('case_avg_working_days_per_step', year)).toBe(4.9);
    expect(await of('case_avg_working_days_per_case', year)).toBe(17.5);
    // The whole unit (E too): the year has 6 finished, 3 on time → 50 %; cases A–E: 80 / 5 → 16.
    expect(await measureValue(db, f.agencyX, 'case_on_time_rate', { unitId }, year)).toBe(50);
    expect(await measureValue(db, f.agencyX, 'case_avg_working_days_per_case', { unitId }, year)).toBe(16);
    // A period with nothing in it has no value.
    expect(await of('case_on_time_rate', { start: '2017-08-01', end: '2017-08-31' })).toBeNull();
    expect(await of('case_avg_working_days_per_case', { start: '2017-08-01', end: '2017-08-31' })).toBeNull();
    // Finished cases but none with its working days: nothing to average.
    expect(await of('case_avg_working_days_per_case', { start: '2017-06-01', end: '2017-06-30' })).toBeNull();
  });

  it('counts nonconformities closed on time for a month, a quarter, a year', async () => {
    const db = ctx.database.db;
    const f = ctx.fixture;
    const unitId = f.units.x2.id;
    let seq = 9100;
    const nc = async (
      detectedOn: string,
      closedOn: string,
      actions: Array<{ due: string; done: string }>,
    ) => {
      const id = newId();
      seq += 1;
      await db.insert(nonconformities).values({
        id,
        agencyId: f.agencyX,
        year: 2017,
        seq,
        code: `KPH-2017-${seq}`,
        source: 'self_detected',
        title: `Sự không phù hợp ${seq}`,
        description: 'Thử',
        requirement: `Yêu cầu ${seq}`,
        unitId,
        detectedBy: f.x2Staff,
        detectedOn,
        grade: 'minor',
        state: 'closed',
        closedOn,
        createdBy: f.x2Staff,
      });
      for (const a of actions)
        await db.insert(nonconformityActions).values({
          id: newId(),
          agencyId: f.agencyX,
          nonconformityId: id,
          kind: 'corrective',
          description: 'Hành động',
          ownerUnitId: unitId,
          ownerPersonId: f.x2Staff,
          dueDate: a.due,
          state: 'done',
          doneOn: a.done,
          doneBy: f.x2Staff,
          createdBy: f.x2Staff,
        });
    };
    await nc('2017-01-03', '2017-01-20', [{ due: '2017-01-15', done: '2017-01-10' }]); // on time
    await nc('2017-01-05', '2017-02-10', [{ due: '2017-01-20', done: '2017-02-05' }]); // late
    await nc('2017-06-01', '2017-07-10', []); // on time
    const of = (period: typeof month) =>
      measureValue(db, f.agencyX, 'nc_closed_on_time_rate', { unitId }, period);
    expect(await of(month)).toBe(100);
    expect(await of(quarter)).toBe(50);
    expect(await of(year)).toBe(66.7);
    expect(await of({ start: '2017-09-01', end: '2017-09-30' })).toBeNull();
  });

  it('counts documents reviewed on time for a month, a quarter, a year', async () => {
    const db = ctx.database.db;
    const f = ctx.fixture;
    const unitId = f.units.x1a.id;
    let n = 0;
    /** A document of the unit reviewed every `interval` months, with its versions and their reviews. */
    const doc = async (
      interval: number,
      versions: Array<{ effective: string; end?: string; reviews?: Array<[string, 'no_change' | 'change']> }>,
      owner = unitId,
    ) => {
      const documentId = newId();
      n += 1;
      await db.insert(documents).values({
        id: documentId,
        agencyId: f.agencyX,
        type: 'business_procedure',
        code: `QT-RS-${n}`,
        title: `Quy trình rà soát ${n}`,
        ownerUnitId: owner,
        status: 'in_force',
        reviewIntervalMonths: interval,
      });
      for (const [i, v] of versions.entries()) {
        const versionId = newId();
        await db.insert(documentVersions).values({
          id: versionId,
          agencyId: f.agencyX,
          documentId,
          changeKind: i ? 'revise' : 'new',
          changeReason: 'Thử',
          requestingUnitId: owner,
          requestedBy: f.xSecretariat,
          state: v.end ? 'superseded' : 'in_force',
          issueNo: i + 1,
          title: `Quy trình rà soát ${n}`,
          content: {},
          contentHash: `h${n}.${i}`,
          effectiveDate: v.effective,
          endDate: v.end ?? null,
        });
        for (const [day, outcome] of v.reviews ?? [])
          await db.insert(documentReviews).values({
            id: newId(),
            agencyId: f.agencyX,
            documentId,
            versionId,
            outcome,
            reviewerId: f.xSecretariat,
            // 07:00 in Hà Nội is the day before in UTC: the Vietnamese day counts.
            reviewedAt: new Date(`${day}T07:00:00+07:00`),
          });
      }
    };
    // A, monthly: due 10/01 (reviewed 08/01 ✓) → due 08/02 (reviewed 15/02 ✗) → due 15/03
    // (change requested 20/03 ✗: the cycle ends).
    await doc(1, [
      {
        effective: '2016-12-10',
        reviews: [
          ['2017-01-08', 'no_change'],
          ['2017-02-15', 'no_change'],
          ['2017-03-20', 'change'],
        ],
      },
    ]);
    // B, every 6 months: due 20/01, never reviewed ✗ (counted once).
    await doc(6, [{ effective: '2016-07-20' }]);
    // C, yearly: due 01/05, change requested 20/04 ✓; the new version is due in 2018.
    await doc(12, [
      { effective: '2016-05-01', end: '2017-06-01', reviews: [['2017-04-20', 'change']] },
      { effective: '2017-06-01' },
    ]);
    // D, quarterly: superseded 30/01 before its review fell due on 15/02: not counted.
    await doc(3, [{ effective: '2016-11-15', end: '2017-01-30' }, { effective: '2017-01-30' }]);
    // Another unit's document, late in January: never counted for this one.
    await doc(1, [{ effective: '2016-12-01', reviews: [['2017-01-05', 'no_change']] }], f.units.x2.id);
    const of = (period: typeof month) =>
      measureValue(db, f.agencyX, 'documents_reviewed_on_time_rate', { unitId }, period);
    // Month: A's 10/01 ✓, B's 20/01 ✗ → 50 %.
    expect(await of(month)).toBe(50);
    // Quarter: A's 10/01 ✓, 08/02 ✗, 15/03 ✗; B ✗ → 1 of 4 → 25 %. D's next due (30/04) lies beyond it.
    expect(await of(quarter)).toBe(25);
    // Year: the quarter's 4, C's 01/05 ✓, D's new version due 30/04 and never reviewed ✗ → 2 of 6.
    expect(await of(year)).toBe(33.3);
    expect(await of({ start: '2017-08-01', end: '2017-08-31' })).toBeNull();
  });

  it('counts the audit programme completed for a month, a quarter, a year', async () => {
    const db = ctx.database.db;
    const f = ctx.fixture;
    const x1a = f.units.x1a.id;
    const x2 = f.units.x2.id;
    const programmeId = newId();
    await db.insert(internalAuditProgrammes).values({
      id: programmeId,
      agencyId: f.agencyX,
      year: 2017,
      title: 'Chương trình đánh giá nội bộ năm 2017',
      state: 'approved',
      approvedAt: new Date('2016-12-20T03:00:00Z'),
      createdBy: f.xSecretariat,
    });
    let number = 0;
    /** A round planned for a month, auditing units (state and date of each unit's audit, if scheduled). */
    const round = async (month: number, audits: Array<[string, string | null, string | null]>) => {
      const roundId = newId();
      number += 1;
      await db.insert(internalAuditRounds).values({
        id: roundId,
        agencyId: f.agencyX,
        programmeId,
        number,
        title: `Đợt ${number}`,
        plannedMonth: month,
        scopeUnitIds: audits.map(([unitId]) => unitId),
        createdBy: f.xSecretariat,
      });
      for (const [unitId, state, auditDate] of audits)
        if (state)
          await db
            .insert(internalAuditRoundAudits)
            .values({ id: newId(), agencyId: f.agencyX, roundId, unitId, state, auditDate });
    };
    // January: X1A done 20/01 ✓; X2 done late, 10/02 (✗ for January, ✓ for the quarter).
    await round(1, [
      [x1a, 'done', '2017-01-20'],
      [x2, 'done', '2017-02-10'],
    ]);
    // January again: X1A's audit still in progress ✗.
    await round(1, [[x1a, 'in_progress', '2017-01-25']]);
    // March: X1A not even scheduled ✗.
    await round(3, [[x1a, null, null]]);
    // June: X1A done 15/06 ✓.
    await round(6, [[x1a, 'done', '2017-06-15']]);
    const of = (period: typeof month, unitId?: string) =>
      measureValue(db, f.agencyX, 'audit_programme_completion_rate', { unitId }, period);
    // X1A: January 1 of 2; the quarter 1 of 3; the year 2 of 4.
    expect(await of(month, x1a)).toBe(50);
    expect(await of(quarter, x1a)).toBe(33.3);
    expect(await of(year, x1a)).toBe(50);
    // The agency: January 1 of 3 (X2's came in February); the quarter 2 of 4; the year 3 of 5.
    expect(await of(month)).toBe(33.3);
    expect(await of(quarter)).toBe(50);
    expect(await of(year)).toBe(60);
    expect(await of({ start: '2017-08-01', end: '2017-08-31' }, x1a)).toBeNull();
  });

  it('counts acknowledgements of new documents for a month, a quarter, a year', async () => {
    const db = ctx.database.db;
    const f = ctx.fixture;
    const unitId = f.units.x2.id;
    const documentId = newId();
    await db.insert(documents).values({
      id: documentId,
      agencyId: f.agencyX,
      type: 'business_procedure',
      code: 'QT-DOC-XN',
      title: 'Quy trình xác nhận đã đọc',
      ownerUnitId: f.units.x1.id,
      status: 'in_force',
    });
    let issueNo = 0;
    /** A version in force from a day, with the acknowledgements asked of people (and when given, Hà Nội time). */
    const version = async (
      effective: string,
      changeKind: 'new' | 'revise' | 'withdraw',
      acks: Array<[string, string | null]>,
    ) => {
      const versionId = newId();
      issueNo += 1;
      await db.insert(documentVersions).values({
        id: versionId,
        agencyId: f.agencyX,
        documentId,
        changeKind,
        changeReason: 'Thử',
        requestingUnitId: f.units.x1.id,
        requestedBy: f.xSecretariat,
        state: 'superseded',
        issueNo,
        title: 'Quy trình xác nhận đã đọc',
        content: {},
        contentHash: `xn${issueNo}`,
        effectiveDate: effective,
      });
      for (const [personId, at] of acks)
        await db.insert(documentAcknowledgements).values({
          id: newId(),
          agencyId: f.agencyX,
          versionId,
          personId,
          notifiedAt: new Date(`${effective}T08:00:00+07:00`),
          acknowledgedAt: at ? new Date(`${at}+07:00`) : null,
        });
    };
    const { x2Staff, x2Admin, xAdmin } = f;
    const other = f.targets.other;
    // In force 10/01: X2's staff read it 12/01 ✓; X2's admin on 01/02 at 06:00 in Hà Nội (still
    // 31/01 in UTC: ✗ for January); the third person of X2 never; X1's admin (another unit) ✓.
    await version('2017-01-10', 'new', [
      [x2Staff, '2017-01-12T09:00:00'],
      [x2Admin, '2017-02-01T06:00:00'],
      [other, null],
      [xAdmin, '2017-01-11T09:00:00'],
    ]);
    // A revision in force 20/02: staff 21/02 ✓, admin 02/04 (✗ for the quarter).
    await version('2017-02-20', 'revise', [
      [x2Staff, '2017-02-21T09:00:00'],
      [x2Admin, '2017-04-02T09:00:00'],
    ]);
    // A withdrawal: not a new document, never counted.
    await version('2017-03-05', 'withdraw', [[x2Staff, null]]);
    // In force 01/07: both read it ✓.
    await version('2017-07-01', 'revise', [
      [x2Staff, '2017-07-02T09:00:00'],
      [x2Admin, '2017-07-03T09:00:00'],
    ]);
    const of = (period: typeof month, unit?: string) =>
      measureValue(db, f.agencyX, 'acknowledgements_rate', { unitId: unit }, period);
    // X2: January 1 of 3; the quarter 3 of 5; the year 6 of 7.
    expect(await of(month, unitId)).toBe(33.3);
    expect(await of(quarter, unitId)).toBe(60);
    expect(await of(year, unitId)).toBe(85.7);
    // The agency in January: X1's admin too → 2 of 4.
    expect(await of(month)).toBe(50);
    expect(await of({ start: '2017-08-01', end: '2017-08-31' }, unitId)).toBeNull();
  });

  it('counts files closed when their work ended for a month, a quarter, a year', async () => {
    const db = ctx.database.db;
    const f = ctx.fixture;
    const unitId = f.units.x1a.id;
    let n = 0;
    /** A file of a year, its work ended on `end` (null: still open), closed at `closedAt` (Hà Nội time). */
    const file = async (
      year: number,
      state: 'open' | 'closed' | 'transferred',
      end: string | null,
      closedAt: string | null,
      unit = unitId,
    ) => {
      n += 1;
      await db.insert(recordFiles).values({
        id: newId(),
        agencyId: f.agencyX,
        unitId: unit,
        year,
        fileCode: `X.${year}.HS-${n}`,
        title: `Hồ sơ ${n}`,
        ownerUnitId: unit,
        startDate: `${year}-01-02`,
        endDate: end,
        state,
        closedAt: closedAt ? new Date(`${closedAt}+07:00`) : null,
      });
    };
    await file(2017, 'closed', '2017-01-15', '2017-01-16T09:00:00'); // ✓ in January
    await file(2017, 'closed', '2017-01-25', '2017-02-05T09:00:00'); // ✗ January, ✓ the quarter
    // Closed 01/04 at 06:00 in Hà Nội (31/03 in UTC): ✗ for the quarter, ✓ for the year.
    await file(2017, 'closed', '2017-03-10', '2017-04-01T06:00:00');
    await file(2017, 'open', null, null); // still open: its work was over on 31/12/2017 ✗
    await file(2016, 'open', null, null); // the year before: never in 2017
    await file(2017, 'transferred', '2017-06-10', '2017-06-12T09:00:00'); // ✓
    await file(2017, 'closed', '2017-01-10', '2017-05-01T09:00:00', f.units.x1.id); // another unit
    const of = (period: typeof month) =>
      measureValue(db, f.agencyX, 'files_closed_after_work_rate', { unitId }, period);
    // January: 1 of 2; the quarter: 2 of 3; the year: 4 of 5.
    expect(await of(month)).toBe(50);
    expect(await of(quarter)).toBe(66.7);
    expect(await of(year)).toBe(80);
    expect(await of({ start: '2017-08-01', end: '2017-08-31' })).toBeNull();
  });
});
