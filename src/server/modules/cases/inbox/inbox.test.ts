import { describe, expect, it } from 'vitest';
import type { Mail } from '../../../platform/mail/mail.ts';
import { type Client, setupTestApp } from '../../../testing/test-app.ts';
import { seedProcedure } from '../cases.fixture.ts';
import { sendDueReminders } from '../notify/reminders.ts';

const ctx = setupTestApp();

const procedureIn = (unitId: string) =>
  seedProcedure(ctx.database.db, {
    agencyId: ctx.fixture.agencyX,
    unitId,
    personId: ctx.fixture.roleHolders.iso_officer,
  });

async function start(client: Client, documentId: string, extra: object) {
  const r = await client.post('/api/v1/cases', { procedureDocumentId: documentId, title: 'Việc', ...extra });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

function collector() {
  const mails: Mail[] = [];
  const mailer = {
    send: async (m: Mail) => {
      mails.push(m);
      return true;
    },
  };
  return { mails, mailer };
}

describe('my work: case steps', () => {
  it('lists my steps and the ones I may claim, overdue first then by due date, paged', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const p = await procedureIn(ctx.fixture.units.x1.id);
    const mine = ctx.fixture.x1aStaff;
    const later = await start(head, p.documentId, { assigneeId: mine });
    const oldest = await start(head, p.documentId, { assigneeId: mine, startDate: '2018-02-13' });
    const middle = await start(head, p.documentId, { assigneeId: mine, startDate: '2018-05-02' });
    // Started in X1A by X1's head, who does not work there: unassigned, claimable by X1A's people.
    const x1aStaff = await ctx.as('x1a.staff');
    const x1a = await procedureIn(ctx.fixture.units.x1a.id);
    const claimable = await start(head, x1a.documentId, {
      startDate: '2018-03-01',
      unitId: ctx.fixture.units.x1a.id,
    });
    // Someone else's step does not show.
    await start(head, p.documentId, { assigneeId: ctx.fixture.roleHolders.staff, startDate: '2018-01-03' });

    const inbox = await x1aStaff.get('/api/v1/my-work/case-steps');
    expect(inbox.status).toBe(200);
    expect(inbox.body.total).toBe(4);
    expect(inbox.body.items.map((i: { caseId: string }) => i.caseId)).toEqual([
      oldest.id,
      claimable.id,
      middle.id,
      later.id,
    ]);
    expect(inbox.body.items[0]).toMatchObject({
      caseCode: oldest.code,
      procedureCode: p.code,
      dueDate: '2018-02-14',
      claimable: false,
    });
    expect(inbox.body.items[0].daysOverdue).toBeGreaterThan(1000);
    expect(inbox.body.items[1]).toMatchObject({ claimable: true, dueDate: '2018-03-02' });
    expect(inbox.body.items[3].daysOverdue).toBe(0);
    const second = await x1aStaff.get('/api/v1/my-work/case-steps?page=2&pageSize=3');
    expect(second.body.items.map((i: { caseId: string }) => i.caseId)).toEqual([later.id]);
    expect(second.body.total).toBe(4);
    // Claiming turns it into an assigned step; X1 people never saw it.
    const headInbox = await head.get('/api/v1/my-work/case-steps');
    expect(headInbox.body.items.map((i: { caseId: string }) => i.caseId)).not.toContain(claimable.id);
  });

  it('reminds once, on the working day before the due date, skipping Tết', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const p = await procedureIn(ctx.fixture.units.x1.id);
    // Started Wed 14/02/2018: one working day later is Thu 22/02, after Tết.
    const c = await start(head, p.documentId, { assigneeId: ctx.fixture.x2Staff, startDate: '2018-02-14' });
    expect(c.steps[0].dueDate).toBe('2018-02-22');
    const { mails, mailer } = collector();
    const forCase = () => mails.filter((m) => m.subject.includes(c.code));
    await sendDueReminders(ctx.database.db, mailer, '2018-02-13');
    expect(forCase()).toHaveLength(0);
    await sendDueReminders(ctx.database.db, mailer, '2018-02-14');
    expect(forCase().map((m) => m.to)).toEqual(['x2.staff@example.test']);
    expect(forCase()[0].subject).toContain('22/02/2018');
    await sendDueReminders(ctx.database.db, mailer, '2018-02-14');
    await sendDueReminders(ctx.database.db, mailer, '2018-02-21');
    expect(forCase()).toHaveLength(1);
  });

  it('reminds every person who may claim an unassigned step', async () => {
    const x1aStaff = await ctx.as('x1a.staff');
    const x1a = await procedureIn(ctx.fixture.units.x1a.id);
    // Fri 08/06/2018 + 1 working day = Mon 11/06; the reminder goes on Friday.
    const c = await start(x1aStaff, x1a.documentId, { startDate: '2018-06-08' });
    const { mails, mailer } = collector();
    expect((await sendDueReminders(ctx.database.db, mailer, '2018-06-07')).sent).toBe(0);
    await sendDueReminders(ctx.database.db, mailer, '2018-06-08');
    expect(mails.filter((m) => m.subject.includes(c.code)).map((m) => m.to)).toEqual([
      'x1a.staff@example.test',
    ]);
  });
});
