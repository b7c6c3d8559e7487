// The demo agency's internal audits (audit-story.ts) written straight into the tables, each
// row with its 'create' event, like the nonconformities demo: programmes approved by the
// deputy minister, rounds with their team and schedule (independence checked with the
// module's own rule), a checklist per unit audit generated from its procedure's steps and
// records, findings of every grade — round 2/2017's nonconformity findings linked both ways
// to the nonconformities the demo already holds — and each done round's approved report,
// its figures a recount of its findings. Moved to the load day with the rest (as-of.ts;
// years and months in relabel.ts).
import { and, eq, inArray } from 'drizzle-orm';
import { type DocumentContent, documentContent } from '../../../contract/documents.ts';
import { findingKinds } from '../../../contract/internal-audits.ts';
import type { Tx } from '../../db/connection.ts';
import { newId } from '../../db/ids.ts';
import { workingCalendarFor } from '../../modules/calendar/calendar.service.ts';
import { workCases } from '../../modules/cases/cases.table.ts';
import { documents, documentVersions } from '../../modules/documents/documents.table.ts';
import {
  internalAuditChecklistItems,
  internalAuditFindings,
  internalAuditProgrammeEvents,
  internalAuditProgrammes,
  internalAuditReports,
  internalAuditRoundAudits,
  internalAuditRounds,
  internalAuditSamples,
  internalAuditTeamMembers,
} from '../../modules/internal-audits/internal-audits.table.ts';
import {
  auditorsById,
  independenceReason,
  signatoriesOf,
} from '../../modules/internal-audits/plan/independence.ts';
import { yearBefore } from '../../modules/internal-audits/samples/samples.service.ts';
import { nonconformities } from '../../modules/nonconformities/nonconformities.table.ts';
import { units } from '../../modules/org/org.table.ts';
import { diff } from '../../platform/audit/audit.service.ts';
import { vietnamTime } from '../documents/days.ts';
import { appendAuditEvents, insertAudited } from '../records/bulk-audit.ts';
import { loadDemoPeople, type Member } from '../records/demo-people.ts';
import { type DemoAuditLinks, programmes } from './audit-story.ts';

type Programme = typeof internalAuditProgrammes.$inferInsert & { id: string };
type Round = typeof internalAuditRounds.$inferInsert & { id: string };
type RoundAudit = typeof internalAuditRoundAudits.$inferInsert & { id: string };
type Item = typeof internalAuditChecklistItems.$inferInsert & { id: string };
type Finding = typeof internalAuditFindings.$inferInsert & { id: string };
type Report = typeof internalAuditReports.$inferInsert & { id: string };
type Sample = typeof internalAuditSamples.$inferInsert & { id: string };

const LEADER = 'thutruong.phantam';
const SECRETARY = 'khcn.thuky';
const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const bare = (text: string) => text.trim().replace(/[.;:,\s]+$/u, '');

/** Counts of findings by grade, as the report keeps them. */
export function gradeCounts(kinds: string[]) {
  const counts = { conformity: 0, major: 0, minor: 0, observation: 0, improvement: 0, total: 0 };
  for (const k of kinds)
    if ((findingKinds as readonly string[]).includes(k)) {
      counts[k as (typeof findingKinds)[number]] += 1;
      counts.total += 1;
    }
  return counts;
}

