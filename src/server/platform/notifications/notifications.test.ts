import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedProcedure } from '../../modules/cases/cases.fixture.ts';
import { sendDueReminders } from '../../modules/cases/notify/reminders.ts';
import { documents } from '../../modules/documents/documents.table.ts';
import { notifyReviewsDue } from '../../modules/documents/publish/publish.ts';
import { contactsOf } from '../../modules/org/index.ts';
import { people } from '../../modules/org/org.table.ts';
import { FIXTURE_PASSWORD } from '../../testing/fixture.ts';
import { seedDocument } from '../../testing/fixture-documents.ts';
import { setupTestApp } from '../../testing/test-app.ts';
import { setupWideApp, together } from '../../testing/wide-app.ts';
import { createMailer } from '../mail/mail.ts';
import { mailOutbox } from '../mail/outbox.table.ts';
import { todayInVietnam } from '../time.ts';
import { sendDigests } from './digest.ts';
import { notifications } from './notifications.table.ts';
import { notify } from './notify.ts';

const ctx = setupTestApp();
const wide = setupWideApp(ctx);

let counter = 0;
const event = (recipients: string[], over: Partial<Parameters<typeof notify>[1]> = {}) => ({
  agencyId: ctx.fixture.agencyX,
  kind: 'cases.step_assigned' as const,
  recipients,
  subject: { type: 'work_case' },
  title: { vi: `Bước được giao ${++counter}`, en: `Step assigned ${counter}` },
  link: '/cases',
  dedupeKey: `test:${counter}`,
  ...over,
});

const rowsFor = (dedupeKey: string) =>
  ctx.database.db.select().from(notifications).where(eq(notifications.dedupeKey, dedupeKey));

const outboxTo = async (to: string) =>
  ctx.database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, to));

