import { writeFileSync } from 'node:fs';
import { and, desc, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/audit.table.ts';
import { notifications } from '../../platform/notifications/notifications.table.ts';
import { todayInVietnam } from '../../platform/time.ts';
import { tinyPdf } from '../../testing/documents-import-upload.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { type Client, setupTestApp } from '../../testing/test-app.ts';
import { setupWideApp, TOGETHER, together } from '../../testing/wide-app.ts';
import { multipartFile } from '../../testing/xlsx-upload.ts';
import { workingCalendarFor } from '../calendar/index.ts';
import { docxParts, folded, pdfText } from '../documents/export/export.testing.ts';
import { directivesStatus, remindDirectives } from './index.ts';
import { steeringDirectives } from './steering.table.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);
const base = '/api/v1/steering';
const today = todayInVietnam();
const year = Number(today.slice(0, 4));
let n = 0;

const ok = (res: { status: number; body: unknown }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body as any;
};

async function newMeeting(secretariat: Client, overrides: Record<string, unknown> = {}) {
  return ok(
    await secretariat.post(`${base}/meetings`, {
      kind: 'regular',
      title: `Họp Ban chỉ đạo ISO xem xét của lãnh đạo ${++n}`,
      meetingDate: today,
      place: 'Phòng họp tầng 2',
      chairPersonId: ctx.fixture.xLeadership,
      agenda: '1. Báo cáo tình hình áp dụng HTQLCL\n2. Kết quả đánh giá nội bộ\n3. Kết luận',
      periodFrom: `${year}-01-01`,
      periodTo: today,
      ...overrides,
    }),
    201,
  );
}

const fresh = async (client: Client, id: string) => ok(await client.get(`${base}/meetings/${id}`));

/** A meeting held, its minutes recorded and two directives among its conclusions (X1 in 10 days, X2 in 3). */
async function heldWithDirectives(secretariat: Client, overrides: Record<string, unknown> = {}) {
  const m = await newMeeting(secretariat, overrides);
  let v = ok(await secretariat.post(`${base}/meetings/${m.id}/invitations`, { version: m.version })).version;
  v = ok(
    await secretariat.post(`${base}/meetings/${m.id}/minutes`, {
      version: v,
      minutes: 'Ban chỉ đạo nghe báo cáo của đơn vị thường trực và thảo luận.',
    }),
  ).version;
  v = ok(
    await secretariat.post(`${base}/meetings/${m.id}/conclusions`, {
      version: v,
      text: 'Các đơn vị thực thi nghiêm các quy trình đã ban hành.',
      directive: {
        unitIds: [ctx.fixture.units.x1.id],
        dueInWorkingDays: 10,
        expectedResult: 'Báo cáo việc áp dụng quy trình',
      },
    }),
    201,
  ).version;
  v = ok(
    await secretariat.post(`${base}/meetings/${m.id}/conclusions`, {
      version: v,
      text: 'Công bố mục tiêu chất lượng năm sau.',
      directive: {
        unitIds: [ctx.fixture.units.x2.id],
        dueInWorkingDays: 3,
        expectedResult: 'Mục tiêu được công bố',
      },
    }),
    201,
  ).version;
  const body = ok(
    await secretariat.post(`${base}/meetings/${m.id}/conclusions`, {
      version: v,
      text: 'Ghi nhận kết quả đánh giá nội bộ năm nay.',
    }),
    201,
  );
  return body as { id: string; version: number };
}

describe('steering: the committee and its meetings', () => {
  it('keeps the members over time with the decision that named them; members read, others get 404', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.get(base)).status).toBe(404);
    const added = ok(
      await secretariat.post(`${base}/members`, {
        personId: ctx.fixture.roleHolders.staff,
        committeeRole: 'secretary',
        validFrom: '2017-03-01',
      }),
      201,
    );
    const row = added.members.find((m: any) => m.personId === ctx.fixture.roleHolders.staff);
    expect(row).toMatchObject({ committeeRole: 'secretary', current: true, validTo: null });
    // A current member now reads the committee.
    expect(ok(await staff.get(base)).members.length).toBeGreaterThan(0);
    // The same person twice on one day: refused.
    expect(
      (
        await secretariat.post(`${base}/members`, {
          personId: ctx.fixture.roleHolders.staff,
          committeeRole: 'member',
          validFrom: '2018-01-01',
        })
      ).status,
    ).toBe(409);
    // A change of the committee: the membership ends; the history stays; the person no longer reads.
    const ended = ok(
      await secretariat.post(`${base}/members/${row.id}/end`, { version: row.version, validTo: today }),
    );
    expect(ended.members.find((m: any) => m.id === row.id)).toMatchObject({ validTo: today, current: false });
    expect((await staff.get(base)).status).toBe(404);
    // Only the secretariat keeps the committee.
    const head = await ctx.as('x.unit_unit_head');
    expect(
      (
        await head.post(`${base}/members`, {
          personId: ctx.fixture.roleHolders.unit_head,
          committeeRole: 'member',
          validFrom: '2017-03-01',
        })
      ).status,
    ).toBe(403);
  });

  it('walks planned → invited → held → concluded; the chair confirms with the password; directives go to the units', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    await secretariat.post(`${base}/members`, {
      personId: ctx.fixture.roleHolders.steering_member,
      committeeRole: 'member',
      validFrom: '2017-01-01',
    });
    const m = await newMeeting(secretariat);
    expect(m.state).toBe('planned');
    // Conclusions wait for the minutes; the minutes wait for the invitations.
    expect(
      (await secretariat.post(`${base}/meetings/${m.id}/minutes`, { version: m.version, minutes: 'x' }))
        .status,
    ).toBe(409);
    const invited = ok(
      await secretariat.post(`${base}/meetings/${m.id}/invitations`, {
        version: m.version,
        guestIds: [ctx.fixture.roleHolders.unit_head],
      }),
    );
    expect(invited.state).toBe('invited');
    // Invitations: the chair, the current member and the guest, each once, in the app (and by e-mail by default).
    const sent = await ctx.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'steering.invitation'), eq(notifications.subjectId, m.id)));
    expect(sent.map((s) => s.recipientId).sort()).toEqual(
      [
        ctx.fixture.xLeadership,
        ctx.fixture.roleHolders.steering_member,
        ctx.fixture.roleHolders.unit_head,
      ].sort(),
    );
    // An invited guest reads the meeting.
    const guest = await ctx.as('x.unit_unit_head');
    expect(ok(await guest.get(`${base}/meetings/${m.id}`)).title).toBe(m.title);
    const attended = ok(
      await secretariat.post(`${base}/meetings/${m.id}/attendance`, {
        version: invited.version,
        attendance: [
          { personId: ctx.fixture.xLeadership, present: true },
          { personId: ctx.fixture.roleHolders.unit_head, present: false, note: 'Đi công tác' },
        ],
      }),
    );
    expect(
      attended.attendees.find((a: any) => a.personId === ctx.fixture.roleHolders.unit_head),
    ).toMatchObject({
      present: false,
      note: 'Đi công tác',
    });
    const held = ok(
      await secretariat.post(`${base}/meetings/${m.id}/minutes`, {
        version: attended.version,
        minutes: 'Biên bản họp.',
      }),
    );
    expect(held.state).toBe('held');
    // The chair cannot confirm nothing.
    const chair = await ctx.as('x.leadership_all');
    expect(
      (
        await chair.post(`${base}/meetings/${m.id}/sign`, {
          version: held.version,
          password: FIXTURE_PASSWORD,
        })
      ).status,
    ).toBe(400);
    let v = ok(
      await secretariat.post(`${base}/meetings/${m.id}/conclusions`, {
        version: held.version,
        text: 'Tăng cường kiểm tra chéo giữa các đơn vị.',
        directive: {
          unitIds: [ctx.fixture.units.x1.id, ctx.fixture.units.x2.id],
          dueInWorkingDays: 20,
          expectedResult: 'Biên bản kiểm tra chéo',
        },
      }),
      201,
    ).version;
    // The secretariat prepares but does not confirm; the chair confirms with the right password only.
    expect(
      (await secretariat.post(`${base}/meetings/${m.id}/sign`, { version: v, password: FIXTURE_PASSWORD }))
        .status,
    ).toBe(403);
    const wrong = await chair.post(`${base}/meetings/${m.id}/sign`, { version: v, password: 'sai-mat-khau' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].path).toBe('password');
    const signed = ok(
      await chair.post(`${base}/meetings/${m.id}/sign`, {
        version: v,
        password: FIXTURE_PASSWORD,
        noticeRef: '12/TB-BCĐ',
      }),
    );
    v = signed.version;
    expect(signed).toMatchObject({
      state: 'concluded',
      noticeRef: '12/TB-BCĐ',
      signedBy: { id: ctx.fixture.xLeadership },
    });
    const calendar = await workingCalendarFor(
      ctx.database.db,
      ctx.fixture.agencyX,
      today,
      `${year + 1}-12-31`,
    );
    const due = calendar.addWorkingDays(today, 20);
    expect(
      signed.conclusions[0].directives.map((d: any) => [d.unitName, d.dueDate, d.status]).sort(),
    ).toEqual([
      ['Vụ Hai', due, 'open'],
      ['Vụ Một', due, 'open'],
    ]);
    // Concluded: nothing more to prepare.
    expect(
      (await secretariat.post(`${base}/meetings/${m.id}/conclusions`, { version: v, text: 'Thêm' })).status,
    ).toBe(409);
    const events = await ctx.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.entityId, m.id));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'create',
        'invite',
        'record_attendance',
        'record_minutes',
        'add_conclusion',
        'sign_conclusions',
      ]),
    );
  });
});