export async function loadDemoInternalAudits(tx: Tx, agencyId: string, links: DemoAuditLinks) {
  const org = await loadDemoPeople(tx, agencyId);
  const calendar = await workingCalendarFor(tx, agencyId, '2017-01-01', '2018-12-31');
  const person = (username: string): Member => {
    const m = org.everyone.find((x) => x.username === username);
    if (!m) throw new Error(`demo: no person ${username}`);
    return m;
  };
  const unitRows = await tx.select().from(units).where(eq(units.agencyId, agencyId));
  const unit = (code: string) => {
    const u = unitRows.find((x) => x.code === code);
    if (!u) throw new Error(`demo: no unit ${code}`);
    return u;
  };
  const codes = [
    ...new Set(
      programmes.flatMap((p) =>
        p.rounds.flatMap((r) => [
          ...r.audits.flatMap((a) => a.procedures),
          ...r.findings.flatMap((f) => (f.procedure ? [f.procedure] : [])),
        ]),
      ),
    ),
  ];
  const docs = await tx
    .select({ id: documents.id, code: documents.code, versionId: documents.currentVersionId })
    .from(documents)
    .where(and(eq(documents.agencyId, agencyId), inArray(documents.code, codes)));
  const doc = (code: string) => {
    const d = docs.find((x) => x.code.toLowerCase() === code.toLowerCase());
    if (!d) throw new Error(`demo: no document ${code}`);
    return d;
  };
  const contents = new Map(
    (
      await tx
        .select({ id: documentVersions.id, content: documentVersions.content })
        .from(documentVersions)
        .where(
          and(
            eq(documentVersions.agencyId, agencyId),
            inArray(
              documentVersions.id,
              docs.map((d) => d.versionId).filter((v): v is string => !!v),
            ),
          ),
        )
    ).map((v) => [v.id, v.content]),
  );
  const ncs = await tx
    .select()
    .from(nonconformities)
    .where(and(eq(nonconformities.agencyId, agencyId), eq(nonconformities.source, 'internal_audit')));
  const ncOfFinding = (findingId: string) => {
    const nc = ncs.find((n) => (n.origin as { id?: string } | null)?.id === findingId);
    if (!nc) throw new Error(`demo: no nonconformity for finding ${findingId}`);
    return nc;
  };
  const auditors = await auditorsById(
    tx,
    agencyId,
    org.everyone.map((m) => m.id),
  );
  const signatories = await signatoriesOf(
    tx,
    agencyId,
    docs.map((d) => d.id),
  );
  /** Who speaks for a unit at its audit: its head and its ISO officer. */
  const representatives = (code: string) =>
    org.everyone
      .filter(
        (m) =>
          m.account.unit === code &&
          (m.account.roles.includes('unit_head') || m.account.roles.includes('iso_officer')),
      )
      .map((m) => ({ personId: m.id, name: m.fullName, title: m.account.position }));

  // The agency's cases, for the samples the auditors took at each done audit.
  const caseRows = await tx
    .select({
      id: workCases.id,
      code: workCases.code,
      title: workCases.title,
      unitId: workCases.unitId,
      procedureDocumentId: workCases.procedureDocumentId,
      startDate: workCases.startDate,
    })
    .from(workCases)
    .where(eq(workCases.agencyId, agencyId));
  const samples: Sample[] = [];

  const programmeRows: Programme[] = [];
  const programmeEvents: (typeof internalAuditProgrammeEvents.$inferInsert)[] = [];
  const roundRows: Round[] = [];
  const team: (typeof internalAuditTeamMembers.$inferInsert)[] = [];
  const auditRows: RoundAudit[] = [];
  const items: Item[] = [];
  const findingRows: Finding[] = [];
  const reports: Report[] = [];
  const refusals: string[] = [];
  const leader = person(LEADER);
  const secretary = person(SECRETARY);

  for (const p of programmes) {
    const programmeId = newId();
    programmeRows.push({
      id: programmeId,
      agencyId,
      year: p.year,
      title: p.title,
      objectives: p.objectives,
      state: 'approved',
      submittedBy: secretary.id,
      submittedAt: vietnamTime(p.submitted, 15 * 60),
      approvedBy: leader.id,
      approvedAt: vietnamTime(p.approved, 10 * 60),
      approverPosition: `${leader.account.position}, ${unit(leader.account.unit).name}`,
      approvalHash: null,
      createdBy: secretary.id,
      createdAt: vietnamTime(p.created, 9 * 60),
      updatedAt: vietnamTime(p.approved, 10 * 60),
    });
    for (const [action, from, to, who, day, at] of [
      ['submit', 'draft', 'submitted', secretary, p.submitted, 15 * 60],
      ['approve', 'submitted', 'approved', leader, p.approved, 10 * 60],
    ] as const)
      programmeEvents.push({
        id: newId(),
        agencyId,
        programmeId,
        action,
        fromState: from,
        toState: to,
        actorId: who.id,
        actorName: who.fullName,
        at: vietnamTime(day, at),
      });

    for (const r of p.rounds) {
      const isLinked = p.year === 2017 && r.number === 2;
      const roundId = isLinked ? links.roundId : newId();
      const lead = person(r.lead);
      const done = !!r.closed;
      roundRows.push({
        id: roundId,
        agencyId,
        programmeId,
        number: r.number,
        title: r.title,
        plannedMonth: Number(r.audits[0].date.slice(5, 7)),
        scopeUnitIds: r.audits.map((a) => unit(a.unit).id),
        scopeProcedureIds: [...new Set(r.audits.flatMap((a) => a.procedures.map((c) => doc(c).id)))],
        scopeClauses: r.scopeClauses,
        criteria: r.criteria,
        state: done ? 'closed' : 'plan_published',
        leadAuditorId: lead.id,
        publishedBy: secretary.id,
        publishedAt: vietnamTime(r.published, 14 * 60),
        closedAt: r.closed ? vietnamTime(r.closed, 16 * 60) : null,
        createdBy: secretary.id,
        createdAt: vietnamTime(r.created, 9 * 60),
        updatedAt: vietnamTime(r.closed ?? r.published, r.closed ? 16 * 60 : 14 * 60),
      });
      for (const username of [r.lead, ...r.members])
        team.push({
          id: newId(),
          agencyId,
          roundId,
          personId: person(username).id,
          role: username === r.lead ? 'lead' : 'member',
          createdAt: vietnamTime(r.created, 9 * 60 + 30),
        });

      const auditOf = new Map<string, RoundAudit>();
      for (const a of r.audits) {
        const target = unit(a.unit);
        const procedureIds = a.procedures.map((c) => doc(c).id);
        // The module's own rule: nobody audits their own unit, nor a procedure they signed.
        for (const username of a.auditors) {
          const reason = independenceReason(
            auditors.get(person(username).id)!,
            { unitId: target.id, unitPath: target.path, unitName: target.name, procedureIds },
            signatories,
          );
          if (reason) refusals.push(`${r.title} — ${a.unit}: ${reason.vi}`);
        }
        const row: RoundAudit = {
          id: newId(),
          agencyId,
          roundId,
          unitId: target.id,
          auditDate: a.date,
          startTime: a.start,
          endTime: a.end,
          place: `Phòng họp ${target.name}, trụ sở Bộ, 18 Nguyễn Du, Hà Nội`,
          auditeeRepresentatives: representatives(a.unit),
          procedureIds,
          clauses: a.clauses,
          auditorIds: a.auditors.map((u) => person(u).id),
          state: done ? 'done' : 'planned',
          // Told 5 working days ahead by the notice job (hourly at :13); the planned round's is still to come.
          noticeSentAt: done ? vietnamTime(calendar.addWorkingDays(a.date, -5), 8 * 60 + 13) : null,
          createdAt: vietnamTime(r.created, 10 * 60),
          updatedAt: vietnamTime(done ? a.date : r.published, done ? minutes(a.end) : 14 * 60),
        };
        auditRows.push(row);
        auditOf.set(a.unit, row);
        // Evidence from real work, at a done audit: the unit's two latest cases of its audited
        // procedures in the 12 months before (the module's default period), one chosen by the
        // auditor and one drawn at random, read on the audit's day.
        if (done) {
          const picked = caseRows
            .filter(
              (c) =>
                c.unitId === target.id &&
                procedureIds.includes(c.procedureDocumentId) &&
                c.startDate >= yearBefore(a.date) &&
                c.startDate <= a.date,
            )
            .sort((x, y) => y.startDate.localeCompare(x.startDate) || x.code.localeCompare(y.code))
            .slice(0, 2);
          for (const [i, c] of picked.entries())
            samples.push({
              id: newId(),
              agencyId,
              roundAuditId: row.id,
              procedureDocumentId: c.procedureDocumentId,
              kind: 'case',
              itemId: c.id,
              itemLabel: `${c.code} — ${c.title}`,
              chosenBy: i === 0 ? 'auditor' : 'random',
              chosenByPersonId: person(a.auditors[0]).id,
              accessFrom: a.date,
              accessTo: a.date,
              seen:
                i === 0
                  ? 'Đã xem phiếu giao việc, các bước đã làm và kết quả đầu ra; các bước đúng người thực hiện theo quy trình.'
                  : 'Đã xem hồ sơ công việc: đủ thành phần theo quy trình; thời hạn các bước được theo dõi trên eiso.',
              createdAt: vietnamTime(a.date, minutes(a.start) + 10 + i * 5),
              updatedAt: vietnamTime(a.date, minutes(a.start) + 40 + i * 5),
            });
        }

        // Danh mục kiểm tra: the unit's own procedure's first steps and a record, and each clause in scope.
        const procedure = doc(a.procedures[a.procedures.length - 1]);
        const parsed = documentContent.safeParse(contents.get(procedure.versionId ?? ''));
        const content: DocumentContent = parsed.success ? parsed.data : documentContent.parse({});
        const nonconform = r.findings.some(
          (f) => f.unit === a.unit && (f.kind === 'major' || f.kind === 'minor'),
        );
        const generated = [
          ...content.steps.slice(0, 3).map((s) => ({
            source: 'step',
            sourceRef: s.id,
            clause: '8.5.1',
            question: `${procedure.code}, bước ${s.id} — ${bare(s.action)}. Người thực hiện: ${bare(s.who || 'đơn vị giải quyết công việc')}; kết quả đầu ra: ${bare(s.output) || 'không quy định'}. Bước này có được thực hiện đúng như quy trình không?`,
          })),
          ...content.records.slice(0, 1).map((rec) => ({
            source: 'record',
            sourceRef: rec.name,
            clause: '7.5.3',
            question: `${procedure.code}, hồ sơ "${bare(rec.name)}": có được lập và lưu giữ đúng quy định không (người lưu: ${bare(rec.keeper)}; thời gian lưu: ${bare(rec.retention)})?`,
          })),
          ...a.clauses.map((c) => ({
            source: 'clause',
            sourceRef: c,
            clause: c,
            question: `Đơn vị đáp ứng yêu cầu của điều ${c} TCVN ISO 9001:2015 như thế nào? Có bằng chứng nào?`,
          })),
        ];
        const auditor = person(a.auditors[0]);
        generated.forEach((g, i) => {
          const answer = !done ? null : nonconform && g.source === 'record' ? 'nonconform' : 'conform';
          items.push({
            id: newId(),
            agencyId,
            roundAuditId: row.id,
            procedureDocumentId: g.source === 'clause' ? null : procedure.id,
            source: g.source,
            sourceRef: g.sourceRef,
            clause: g.clause,
            question: g.question,
            answer,
            note: answer === 'nonconform' ? 'Xem phát hiện của đơn vị.' : '',
            position: i + 1,
            answeredBy: answer ? auditor.id : null,
            answeredAt: answer ? vietnamTime(a.date, minutes(a.start) + 20 + i * 5) : null,
            createdAt: vietnamTime(r.published, 15 * 60),
            updatedAt: answer
              ? vietnamTime(a.date, minutes(a.start) + 20 + i * 5)
              : vietnamTime(r.published, 15 * 60),
          });
        });
      }

      r.findings.forEach((f, i) => {
        const audit = auditOf.get(f.unit);
        const a = r.audits.find((x) => x.unit === f.unit)!;
        if (!audit) throw new Error(`demo: finding of ${f.unit} outside the round`);
        const link = f.nc && isLinked ? links.findings.get(f.unit) : undefined;
        if (f.nc && !link) throw new Error(`demo: nonconformity finding of ${f.unit} without its link`);
        const nc = link ? ncOfFinding(link.id) : null;
        const author = nc ? nc.detectedBy : person(a.auditors[0]).id;
        if (!(audit.auditorIds as string[]).includes(author))
          throw new Error(`demo: the finding of ${f.unit} is not by its auditor`);
        const recorded = vietnamTime(a.date, minutes(a.end) - 15);
        const response = f.response;
        findingRows.push({
          id: link?.id ?? newId(),
          agencyId,
          roundId,
          roundAuditId: audit.id,
          seq: i + 1,
          kind: f.kind,
          clause: nc?.clause ?? f.clause,
          procedureDocumentId: nc ? nc.procedureDocumentId : f.procedure ? doc(f.procedure).id : null,
          unitId: audit.unitId,
          description: nc?.description ?? f.description ?? '',
          evidence: nc ? nc.requirement : (f.evidence ?? ''),
          // The samples of its unit's audit are its evidence (the model allows those only).
          sampleIds: samples.filter((x) => x.roundAuditId === audit.id).map((x) => x.id),
          response: response?.kind ?? null,
          responseReason: response?.reason ?? null,
          respondedBy: response ? person(response.by).id : null,
          respondedAt: response ? vietnamTime(response.on, 10 * 60) : null,
          nonconformityId: nc?.id ?? null,
          state: nc ? 'handed_over' : done ? 'closed' : 'open',
          createdBy: author,
          createdAt: recorded,
          updatedAt: nc ? nc.createdAt : response ? vietnamTime(response.on, 10 * 60) : recorded,
        });
      });

      if (r.report) {
        const mine = findingRows.filter((f) => f.roundId === roundId);
        reports.push({
          id: newId(),
          agencyId,
          roundId,
          state: 'approved',
          summary: r.report.summary,
          strengths: r.report.strengths,
          // The snapshot taken at submission: a recount of the round's findings.
          figures: {
            counts: gradeCounts(mine.map((f) => f.kind)),
            units: r.audits.map((a) => ({
              unitId: unit(a.unit).id,
              counts: gradeCounts(mine.filter((f) => f.unitId === unit(a.unit).id).map((f) => f.kind)),
            })),
          },
          number: r.report.number,
          submittedBy: lead.id,
          submittedAt: vietnamTime(r.report.submitted, 15 * 60),
          approvedBy: leader.id,
          approvedAt: vietnamTime(r.report.approved, 10 * 60),
          approverPosition: `${leader.account.position}, ${unit(leader.account.unit).name}`,
          createdBy: lead.id,
          createdAt: vietnamTime(r.closed ? r.audits.at(-1)!.date : r.published, 16 * 60 + 30),
          updatedAt: vietnamTime(r.report.approved, 10 * 60),
        });
      }
    }
  }

  if (refusals.length) throw new Error(`demo: not independent:\n${refusals.join('\n')}`);
  await insertAudited(
    tx,
    agencyId,
    internalAuditProgrammes,
    programmeRows,
    'internal_audit_programme',
    (p) => p.title,
  );
  await tx.insert(internalAuditProgrammeEvents).values(programmeEvents);
  const programmeOf = new Map(programmeRows.map((p) => [p.id, p]));
  const roundLabel = (r: Round) => `Đợt ${r.number}/${programmeOf.get(r.programmeId)!.year}: ${r.title}`;
  // A round's event holds its team too (as 'set_team' would).
  const storedRounds = await tx.insert(internalAuditRounds).values(roundRows).returning();
  await tx.insert(internalAuditTeamMembers).values(team);
  await appendAuditEvents(
    tx,
    agencyId,
    storedRounds.map((r) => ({
      entityType: 'internal_audit_round',
      entityId: r.id,
      label: roundLabel(r),
      action: 'create',
      changes: diff(null, {
        ...r,
        memberIds: team.filter((t) => t.roundId === r.id && t.role === 'member').map((t) => t.personId),
      }),
    })),
  );
  const roundOf = new Map(roundRows.map((r) => [r.id, r]));
  const unitName = new Map(unitRows.map((u) => [u.id, u.name]));
  await insertAudited(
    tx,
    agencyId,
    internalAuditRoundAudits,
    auditRows,
    'internal_audit_round_audit',
    (a) => `${roundLabel(roundOf.get(a.roundId)!)} — ${unitName.get(a.unitId)}`,
  );
  const auditById = new Map(auditRows.map((a) => [a.id, a]));
  await insertAudited(tx, agencyId, internalAuditChecklistItems, items, 'internal_audit_checklist', (i) => {
    const a = auditById.get(i.roundAuditId)!;
    return `Danh mục kiểm tra — ${roundLabel(roundOf.get(a.roundId)!)} — ${unitName.get(a.unitId)}`;
  });
  if (samples.length)
    await insertAudited(
      tx,
      agencyId,
      internalAuditSamples,
      samples,
      'internal_audit_sample',
      (x) => x.itemLabel,
    );
  await insertAudited(
    tx,
    agencyId,
    internalAuditFindings,
    findingRows,
    'internal_audit_finding',
    (f) => `Phát hiện số ${f.seq}, ${roundLabel(roundOf.get(f.roundId)!)} — ${unitName.get(f.unitId)}`,
  );
  await insertAudited(
    tx,
    agencyId,
    internalAuditReports,
    reports,
    'internal_audit_report',
    (r) => `Báo cáo — ${roundLabel(roundOf.get(r.roundId)!)}`,
  );
  return {
    programmes: programmeRows.length,
    rounds: roundRows.length,
    audits: auditRows.length,
    findings: findingRows.length,
    samples: samples.length,
  };
}
