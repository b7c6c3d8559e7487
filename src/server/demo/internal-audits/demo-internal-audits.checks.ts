// What the demo's internal audits must hold, loaded as the story was or moved to a day
// (demo.test.ts, demo-today.test.ts): two approved programmes, round 2/2017 over the 11
// units with findings of every grade, its nonconformity findings linked both ways (the
// records-catalogue finding of Văn phòng Bộ among them), a schedule the module's
// independence rule accepts, reports whose figures are a recount, planned months that
// follow the audits' days.
import { expect } from 'vitest';
import { findingKinds } from '../../../contract/internal-audits.ts';
import type { Database, Tx } from '../../db/connection.ts';
import {
  auditorsById,
  independenceReason,
  signatoriesOf,
} from '../../modules/internal-audits/plan/independence.ts';
import { gradeCounts } from './load-demo-internal-audits.ts';

type Row = Record<string, unknown>;

export async function checkDemoInternalAudits(database: Database, agencyId: string) {
  const q = <T extends Row>(text: string) => database.query<T>(text, [agencyId]);
  const programmes = await q<{ id: string; year: number; state: string }>(
    'select id, year, state from internal_audit_programmes where agency_id = $1 order by year',
  );
  expect(programmes.map((p) => p.state)).toEqual(['approved', 'approved']);
  const rounds = await q<{
    id: string;
    programme_id: string;
    number: number;
    state: string;
    planned_month: number;
  }>(
    'select id, programme_id, number, state, planned_month from internal_audit_rounds where agency_id = $1 order by number',
  );
  const of = (i: number) => rounds.filter((r) => r.programme_id === programmes[i].id);
  const story = programmes[0].year === 2017;
  // As the story was: two rounds a year. Moved, the 2018 programme's done round may sit in
  // the year before (re-homed into that year's programme); the planned round stays the last.
  if (story) {
    expect(of(0).map((r) => r.state)).toEqual(['closed', 'closed']);
    expect(of(1).map((r) => r.state)).toEqual(['closed', 'plan_published']);
  }
  expect([...of(0), ...of(1)].map((r) => r.state)).toEqual(['closed', 'closed', 'closed', 'plan_published']);
  const audits = await q<{
    id: string;
    round_id: string;
    unit_id: string;
    unit_path: string;
    unit_name: string;
    day: string;
    auditor_ids: string[];
    procedure_ids: string[];
  }>(
    `select a.id, a.round_id, a.unit_id, u.path as unit_path, u.name as unit_name, a.audit_date::text as day,
        a.auditor_ids, a.procedure_ids
      from internal_audit_round_audits a join units u on u.id = a.unit_id where a.agency_id = $1`,
  );
  const daysOf = (roundId: string) =>
    [...new Set(audits.filter((a) => a.round_id === roundId).map((a) => a.day))].sort();
  const round2017 = of(0)[1];
  // Each programme's rounds numbered 1, 2… in the order they were audited.
  for (const i of [0, 1]) {
    expect(of(i).map((r) => r.number)).toEqual(of(i).map((_, n) => n + 1));
    const firsts = of(i).map((r) => daysOf(r.id)[0]);
    expect(firsts).toEqual([...firsts].sort());
  }
  const units = await q<{ id: string }>(`select id from units where agency_id = $1 and status = 'active'`);
  expect(
    audits
      .filter((a) => a.round_id === round2017.id)
      .map((a) => a.unit_id)
      .sort(),
  ).toEqual(units.map((u) => u.id).sort());

  // Independence, by the module's own rule: nobody audits their own unit or a procedure they signed.
  const tx = database.db as unknown as Tx;
  const auditors = await auditorsById(
    tx,
    agencyId,
    audits.flatMap((a) => a.auditor_ids),
  );
  const signatories = await signatoriesOf(
    tx,
    agencyId,
    audits.flatMap((a) => a.procedure_ids),
  );
  const refusals = audits.flatMap((a) =>
    a.auditor_ids
      .map((id) =>
        independenceReason(
          auditors.get(id)!,
          { unitId: a.unit_id, unitPath: a.unit_path, unitName: a.unit_name, procedureIds: a.procedure_ids },
          signatories,
        ),
      )
      .filter(Boolean),
  );
  expect(refusals).toEqual([]);
  expect(audits.every((a) => a.auditor_ids.length > 0)).toBe(true);

  // Findings of every grade in round 2/2017; each nonconformity finding linked both ways.
  const findings = await q<{
    id: string;
    round_id: string;
    unit_id: string;
    kind: string;
    state: string;
    clause: string | null;
    nonconformity_id: string | null;
    procedure: string | null;
  }>(
    `select f.id, f.round_id, f.unit_id, f.kind, f.state, f.clause, f.nonconformity_id, d.code::text as procedure
      from internal_audit_findings f left join documents d on d.id = f.procedure_document_id
      where f.agency_id = $1`,
  );
  expect([...new Set(findings.filter((f) => f.round_id === round2017.id).map((f) => f.kind))].sort()).toEqual(
    [...findingKinds].sort(),
  );
  const ncs = await q<{
    id: string;
    title: string;
    origin: { type: string; id: string | null; label: string } | null;
  }>(
    `select id, title, origin from nonconformities where agency_id = $1 and origin->>'type' = 'audit_finding'`,
  );
  const graded = findings.filter((f) => f.kind === 'major' || f.kind === 'minor');
  expect(graded.length).toBe(9);
  for (const f of graded) {
    expect(f.state).toBe('handed_over');
    const nc = ncs.find((n) => n.id === f.nonconformity_id);
    expect(nc?.origin?.id).toBe(f.id);
  }
  expect(ncs.every((n) => graded.some((f) => f.id === n.origin?.id && f.nonconformity_id === n.id))).toBe(
    true,
  );
  const records = graded.find((f) => f.procedure?.startsWith('QT-HT-02') && f.clause === '7.5.3');
  expect(ncs.find((n) => n.id === records?.nonconformity_id)?.title).toMatch(/Danh mục hồ sơ/);

  // Findings cite samples of their own unit's audit: cases of its procedures and unit, started
  // in the 12 months up to the audit's day (the sampling default), read on that day.
  const samples = await q<{
    id: string;
    round_audit_id: string;
    item_label: string;
    start: string;
    case_unit: string;
    case_procedure: string;
    access_from: string;
  }>(
    `select s.id, s.round_audit_id, s.item_label, c.start_date::text as start, c.unit_id as case_unit,
        c.procedure_document_id as case_procedure, s.access_from::text as access_from
      from internal_audit_samples s join work_cases c on c.id = s.item_id where s.agency_id = $1`,
  );
  const cited = await q<{ round_audit_id: string; sample_ids: string[] }>(
    'select round_audit_id, sample_ids from internal_audit_findings where agency_id = $1',
  );
  expect(cited.filter((f) => f.sample_ids.length).length).toBeGreaterThan(3);
  for (const f of cited)
    for (const id of f.sample_ids)
      expect(samples.find((x) => x.id === id)?.round_audit_id).toBe(f.round_audit_id);
  for (const x of samples) {
    const a = audits.find((y) => y.id === x.round_audit_id)!;
    expect(x.case_unit).toBe(a.unit_id);
    expect(a.procedure_ids).toContain(x.case_procedure);
    expect(x.start <= a.day && x.start > `${Number(a.day.slice(0, 4)) - 1}${a.day.slice(4)}`).toBe(true);
    expect(x.access_from).toBe(a.day);
    expect(x.item_label.startsWith(`${x.item_label.split(' — ')[0]} — `)).toBe(true);
  }

  // Each done round: its report approved, its figures a recount, nothing left open.
  const reports = await q<{
    round_id: string;
    state: string;
    figures: { counts: unknown; units: { unitId: string; counts: unknown }[] };
  }>('select round_id, state, figures from internal_audit_reports where agency_id = $1');
  for (const r of rounds.filter((x) => x.state === 'closed')) {
    const report = reports.find((x) => x.round_id === r.id);
    expect(report?.state).toBe('approved');
    const mine = findings.filter((f) => f.round_id === r.id);
    expect(report?.figures.counts).toEqual(gradeCounts(mine.map((f) => f.kind)));
    for (const u of report?.figures.units ?? [])
      expect(u.counts).toEqual(gradeCounts(mine.filter((f) => f.unit_id === u.unitId).map((f) => f.kind)));
    expect(mine.filter((f) => f.state === 'open')).toEqual([]);
  }

  // A round's planned month is its audits' month when they fall in its programme's year.
  for (const r of rounds) {
    const year = programmes.find((p) => p.id === r.programme_id)!.year;
    const first = daysOf(r.id)[0];
    if (Number(first.slice(0, 4)) === year) expect(r.planned_month).toBe(Number(first.slice(5, 7)));
  }
  const planned = of(1).at(-1)!;
  return {
    /** Each round's programme year and the years its audits fall in. */
    roundYears: rounds.map((r) => ({
      programme: programmes.find((p) => p.id === r.programme_id)!.year,
      audits: [...new Set(daysOf(r.id).map((d) => Number(d.slice(0, 4))))],
    })),
    years: programmes.map((p) => p.year),
    round2017: { days: daysOf(round2017.id) },
    planned: { days: daysOf(planned.id), state: planned.state },
    ncOriginYears: [...new Set(ncs.map((n) => Number(/đợt 2\/(\d{4})/.exec(n.origin?.label ?? '')?.[1])))],
  };
}