describe('steering: directives', () => {
  it("are the owner unit's work until done with evidence, on leadership's home when overdue, and the next meeting's input", async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const chair = await ctx.as('x.leadership_all');
    const m = await heldWithDirectives(secretariat);
    ok(await chair.post(`${base}/meetings/${m.id}/sign`, { version: m.version, password: FIXTURE_PASSWORD }));
    const head = await ctx.as('x.unit_unit_head');
    const work = ok(await head.get('/api/v1/my-work/steering'));
    const mine = work.directives.filter((d: any) => d.meetingId === m.id);
    // X1's head: X1's directive only (X2's is not theirs).
    expect(mine.map((d: any) => d.unitName)).toEqual(['Vụ Một']);
    expect(mine[0]).toMatchObject({ canComplete: true, status: 'open' });
    // X2's staff see X2's directive, cannot mark it done, and never see X1's.
    const x2 = await ctx.as('x2.staff');
    const theirs = ok(await x2.get(`${base}/directives`)).items.filter((d: any) => d.meetingId === m.id);
    expect(theirs.map((d: any) => [d.unitName, d.canComplete])).toEqual([['Vụ Hai', false]]);
    const x2Directive = theirs[0];
    expect(
      (await x2.post(`${base}/directives/${x2Directive.id}/complete`, { version: 1, evidenceNote: 'x' }))
        .status,
    ).toBe(403);
    expect((await x2.get(`${base}/meetings/${m.id}`)).status).toBe(404);
    // X2's directive falls overdue: leadership's home counts it by unit.
    await ctx.database.db
      .update(steeringDirectives)
      .set({ dueDate: `${year - 1}-12-01` })
      .where(eq(steeringDirectives.id, x2Directive.id));
    const home = ok(await chair.get('/api/v1/home/steering-directives'));
    expect(home.units.find((u: any) => u.unitName === 'Vụ Hai').overdue).toBeGreaterThanOrEqual(1);
    expect(ok(await head.get('/api/v1/home/steering-directives')).units).toEqual([]);
    // X1's head reports theirs done with evidence.
    const done = ok(
      await head.post(`${base}/directives/${mine[0].id}/complete`, {
        version: mine[0].version,
        evidenceNote: 'Đã rà soát, 12/12 quy trình được áp dụng; biên bản kèm theo.',
      }),
    );
    expect(done).toMatchObject({ state: 'done', status: 'done', doneOn: today, canComplete: false });
    expect(
      (
        await head.post(`${base}/directives/${mine[0].id}/complete`, {
          version: done.version,
          evidenceNote: 'x',
        })
      ).status,
    ).toBe(409);
    expect(
      ok(await head.get('/api/v1/my-work/steering')).directives.some((d: any) => d.id === mine[0].id),
    ).toBe(false);
    // The next meeting's first input: one done, one overdue, as of tomorrow.
    const actor = {
      agencyId: ctx.fixture.agencyX,
      personId: ctx.fixture.xSecretariat,
      unitId: ctx.fixture.units.x1.id,
      unitPath: ctx.fixture.units.x1.path,
      grants: [{ role: 'secretariat' as const, unitId: null, unitPath: null }],
    };
    const until = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const status = await directivesStatus({ db: ctx.database.db, actor: actor as never }, { until });
    const ofMeeting = status.items.filter((d) => d.meetingId === m.id);
    expect(ofMeeting.map((d) => [d.unitName, d.status]).sort()).toEqual([
      ['Vụ Hai', 'overdue'],
      ['Vụ Một', 'done'],
    ]);
    // Meetings from the day itself on are not "previous".
    const before = await directivesStatus({ db: ctx.database.db, actor: actor as never }, { until: today });
    expect(before.items.some((d) => d.meetingId === m.id)).toBe(false);
  });

  it('reminds the owner unit once, and escalates to the chair and the secretariat once, however often the job runs', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const chair = await ctx.as('x.leadership_all');
    const m = await heldWithDirectives(secretariat);
    const signed = ok(
      await chair.post(`${base}/meetings/${m.id}/sign`, { version: m.version, password: FIXTURE_PASSWORD }),
    );
    const [x1, x2] = ['Vụ Một', 'Vụ Hai'].map(
      (u) =>
        signed.conclusions.flatMap((c: any) => c.directives).find((d: any) => d.unitName === u).id as string,
    );
    const calendar = await workingCalendarFor(
      ctx.database.db,
      ctx.fixture.agencyX,
      `${year - 1}-01-01`,
      `${year + 1}-12-31`,
    );
    // X1's: 2 working days late (reminded, not escalated); X2's: 6 working days late (escalated).
    const back = (days: number) => {
      let d = today;
      for (let i = 0; i < days; i++) {
        do d = new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        while (!calendar.isWorkingDay(d));
      }
      return d;
    };
    const runDay = calendar.isWorkingDay(today) ? today : calendar.nextWorkingDay(today);
    const twoLate = back(2);
    const sixLate = back(6);
    expect(calendar.countWorkingDays(twoLate, runDay)).toBeLessThan(5);
    expect(calendar.countWorkingDays(sixLate, runDay)).toBeGreaterThanOrEqual(5);
    await ctx.database.db
      .update(steeringDirectives)
      .set({ dueDate: twoLate })
      .where(eq(steeringDirectives.id, x1));
    await ctx.database.db
      .update(steeringDirectives)
      .set({ dueDate: sixLate })
      .where(eq(steeringDirectives.id, x2));
    // Ten instances at once, then again: one notice per person per event.
    await together(() => remindDirectives(wide.database.db, runDay));
    await remindDirectives(ctx.database.db, runDay);
    const of = async (id: string) =>
      ctx.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.subjectId, id), like(notifications.dedupeKey, 'steering-directive:%')));
    const x1Notes = await of(x1);
    const x2Notes = await of(x2);
    const key = (r: { recipientId: string; dedupeKey: string }) =>
      `${r.recipientId} ${r.dedupeKey.split(':')[2]}`;
    // X1: its head and ISO officer, assigned and overdue, never escalated.
    const x1Keepers = [ctx.fixture.roleHolders.unit_head, ctx.fixture.roleHolders.iso_officer];
    expect(x1Notes.map(key).sort()).toEqual(
      x1Keepers.flatMap((p) => [`${p} assigned`, `${p} overdue`]).sort(),
    );
    // X2 has no head or officer of its own: escalated to the chair and the agency-wide secretariat, once each.
    const escalated = x2Notes.filter((r) => r.kind === 'steering.directive_escalated');
    expect(escalated.map((r) => r.recipientId).sort()).toEqual(
      [ctx.fixture.xLeadership, ctx.fixture.xSecretariat].sort(),
    );
    expect(new Set(x2Notes.map(key)).size).toBe(x2Notes.length);
    // The secretariat shortens the agency's escalation to 2 working days: X1's directive, 2
    // days late, now reaches the chair and the secretariat too (X1's own and the agency's), once.
    const settings = ok(await secretariat.get(`${base}/settings`));
    expect(settings).toEqual({ escalateDirectivesAfterWorkingDays: 5, version: 0, canEdit: true });
    ok(
      await secretariat.put(`${base}/settings`, {
        version: settings.version,
        escalateDirectivesAfterWorkingDays: 2,
      }),
    );
    await remindDirectives(ctx.database.db, runDay);
    await remindDirectives(ctx.database.db, runDay);
    const x1Escalated = (await of(x1)).filter((r) => r.kind === 'steering.directive_escalated');
    expect(x1Escalated.map((r) => r.recipientId).sort()).toEqual(
      [ctx.fixture.xLeadership, ctx.fixture.xSecretariat, ctx.fixture.roleHolders.secretariat].sort(),
    );
  });
});

