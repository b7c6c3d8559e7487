// The steering committee's reports as the demo ministry's people walk them (issue 13, the
// reports part): the ISO secretariat opens the year's report the demo wrote after its
// year-end meeting from the menu, the figures show with links to their sources beside its
// narrative, it rewrites the narrative of the internal audit section and compiles a pack for
// another period; beside the declaration of conformity the deputy minister approved in the
// demo, it drafts a new one (a re-declaration) and the deputy minister signs it with the
// password; the statutory clock is on leadership's home; a staff member has no menu item and
// the pack answers "not found". Each screen at 1440 and 390 px, axe at each step.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Locator } from 'playwright-core';
import {
  launchBrowser,
  noDialogLeft,
  screenshotInto,
  seriousViolations,
  signedInPage,
} from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const PASSWORD = 'Demo@2017';
const YEAR = new Date().getFullYear();
const SHOTS = process.env.E2E_SHOTS ?? '';
let server: RunningServer;
let browser: Browser;
let packUrl = '';

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const as = (username: string, width = 1440) => signedInPage(browser, server.url, username, PASSWORD, width);

const shot = screenshotInto(SHOTS);

async function typeDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

test('the secretariat opens the year’s report; its figures link to their sources; it rewrites a narrative and compiles another period', async () => {
  const page = await as('khcn.thuky');
  const item = page.getByRole('link', { name: 'Báo cáo HTQLCL' });
  if (!(await item.isVisible())) await page.getByRole('menuitem', { name: 'Báo cáo' }).first().click();
  await item.click();
  await page.getByRole('heading', { name: 'Báo cáo HTQLCL' }).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  // The annual report the secretariat wrote after the year-end meeting (the demo's).
  await page
    .getByTestId('steering-packs')
    .getByRole('link', { name: `Báo cáo tình hình áp dụng, duy trì và cải tiến HTQLCL năm ${YEAR}` })
    .click();
  await page.waitForURL(/\/steering\/reports\/[0-9a-f-]{36}$/);
  packUrl = new URL(page.url()).pathname;
  const audits = page.getByTestId('section-audits');
  await audits.waitFor();
  // The seed's document figures, each a link to the status report of the same period, and the
  // secretariat's narrative around them.
  const documents = page.getByTestId('section-documents');
  const newlyBuilt = documents.getByRole('link', { name: /Quy trình xây dựng mới: 10/ });
  assert.equal(
    await newlyBuilt.getAttribute('href'),
    `/reports/documents-status?from=${YEAR}-01-01&to=${YEAR}-12-31`,
  );
  await documents.getByText('Vụ Công nghệ thông tin: 6 quy trình xây dựng mới').waitFor();
  await documents
    .getByText(/hoàn thành việc cải tiến 5 tài liệu, quy trình hệ thống và 25 quy trình nghiệp vụ/)
    .waitFor();
  assert.deepEqual(await seriousViolations(page), []);

  await audits.getByRole('button', { name: 'Sửa nhận xét' }).click();
  await audits
    .getByLabel('Nhận xét của Thư ký ISO')
    .fill('Đánh giá nội bộ tại 11 đơn vị; các đơn vị chưa lập danh mục hồ sơ.');
  await audits.getByRole('button', { name: 'Lưu nhận xét' }).click();
  await audits.getByText('Đánh giá nội bộ tại 11 đơn vị; các đơn vị chưa lập danh mục hồ sơ.').waitFor();
  await shot(page, 'steering-pack-1440');

  await newlyBuilt.click();
  await page.waitForURL(/\/reports\/documents-status\?from=/);

  // A pack of its own for the first half of the year, compiled from the list.
  await page.goto(`${server.url}/steering/reports`);
  await page.getByRole('button', { name: 'Lập báo cáo cho một kỳ' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên báo cáo').fill(`Báo cáo tình hình áp dụng HTQLCL 6 tháng đầu năm ${YEAR}`);
  await typeDate(dialog.getByLabel('Từ ngày'), `01/01/${YEAR}`);
  await typeDate(dialog.getByLabel('Đến ngày'), `30/06/${YEAR}`);
  // Enter in the last date may already have sent the form; otherwise its button does.
  const created = /\/steering\/reports\/[0-9a-f-]{36}$/;
  await page.waitForURL(created, { timeout: 5000 }).catch(async () => {
    await dialog.getByRole('button', { name: 'Lập báo cáo cho một kỳ' }).click();
    await page.waitForURL(created);
  });
  await noDialogLeft(page);
  assert.notEqual(new URL(page.url()).pathname, packUrl);
  await page.getByTestId('section-documents').getByRole('link').first().waitFor();
  assert.equal(
    await page.getByTestId('section-documents').getByRole('link').first().getAttribute('href'),
    `/reports/documents-status?from=${YEAR}-01-01&to=${YEAR}-06-30`,
  );
});

test('the pack at 390 px: figures readable, actions in view', async () => {
  const page = await as('khcn.thuky', 390);
  await page.goto(`${server.url}${packUrl}`);
  await page.getByTestId('section-audits').waitFor();
  await page.getByText('Đánh giá nội bộ tại 11 đơn vị; các đơn vị chưa lập danh mục hồ sơ.').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `the page scrolls sideways (${width}px)`);
  assert.deepEqual(await seriousViolations(page), []);
  await shot(page, 'steering-pack-390');
});

test('the secretariat re-declares: a new draft beside the demo’s declaration; the deputy minister signs it; the clock is on home', async () => {
  const today = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
  const secretariat = await as('khcn.thuky');
  await secretariat.goto(`${server.url}/steering/reports/declarations`);
  await secretariat.getByRole('heading', { name: 'Công bố HTQLCL phù hợp TCVN ISO 9001' }).waitFor();
  // The demo's declaration, approved by the deputy minister after the year-end meeting.
  await secretariat.getByText('Bản công bố hiện hành').waitFor();
  await secretariat.getByText('Phan Tâm, Thứ trưởng', { exact: false }).first().waitFor();
  assert.equal(await secretariat.getByText('Chưa có bản công bố đã được Lãnh đạo phê duyệt.').count(), 0);
  const scopes = secretariat.getByText(/Phạm vi \(\d+ quy trình\)/);
  assert.equal(await scopes.count(), 1);
  await secretariat.getByRole('button', { name: 'Dự thảo bản công bố mới' }).click();
  // The draft beside the declaration in force, over the procedures in force today.
  await scopes.nth(1).waitFor();
  assert.equal(await secretariat.getByRole('button', { name: 'Phê duyệt công bố' }).count(), 0);
  assert.deepEqual(await seriousViolations(secretariat), []);

  const leader = await as('thutruong.phantam');
  const clock = leader.getByTestId('statutory-clock');
  await clock.waitFor();
  await clock.getByText(/Công bố ngày \d{2}\/\d{2}\/\d{4}/).waitFor();
  assert.deepEqual(await seriousViolations(leader), []);
  await shot(leader, 'steering-home-clock-1440');
  await clock.getByRole('link', { name: /Xử lý: Công bố HTQLCL/ }).click();
  await leader.getByRole('button', { name: 'Phê duyệt công bố' }).click();
  const dialog = leader.getByRole('dialog');
  await dialog.getByLabel('Mật khẩu').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Phê duyệt công bố' }).click();
  await noDialogLeft(leader);
  await leader.getByText('Bản công bố còn phù hợp với các quy trình đang áp dụng.').waitFor();
  // The new one is the declaration in force, dated today; no draft is left to sign.
  const current = leader.locator('.ant-card', { hasText: 'Bản công bố hiện hành' });
  await current.getByText(today).waitFor();
  await current.getByText('Phan Tâm', { exact: false }).first().waitFor();
  assert.equal(await leader.getByRole('button', { name: 'Phê duyệt công bố' }).count(), 0);
  assert.deepEqual(await seriousViolations(leader), []);
  await shot(leader, 'steering-declarations-1440');

  const phone = await as('thutruong.phantam', 390);
  await phone.getByTestId('statutory-clock').getByText(`Công bố ngày ${today}`, { exact: false }).waitFor();
  assert.deepEqual(await seriousViolations(phone), []);
  await shot(phone, 'steering-home-clock-390');
});

test('a staff member sees no reports: no menu item, the pack answers not found', async () => {
  const page = await as('cntt.chuyenvien');
  assert.equal(await page.getByRole('link', { name: 'Báo cáo HTQLCL' }).count(), 0);
  assert.equal(await page.getByTestId('statutory-clock').count(), 0);
  await page.goto(`${server.url}${packUrl}`);
  await page.getByText('Không tìm thấy báo cáo này hoặc bạn không có quyền xem.').waitFor();
});
