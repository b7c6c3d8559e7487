// The readable audit trail (issue 9): the administrator of the demo opens the trail at 1440 px
// and on a 390 px phone, opens the before/after of a unit that was dissolved and reads its
// status by name on both sides, the person a role was granted to by name, and a document's
// content summarised, opened on demand. Asserted from the page's text and element geometry (no
// value wider than its box or past the screen); screenshots are kept to look at (SHOTS_DIR, or a
// temporary folder named in the output).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiSession } from './support/api.ts';
import { launchBrowser, seriousViolations, signIn } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const PASSWORD = 'Demo@2017';
let server: RunningServer;
let browser: Browser;
let grantee = '';
/** A document version the demo wrote, whose first event (its creation) records its content. */
let createdVersionId = '';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const shots = process.env.SHOTS_DIR ?? mkdtempSync(join(tmpdir(), 'eiso-audit-shots-'));

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  const admin = await apiSession(server.url, 'quantri', PASSWORD);
  const unit = await admin.post<{ id: string }>('/units', {
    code: 'TTDL',
    name: 'Trung tâm Dữ liệu',
    kind: 'trung_tam',
  });
  assert.equal(unit.status, 201);
  const dissolved = await admin.post('/unit-events', {
    kind: 'dissolve',
    unitId: unit.body.id,
    effectiveDate: today,
  });
  assert.equal(dissolved.status, 201);
  const people = await admin.get<{ items: Array<{ id: string; fullName: string; unitId: string }> }>(
    '/people?q=chuyenvien2&pageSize=1',
  );
  const person = people.items[0]!;
  grantee = person.fullName;
  const granted = await admin.post(`/people/${person.id}/grants`, {
    role: 'iso_officer',
    unitId: person.unitId,
  });
  assert.equal(granted.status, 201);
  const created = await admin.get<{ items: Array<{ entityId: string }> }>(
    '/audit-events?entityType=document_version&action=create&pageSize=1',
  );
  createdVersionId = created.items[0]!.entityId;
  console.log(`screenshots in ${shots}`);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(width: number, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page, server.url, 'quantri', PASSWORD);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.goto(`${server.url}${path}`);
  await page.getByTestId('audit-list').waitFor();
  return page;
}

/** Values of the before/after wider than their box, or reaching past the screen's right edge. */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.audit-value')]
      .filter(
        (el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth,
      )
      .map((el) => el.textContent),
  );

for (const width of [1440, 390]) {
  test(`a dissolved unit's status reads by name on both sides, at ${width} px`, async () => {
    const page = await open(width, '/audit?entityType=unit');
    await page.getByRole('button', { name: 'Xem trước và sau' }).first().click();
    const changes = page.getByLabel('Dữ liệu thay đổi').first();
    await changes.getByText('Đã giải thể').waitFor();
    await changes.getByText('Đang hoạt động').waitFor();
    await changes.getByText(today.split('-').reverse().join('/')).waitFor();
    assert.equal(await changes.getByText('dissolved').count(), 0);
    assert.deepEqual(await clipped(page), []);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width);
    await page.screenshot({ path: join(shots, `audit-unit-${width}.png`) });
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();
  });

  test(`a granted role names its person and role, at ${width} px`, async () => {
    const page = await open(width, '/audit?entityType=role_grant');
    await page.getByRole('button', { name: 'Xem trước và sau' }).first().click();
    const changes = page.getByLabel('Dữ liệu thay đổi').first();
    await changes.getByText(grantee).waitFor();
    await changes.getByText('Cán bộ đầu mối ISO').waitFor();
    assert.doesNotMatch((await changes.textContent()) ?? '', /[0-9a-f]{8}-[0-9a-f]{4}-|iso_officer/);
    assert.deepEqual(await clipped(page), []);
    await page.screenshot({ path: join(shots, `audit-grant-${width}.png`) });
    await page.context().close();
  });

  test(`a document's content is summarised and opens in full, at ${width} px`, async () => {
    // The version's events, newest first: its creation (with the content) is the last row.
    const page = await open(width, `/audit?entityType=document_version&entityId=${createdVersionId}`);
    await page.getByRole('button', { name: 'Xem trước và sau' }).last().click();
    const changes = page.getByLabel('Dữ liệu thay đổi').last();
    await changes.getByText('nội dung đã ghi').waitFor();
    await changes.getByRole('button', { name: 'Xem nội dung' }).click();
    const detail = changes.locator('.audit-value-detail');
    await detail.waitFor();
    assert.match((await detail.textContent()) ?? '', /Phạm vi áp dụng|Nội dung/);
    assert.doesNotMatch((await detail.textContent()) ?? '', /[{}"]/);
    assert.deepEqual(await clipped(page), []);
    await page.screenshot({ path: join(shots, `audit-content-${width}.png`) });
    await page.context().close();
  });
}