describe('steering: the escalation setting', () => {
  it('is kept by the secretariat, 1–60 working days, with the version read, and audited', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const chair = await ctx.as('x.leadership_all');
    const start = ok(await secretariat.get(`${base}/settings`));
    // Leadership reads it but may not change it.
    expect(ok(await chair.get(`${base}/settings`))).toMatchObject({ canEdit: false });
    expect(
      (
        await chair.put(`${base}/settings`, {
          version: start.version,
          escalateDirectivesAfterWorkingDays: 3,
        })
      ).status,
    ).toBe(403);
    // Staff outside the committee do not see it.
    expect((await (await ctx.as('x2.staff')).get(`${base}/settings`)).status).toBe(404);
    for (const bad of [0, 61, 2.5, '5', null]) {
      const res = await secretariat.put(`${base}/settings`, {
        version: start.version,
        escalateDirectivesAfterWorkingDays: bad,
      });
      expect(res.status, String(bad)).toBe(400);
      expect(JSON.stringify(res.body)).toContain('escalateDirectivesAfterWorkingDays');
    }
    expect(ok(await secretariat.get(`${base}/settings`))).toEqual(start);
    const saved = ok(
      await secretariat.put(`${base}/settings`, {
        version: start.version,
        escalateDirectivesAfterWorkingDays: 60,
      }),
    );
    expect(saved).toEqual({
      escalateDirectivesAfterWorkingDays: 60,
      version: start.version + 1,
      canEdit: true,
    });
    // The version read is checked: a stale save changes nothing.
    const stale = await secretariat.put(`${base}/settings`, {
      version: start.version,
      escalateDirectivesAfterWorkingDays: 1,
    });
    expect(stale.status).toBe(409);
    expect(ok(await secretariat.get(`${base}/settings`)).escalateDirectivesAfterWorkingDays).toBe(60);
    const [event] = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityType, 'steering_settings'), eq(auditEvents.agencyId, ctx.fixture.agencyX)),
      )
      .orderBy(desc(auditEvents.seq))
      .limit(1);
    expect(event.changes).toEqual({
      escalateDirectivesAfterWorkingDays: { from: start.escalateDirectivesAfterWorkingDays, to: 60 },
    });
  });
});

