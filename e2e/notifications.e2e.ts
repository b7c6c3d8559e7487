// Notifications as a unit head of the demo ministry meets them: the bell in the top bar
// carries the unread count (drafts his ISO officer sends him for review raise notices),
// opens the newest notifications, and opening one goes to its record and marks it read;
// the full page lists them all and marks all read. At 1440 px and on a 390 px phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiSession } from './support/api.ts';
import { launchBrowser, seriousViolations, signedInPage } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const PASSWORD = 'Demo@2017';
const HEAD = 'cntt.vutruong';
let server: RunningServer;
let browser: Browser;

const unread = async () =>
  (
    await (
      await apiSession(server.url, HEAD, PASSWORD)
    ).get<{ unread: number }>('/notifications/unread-count')
  ).unread;

/**
 * Three of the unit's procedures sent to its head for review: each raises a "to act on"
 * notice for him (the tests open one at each width and then mark the rest read).
 */
async function sendDraftsForReview() {
  const officer = await apiSession(server.url, 'cntt.daumoi', PASSWORD);
  const inForce = (await officer.get('/documents?q=QT-CNTT&status=in_force&pageSize=50')).items as Array<{
    id: string;
  }>;
  let sent = 0;
  for (const document of inForce) {
    if (sent === 3) break;
    const requested = await officer.post<{ versionId: string }>('/documents/change-requests', {
      kind: 'revise',
      documentId: document.id,
      reason: 'Cập nhật theo kết quả đánh giá nội bộ',
    });
    if (requested.status !== 201) continue;
    const { version } = await officer.get(`/document-versions/${requested.body.versionId}`);
    const submitted = await officer.post(`/document-versions/${requested.body.versionId}/transitions`, {
      action: 'submit_review',
      version,
    });
    if (submitted.status === 200) sent++;
  }
  assert.equal(sent, 3, 'three drafts sent to the head for review');
}

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  await sendDraftsForReview();
  assert.ok((await unread()) >= 3, 'the head has the notices to open');
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const as = (width: number) => signedInPage(browser, server.url, HEAD, PASSWORD, width);

type Notice = { id: string; link: string | null };
const unreadNotices = async () =>
  (
    await (
      await apiSession(server.url, HEAD, PASSWORD)
    ).get<{ items: Notice[] }>('/notifications?unread=true&pageSize=100')
  ).items;

/**
 * The bell's label follows the server's count. Reminder jobs run at start and may raise
 * a notice for the head at any moment (the bell asks again only each minute), so the
 * label is compared with the count read just before; if a notice came between, the page
 * is loaded again.
 */
async function bellMatchesServer(page: Page) {
  for (let i = 0; i < 6; i++) {
    const bell = page.getByRole('button', { name: `Thông báo: ${await unread()} chưa đọc` });
    try {
      await bell.waitFor({ timeout: 10_000 });
      return bell;
    } catch {
      await page.reload();
    }
  }
  throw new Error("the bell never showed the server's unread count");
}

for (const width of [1440, 390]) {
  test(`the bell shows the unread count and opens a notification's record (${width} px)`, async () => {
    const page = await as(width);
    const bell = await bellMatchesServer(page);
    const box = await bell.boundingBox();
    assert.ok(
      box && box.x >= 0 && box.x + box.width <= width,
      `bell inside the screen: ${JSON.stringify(box)}`,
    );
    const unreadBefore = await unreadNotices();
    await bell.click();
    const list = page.getByRole('dialog', { name: /Thông báo/ });
    const first = list.getByRole('link', { name: /QT-CNTT/ }).first();
    await first.waitFor();
    // seriousViolations lets the opening animation finish first.
    assert.deepEqual(await seriousViolations(page), []);
    const listBox = await list.boundingBox();
    assert.ok(
      listBox && listBox.x >= 0 && listBox.x + listBox.width <= width + 1,
      `the list fits the screen: ${JSON.stringify(listBox)}`,
    );
    await first.click();
    await page.waitForURL(/\/documents\/[0-9a-f-]+$/);
    // Exactly the opened notice became read, and it is the record now on screen.
    const stillUnread = new Set((await unreadNotices()).map((n) => n.id));
    const opened = unreadBefore.filter((n) => !stillUnread.has(n.id));
    assert.equal(opened.length, 1, 'one notice marked read');
    assert.equal(opened[0]?.link, new URL(page.url()).pathname);
    await bellMatchesServer(page);
    await page.context().close();
  });
}

test('the notifications page lists them and marks all read', async () => {
  const page = await as(1440);
  await page.goto(`${server.url}/notifications`);
  await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
  await page.getByRole('button', { name: /^Mở: / }).first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).first().click();
  await page.getByRole('button', { name: 'Thông báo: không có thông báo chưa đọc' }).waitFor();
  assert.equal(await unread(), 0);
  await page.context().close();
});
