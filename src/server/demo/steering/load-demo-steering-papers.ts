// The papers of the demo's year-end meeting (issue 13), written through the steering reports'
// own service functions as the people did it, on the story's days: the ISO secretary
// (khcn.thuky) compiles the meeting's input pack for the year and writes the narrative around
// its figures; after the meeting, the annual report 2017 (QĐ 19/2014 Phụ lục II) with its
// narratives; she drafts the declaration of conformity (Phụ lục I) over the procedures in
// force, and Thứ trưởng Phan Tâm approves it with his password. The story's move to the load
// day then moves their days and years with the rest (relabel-steering-papers.ts).
import type { Db, Tx } from '../../db/connection.ts';
import {
  createPack,
  draftDeclaration,
  ensurePackOfPeriod,
  saveNarratives,
  signDeclaration,
} from '../../modules/steering/reports/index.ts';
import type { AuditContext } from '../../platform/audit/audit.service.ts';
import type { Actor } from '../../platform/permissions/actor.ts';
import { DEMO_PASSWORD, unitScopedRoles } from '../demo-org.ts';
import { vietnamTime } from '../documents/days.ts';
import type { DemoPeople, Member } from '../records/demo-people.ts';
import { annualReportNarratives, meetingPackNarratives } from './demo-papers.texts.ts';

export const ANNUAL_REPORT_YEAR = 2017;

type Meeting = { title: string; periodFrom: string; periodTo: string };

/** The person as signed in, with their grants (the services ask the policies). */
function actorOf(org: DemoPeople, m: Member): Actor {
  const unit = org.units.find((u) => u.id === m.unitId);
  if (!unit) throw new Error(`demo: no unit of ${m.username}`);
  return {
    ...org.actorOf(m),
    grants: m.account.roles.map((role) =>
      unitScopedRoles.includes(role)
        ? { role, unitId: unit.id, unitPath: unit.path }
        : { role, unitId: null, unitPath: null },
    ),
  };
}

export async function loadDemoSteeringPapers(tx: Tx, org: DemoPeople, meeting: Meeting) {
  const person = (username: string) => {
    const m = org.everyone.find((p) => p.username === username);
    if (!m) throw new Error(`demo: no person ${username}`);
    return m;
  };
  // The services open their own transactions: inside the demo's, they are savepoints.
  const db = tx as Db;
  const as = (username: string, day: string, minutes: number) => {
    const actor = actorOf(org, person(username));
    const audit: AuditContext = { actor };
    return { db, actor, audit, now: vietnamTime(day, minutes) };
  };

  // A week before the meeting, its input pack for the period under review, as the meeting's
  // "Báo cáo đầu vào" button compiles it; the narrative two days later.
  const packId = await ensurePackOfPeriod(as('khcn.thuky', '2017-12-20', 9 * 60 + 30), {
    title: `Báo cáo đầu vào — ${meeting.title}`.slice(0, 300),
    from: meeting.periodFrom,
    to: meeting.periodTo,
  });
  await saveNarratives(as('khcn.thuky', '2017-12-22', 16 * 60), packId, {
    version: 1,
    narratives: meetingPackNarratives,
  });

  // After the meeting: the annual report of the year, sent in December.
  const year = ANNUAL_REPORT_YEAR;
  const annualId = await createPack(as('khcn.thuky', '2017-12-27', 9 * 60), {
    title: `Báo cáo tình hình áp dụng, duy trì và cải tiến HTQLCL năm ${year}`,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  });
  await saveNarratives(as('khcn.thuky', '2017-12-28', 10 * 60), annualId, {
    version: 1,
    narratives: annualReportNarratives,
  });

  // The declaration of conformity over the procedures in force, re-declared after the year's
  // move to TCVN ISO 9001:2015 and its new procedures; the deputy minister approves it.
  const declarationId = await draftDeclaration(as('khcn.thuky', '2017-12-28', 14 * 60));
  await signDeclaration(as('thutruong.phantam', '2017-12-29', 9 * 60), declarationId, {
    version: 1,
    password: DEMO_PASSWORD,
  });
  return { packId, annualId, declarationId };
}