describe('steering: what the reports see of the committee', () => {
  it("the review pack lists the earlier meetings' directives and the clock the year's review and overdue directives", async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const chair = await ctx.as('x.leadership_all');
    // Held on the year's first day (today on 01/01 itself): an earlier meeting for today's clock.
    const m = await heldWithDirectives(secretariat, { meetingDate: `${year}-01-01` });
    ok(await chair.post(`${base}/meetings/${m.id}/sign`, { version: m.version, password: FIXTURE_PASSWORD }));
    const mine = (await ctx.database.db.select().from(steeringDirectives)).filter(
      (d) => d.meetingId === m.id,
    );
    expect(mine).toHaveLength(2);
    // One of the two falls overdue.
    await ctx.database.db
      .update(steeringDirectives)
      .set({ dueDate: `${year - 1}-12-01` })
      .where(eq(steeringDirectives.id, mine[0].id));
    // The pack runs to tomorrow: today's meeting is then an earlier one.
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const actor = {
      agencyId: ctx.fixture.agencyX,
      personId: ctx.fixture.xSecretariat,
      unitId: ctx.fixture.units.x1.id,
      unitPath: ctx.fixture.units.x1.path,
      grants: [{ role: 'secretariat' as const, unitId: null, unitPath: null }],
    };
    const expected = await directivesStatus(
      { db: ctx.database.db, actor: actor as never },
      { until: tomorrow },
    );
    const pack = ok(
      await secretariat.post('/api/v1/steering/reports/packs', {
        title: 'Báo cáo xem xét của lãnh đạo',
        from: `${year}-01-01`,
        to: tomorrow,
      }),
      201,
    );
    const view = ok(await secretariat.get(`/api/v1/steering/reports/packs/${pack.id}`));
    const section = view.sections.find((s: any) => s.key === 'directives');
    const figure = (key: string) => section.figures.find((f: any) => f.key === key)?.value;
    expect(figure('total')).toBe(expected.total);
    expect(figure('overdue')).toBe(expected.counts.overdue);
    expect(figure('overdue')).toBeGreaterThanOrEqual(1);
    expect(section.items.filter((i: any) => i.link === `/steering/meetings/${m.id}`)).toHaveLength(2);
    const clock = ok(await secretariat.get('/api/v1/steering/reports/clock'));
    const line = (key: string) => clock.lines.find((l: any) => l.key === key);
    expect(line('managementReview')).toMatchObject({ level: 'green' });
    if (today > `${year}-01-01`) expect(line('directives')).toMatchObject({ level: 'red' });
  });
});