describe('raising a notification', () => {
  it('creates one row per person per event, however often and from however many connections it is raised', async () => {
    const { roleHolders, x2Staff } = ctx.fixture;
    const e = event([roleHolders.staff, x2Staff, roleHolders.staff]);
    // Ten connections at once (the wide app's pool), then once more.
    await together(() => notify(wide.database.db, e));
    await notify(ctx.database.db, e);
    const rows = await rowsFor(e.dedupeKey);
    expect(rows.map((r) => r.recipientId).sort()).toEqual([roleHolders.staff, x2Staff].sort());
  });

  it('keeps read state per person, and another person’s notification is not found', async () => {
    const a = await ctx.as('x.unit_iso_officer');
    const b = await ctx.as('x.unit_internal_auditor');
    const before = (await b.get('/api/v1/notifications/unread-count')).body.unread;
    const e = event([ctx.fixture.roleHolders.iso_officer, ctx.fixture.roleHolders.internal_auditor]);
    await notify(ctx.database.db, e);
    const mine = await a.get('/api/v1/notifications');
    const item = mine.body.items.find((n: { title: string }) => n.title === e.title.vi);
    expect(item).toMatchObject({ readAt: null, link: '/cases' });
    // B may not mark A's notification: 404, and A's stays unread.
    const [bRow] = (await rowsFor(e.dedupeKey)).filter(
      (r) => r.recipientId === ctx.fixture.roleHolders.internal_auditor,
    );
    expect((await a.post(`/api/v1/notifications/${bRow.id}/read`)).status).toBe(404);
    const read = await a.post(`/api/v1/notifications/${item.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await b.post(`/api/v1/notifications/${item.id}/read`)).status).toBe(404);
    expect((await b.get('/api/v1/notifications/unread-count')).body.unread).toBe(before + 1);
    // Reading it again keeps the first reading's time.
    expect((await a.post(`/api/v1/notifications/${item.id}/read`)).body.readAt).toBe(read.body.readAt);
    // English titles in English.
    const en = await a.get('/api/v1/notifications?order=newest', { 'accept-language': 'en' });
    expect(en.body.items.map((n: { title: string }) => n.title)).toContain(e.title.en);
    // Mark all read: B's count drops to zero, A's list keeps its items.
    expect((await b.post('/api/v1/notifications/read-all')).body.marked).toBe(before + 1);
    expect((await b.get('/api/v1/notifications/unread-count')).body.unread).toBe(0);
  });

  it('lists unread first, then newest, paged', async () => {
    const c = await ctx.as('x.unit_steering_member');
    const me = ctx.fixture.roleHolders.steering_member;
    const keys = [event([me]), event([me]), event([me])];
    for (const e of keys) await notify(ctx.database.db, e);
    const [first] = await rowsFor(keys[0].dedupeKey);
    await c.post(`/api/v1/notifications/${first.id}/read`);
    const page1 = await c.get('/api/v1/notifications?pageSize=2');
    expect(page1.body.total).toBe(3);
    expect(page1.body.items.map((n: { title: string }) => n.title)).toEqual([
      keys[2].title.vi,
      keys[1].title.vi,
    ]);
    const page2 = await c.get('/api/v1/notifications?pageSize=2&page=2');
    expect(page2.body.items.map((n: { title: string }) => n.title)).toEqual([keys[0].title.vi]);
    const unread = await c.get('/api/v1/notifications?unread=true');
    expect(unread.body.total).toBe(2);
    expect((await c.get('/api/v1/notifications?order=oldest')).status).toBe(400);
  });

  it('respects a person’s choice: a kind turned off creates nothing for them', async () => {
    const staff = await ctx.as('x.unit_staff');
    const prefs = await staff.get('/api/v1/notifications/preferences');
    expect(prefs.body.hasEmail).toBe(true);
    expect(prefs.body.items.find((i: { kind: string }) => i.kind === 'cases.step_due')).toMatchObject({
      channel: 'email',
      isDefault: true,
    });
    const put = await staff.put('/api/v1/notifications/preferences', {
      items: [{ kind: 'cases.step_due', channel: 'off' }],
    });
    expect(put.status).toBe(200);
    expect(put.body.items.find((i: { kind: string }) => i.kind === 'cases.step_due')).toMatchObject({
      channel: 'off',
      isDefault: false,
    });
    expect(
      (await staff.put('/api/v1/notifications/preferences', { items: [{ kind: 'nope', channel: 'off' }] }))
        .status,
    ).toBe(400);
    const e = event([ctx.fixture.roleHolders.staff, ctx.fixture.x2Staff], { kind: 'cases.step_due' });
    await notify(ctx.database.db, e);
    expect((await rowsFor(e.dedupeKey)).map((r) => r.recipientId)).toEqual([ctx.fixture.x2Staff]);
  });
});

describe('the daily e-mail digest', () => {
  it('mails each person once their unread notifications of the kinds they want by e-mail, skipping people without an address', async () => {
    const { x1aStaff, x2Admin, xAdmin } = ctx.fixture;
    const x1a = await ctx.as('x1a.staff');
    // x1a.staff wants documents to read by e-mail, and not reviews due.
    await x1a.put('/api/v1/notifications/preferences', {
      items: [
        { kind: 'documents.to_read', channel: 'email' },
        { kind: 'documents.review_due', channel: 'app' },
      ],
    });
    await ctx.database.db.update(people).set({ email: null }).where(eq(people.id, x2Admin));
    const wanted = event([x1aStaff, x2Admin, xAdmin], { kind: 'documents.to_read' });
    const inApp = event([x1aStaff], { kind: 'documents.review_due' });
    const alreadyRead = event([x1aStaff], { kind: 'cases.step_overdue' });
    for (const e of [wanted, inApp, alreadyRead]) await notify(ctx.database.db, e);
    const [readRow] = await rowsFor(alreadyRead.dedupeKey);
    await x1a.post(`/api/v1/notifications/${readRow.id}/read`);

    // Two workers (two pools) at once.
    const run = (db: typeof ctx.database.db) =>
      sendDigests(db, createMailer({ smtpUrl: 'smtp://localhost:1' }, db), {
        contacts: contactsOf,
        publicUrl: 'https://eiso.test',
      });
    const results = await Promise.all([run(ctx.database.db), run(wide.database.db)]);
    await run(ctx.database.db);

    const x1aMails = await outboxTo('x1a.staff@example.test');
    expect(x1aMails).toHaveLength(1);
    expect(x1aMails[0].body).toContain(wanted.title.vi);
    expect(x1aMails[0].body).toContain('https://eiso.test/cases');
    expect(x1aMails[0].body).not.toContain(inApp.title.vi);
    expect(x1aMails[0].body).not.toContain(alreadyRead.title.vi);
    // documents.to_read is in the app only by default: the admin gets no mail for it.
    expect(await outboxTo('x.admin@example.test')).toHaveLength(0);
    // No address: skipped, and the notification stays for a later digest.
    const [x2Row] = (await rowsFor(wanted.dedupeKey)).filter((r) => r.recipientId === x2Admin);
    expect(x2Row.emailedAt).toBeNull();
    expect(results.reduce((n, r) => n + r.sent, 0)).toBeGreaterThanOrEqual(1);
  });

  it('queues nothing and marks nothing when no SMTP server is set', async () => {
    const e = event([ctx.fixture.xLeadership]);
    await notify(ctx.database.db, e);
    await sendDigests(ctx.database.db, createMailer({}, ctx.database.db), { contacts: contactsOf });
    const [row] = await rowsFor(e.dedupeKey);
    expect(row.emailedAt).toBeNull();
  });
});

describe('modules raise their events', () => {
  const kindsOf = async (personId: string, kind: string) =>
    ctx.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, personId), eq(notifications.kind, kind)));

  it('a case step assigned, and mailed at once to those who get it by e-mail; due soon and overdue once', async () => {
    const head = await ctx.as('x.unit_unit_head');
    const p = await seedProcedure(ctx.database.db, {
      agencyId: ctx.fixture.agencyX,
      unitId: ctx.fixture.units.x1.id,
      personId: ctx.fixture.roleHolders.iso_officer,
    });
    const before = (await kindsOf(ctx.fixture.x2Staff, 'cases.step_assigned')).length;
    const started = await head.post('/api/v1/cases', {
      procedureDocumentId: p.documentId,
      title: 'Việc thông báo',
      assigneeId: ctx.fixture.x2Staff,
      startDate: '2018-02-14',
    });
    expect(started.status).toBe(201);
    const assigned = await kindsOf(ctx.fixture.x2Staff, 'cases.step_assigned');
    expect(assigned).toHaveLength(before + 1);
    expect(assigned.at(-1)).toMatchObject({ link: `/cases/${started.body.id}`, subjectId: started.body.id });
    // Mailed at once (the existing path), so not again in the digest.
    expect(assigned.at(-1)?.emailedAt).not.toBeNull();
    expect(
      ctx.mails.some((m) => m.to === 'x2.staff@example.test' && m.subject.includes(started.body.code)),
    ).toBe(true);

    const mailer = { send: async () => true };
    await sendDueReminders(ctx.database.db, mailer, '2018-02-14');
    await sendDueReminders(ctx.database.db, mailer, '2018-02-14');
    const due = (await kindsOf(ctx.fixture.x2Staff, 'cases.step_due')).filter(
      (n) => n.subjectId === started.body.id,
    );
    expect(due).toHaveLength(1);
    await sendDueReminders(ctx.database.db, mailer, '2018-02-26');
    await sendDueReminders(ctx.database.db, mailer, '2018-02-27');
    const overdue = (await kindsOf(ctx.fixture.x2Staff, 'cases.step_overdue')).filter(
      (n) => n.subjectId === started.body.id,
    );
    expect(overdue).toHaveLength(1);
    expect(overdue[0].titleVi).toContain('22/02/2018');
  });

  it('documents to act on at each step, then to read when in force; reviews due once', async () => {
    const { roleHolders, xSecretariat, xLeadership, agencyX, units } = ctx.fixture;
    const officer = await ctx.as('x.unit_iso_officer');
    const created = await officer.post('/api/v1/documents/change-requests', {
      kind: 'new',
      reason: 'Thử thông báo',
      type: 'business_procedure',
      title: 'Quy trình thông báo',
      ownerUnitId: units.x1.id,
    });
    expect(created.status).toBe(201);
    const url = `/api/v1/document-versions/${created.body.versionId}/transitions`;
    const toAct = async (personId: string) =>
      (await kindsOf(personId, 'documents.to_act')).filter((n) => n.subjectId === created.body.versionId);
    expect((await officer.post(url, { action: 'submit_review', version: 1 })).status).toBe(200);
    expect(await toAct(roleHolders.unit_head)).toHaveLength(1);
    expect((await toAct(roleHolders.unit_head))[0].titleVi).toContain('Chờ xem xét');
    expect(await toAct(xSecretariat)).toHaveLength(0);
    const sign = { password: FIXTURE_PASSWORD };
    await (await ctx.as('x.unit_unit_head')).post(url, { action: 'review_approve', version: 2, ...sign });
    expect(await toAct(xSecretariat)).toHaveLength(1);
    expect(await toAct(roleHolders.secretariat)).toHaveLength(1);
    await (await ctx.as('x.secretariat_all')).post(url, { action: 'check_approve', version: 3, ...sign });
    expect((await toAct(xLeadership))[0].titleVi).toContain('Chờ phê duyệt');
    const today = todayInVietnam();
    const approved = await (await ctx.as('x.leadership_all')).post(url, {
      action: 'approve',
      version: 4,
      ...sign,
      decisionNo: '1/QĐ',
      issueDate: today,
      effectiveDate: today,
    });
    expect(approved.body.state).toBe('in_force');
    const toRead = (await kindsOf(roleHolders.staff, 'documents.to_read')).filter(
      (n) => n.subjectId === created.body.versionId,
    );
    expect(toRead).toHaveLength(1);
    expect(toRead[0].link).toBe(`/documents/${created.body.documentId}`);

    const seeded = await seedDocument(ctx.database.db, {
      agencyId: agencyX,
      unitId: units.x1.id,
      personId: roleHolders.iso_officer,
      state: 'in_force',
    });
    await ctx.database.db
      .update(documents)
      .set({ nextReviewDate: sql`current_date + 10` })
      .where(eq(documents.id, seeded.documentId));
    await notifyReviewsDue(ctx.database.db, today);
    await notifyReviewsDue(ctx.database.db, today);
    const reviews = (await kindsOf(roleHolders.unit_head, 'documents.review_due')).filter(
      (n) => n.subjectId === seeded.documentId,
    );
    expect(reviews).toHaveLength(1);
  });
});