describe('steering: concurrency', () => {
  it('sends the invitations, records the minutes, confirms the conclusions and marks a directive done once from ten connections', async () => {
    const secretariat = await wide.as('x.secretariat_all');
    const m = await newMeeting(secretariat);
    const once = (answers: Array<{ status: number }>) => {
      expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
      expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
    };
    once(
      await together(() => secretariat.post(`${base}/meetings/${m.id}/invitations`, { version: m.version })),
    );
    const invited = await fresh(secretariat, m.id);
    once(
      await together((i) =>
        secretariat.post(`${base}/meetings/${m.id}/minutes`, {
          version: invited.version,
          minutes: `Biên bản ${i}`,
        }),
      ),
    );
    const held = await fresh(secretariat, m.id);
    const withItem = ok(
      await secretariat.post(`${base}/meetings/${m.id}/conclusions`, {
        version: held.version,
        text: 'Đánh giá nội bộ chéo giữa các đơn vị.',
        directive: {
          unitIds: [ctx.fixture.units.x1.id],
          dueInWorkingDays: 15,
          expectedResult: 'Báo cáo đánh giá',
        },
      }),
      201,
    );
    const chair = await wide.as('x.leadership_all');
    once(
      await together(() =>
        chair.post(`${base}/meetings/${m.id}/sign`, {
          version: withItem.version,
          password: FIXTURE_PASSWORD,
        }),
      ),
    );
    const signed = await fresh(secretariat, m.id);
    const directives = signed.conclusions[0].directives;
    expect(directives).toHaveLength(1);
    const rows = await ctx.database.db
      .select()
      .from(steeringDirectives)
      .where(eq(steeringDirectives.meetingId, m.id));
    expect(rows).toHaveLength(1);
    const head = await wide.as('x.unit_unit_head');
    once(
      await together((i) =>
        head.post(`${base}/directives/${directives[0].id}/complete`, {
          version: directives[0].version,
          evidenceNote: `Bằng chứng ${i}`,
        }),
      ),
    );
    for (const [entityId, action] of [
      [m.id, 'invite'],
      [m.id, 'record_minutes'],
      [m.id, 'sign_conclusions'],
      [directives[0].id, 'complete'],
    ]) {
      const events = await ctx.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)));
      expect(events, action).toHaveLength(1);
    }
  });
});

describe('steering: evidence files', () => {
  it("files the owner unit's evidence in its records and lets the directive's readers download it", async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const chair = await ctx.as('x.leadership_all');
    const m = await heldWithDirectives(secretariat);
    const signed = ok(
      await chair.post(`${base}/meetings/${m.id}/sign`, { version: m.version, password: FIXTURE_PASSWORD }),
    );
    const x1 = signed.conclusions.flatMap((c: any) => c.directives).find((d: any) => d.unitName === 'Vụ Một');
    const head = await ctx.as('x.unit_unit_head');
    const { payload, headers } = multipartFile('Báo cáo rà soát.pdf', tinyPdf('báo cáo rà soát'));
    const added = ok(await head.post(`${base}/directives/${x1.id}/evidence`, payload, headers), 201);
    expect(added.evidenceFiles).toHaveLength(1);
    const file = added.evidenceFiles[0];
    const got = await head.bytes(`${base}/directives/${x1.id}/evidence/${file.hash}`);
    expect(got.status).toBe(200);
    expect(got.body.subarray(0, 5).toString()).toBe('%PDF-');
    // X2's staff read neither the directive nor its file.
    const x2 = await ctx.as('x2.staff');
    expect((await x2.get(`${base}/directives/${x1.id}/evidence/${file.hash}`)).status).toBe(404);
    const again = multipartFile('Biên bản.pdf', tinyPdf('biên bản'));
    expect((await x2.post(`${base}/directives/${x1.id}/evidence`, again.payload, again.headers)).status).toBe(
      404,
    );
    // Done: no more files.
    ok(
      await head.post(`${base}/directives/${x1.id}/complete`, {
        version: added.version,
        evidenceNote: 'Xong',
      }),
    );
    expect(
      (await head.post(`${base}/directives/${x1.id}/evidence`, again.payload, again.headers)).status,
    ).toBe(409);
  });
});

describe('steering: the meeting and its papers', () => {
  it("opens the input pack of the meeting's period: the secretariat compiles it once, readers of the reports see the link", async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const chair = await ctx.as('x.leadership_all');
    const unitLeadership = await ctx.as('x.unit_leadership');
    const m = await newMeeting(secretariat, { periodFrom: '2011-01-01', periodTo: '2011-12-31' });
    expect(m).toMatchObject({ packId: null, abilities: { compilePack: true } });
    expect(ok(await chair.get(`${base}/meetings/${m.id}`))).toMatchObject({
      packId: null,
      abilities: { compilePack: false },
    });
    // Only the secretariat compiles it.
    expect((await chair.post(`${base}/meetings/${m.id}/pack`, {})).status).toBe(403);
    const { packId } = ok(await secretariat.post(`${base}/meetings/${m.id}/pack`, {}));
    const pack = ok(await secretariat.get(`/api/v1/steering/reports/packs/${packId}`));
    expect(pack).toMatchObject({ from: '2011-01-01', to: '2011-12-31' });
    expect(pack.title).toContain(m.title);
    // Asked again (or from another meeting of the same period): the same pack, one per period.
    expect(ok(await secretariat.post(`${base}/meetings/${m.id}/pack`, {})).packId).toBe(packId);
    const twin = await newMeeting(secretariat, { periodFrom: '2011-01-01', periodTo: '2011-12-31' });
    expect(twin.packId).toBe(packId);
    expect(ok(await chair.get(`${base}/meetings/${m.id}`)).packId).toBe(packId);
    // Reads the meeting (leadership in a unit) but not the agency's reports: no link.
    expect(ok(await unitLeadership.get(`${base}/meetings/${m.id}`)).packId).toBeNull();
  });

  it('saves the escalation setting once from ten connections with the same version', async () => {
    const secretariat = await wide.as('x.secretariat_all');
    const read = ok(await secretariat.get(`${base}/settings`));
    const answers = await together((i) =>
      secretariat.put(`${base}/settings`, {
        version: read.version,
        escalateDirectivesAfterWorkingDays: 10 + i,
      }),
    );
    const saved = answers.filter((r) => r.status === 200);
    expect(saved).toHaveLength(1);
    expect(answers.filter((r) => r.status === 409)).toHaveLength(TOGETHER - 1);
    expect(ok(await secretariat.get(`${base}/settings`))).toMatchObject({
      version: read.version + 1,
      escalateDirectivesAfterWorkingDays: saved[0]!.body.escalateDirectivesAfterWorkingDays,
    });
  });

  it('compiles the pack of a period once when ten connections ask at the same moment', async () => {
    const secretariat = await wide.as('x.secretariat_all');
    const m = await newMeeting(secretariat, { periodFrom: '2012-01-01', periodTo: '2012-12-31' });
    const answers = await together(() => secretariat.post(`${base}/meetings/${m.id}/pack`, {}));
    expect(answers.map((r) => r.status)).toEqual(Array(TOGETHER).fill(200));
    const ids = new Set(answers.map((r) => (r.body as { packId: string }).packId));
    expect(ids.size).toBe(1);
    const events = await ctx.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, [...ids][0]), eq(auditEvents.action, 'create')));
    expect(events).toHaveLength(1);
  });

  it('issues the Thông báo kết luận of a concluded meeting as DOCX and PDF: number, conclusions, directives, the chair', async () => {
    const secretariat = await ctx.as('x.secretariat_all');
    const chair = await ctx.as('x.leadership_all');
    const m = await heldWithDirectives(secretariat);
    // Not before the chair confirms.
    expect((await secretariat.bytes(`${base}/meetings/${m.id}/notice.docx`)).status).toBe(409);
    ok(
      await chair.post(`${base}/meetings/${m.id}/sign`, {
        version: m.version,
        password: FIXTURE_PASSWORD,
        noticeRef: '17/TB-BCĐ',
      }),
    );
    const signed = await fresh(secretariat, m.id);
    const dues = signed.conclusions
      .filter((c: any) => c.isDirective)
      .map((c: any) => c.directives[0].dueDate.split('-').reverse().join('/'));
    expect(dues).toHaveLength(2);
    const docx = await secretariat.bytes(`${base}/meetings/${m.id}/notice.docx`);
    expect(docx.status).toBe(200);
    const word = folded((await docxParts(docx.body)).text);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'BAN CHỈ ĐẠO ISO',
      'Số: 17/TB-BCĐ',
      'THÔNG BÁO',
      'Kết luận của Trưởng Ban Chỉ đạo ISO',
      '1. Các đơn vị thực thi nghiêm các quy trình đã ban hành.',
      '3. Ghi nhận kết quả đánh giá nội bộ năm nay.',
      'CÁC NHIỆM VỤ GIAO ĐƠN VỊ THỰC HIỆN',
      'Vụ Một',
      'Vụ Hai',
      'Báo cáo việc áp dụng quy trình',
      'Mục tiêu được công bố',
      ...dues,
      'TM. BAN CHỈ ĐẠO ISO',
      'TRƯỞNG BAN',
      signed.signedBy.name,
      'Nơi nhận',
    ])
      expect(word, expected).toContain(expected);
    const pdf = await secretariat.bytes(`${base}/meetings/${m.id}/notice.pdf`);
    expect(pdf.status).toBe(200);
    const pdfWords = folded(await pdfText(pdf.body));
    expect(pdfWords).toContain('CÁC NHIỆM VỤ GIAO ĐƠN VỊ THỰC HIỆN');
    if (process.env.NOTICE_PDF_OUT) writeFileSync(process.env.NOTICE_PDF_OUT, pdf.body);
    // A person who may not read the meeting does not learn the notice exists.
    const staff = await ctx.as('x.unit_staff');
    expect((await staff.bytes(`${base}/meetings/${m.id}/notice.pdf`)).status).toBe(404);
  });
});
