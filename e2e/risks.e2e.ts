// Risks and opportunities (ISO 9001 6.1) as the demo ministry's people walk them: Vụ CNTT's ISO
// officer records a risk from the register and plans its treatment, owned by a staff member;
// the owner finds it in Việc của tôi and reports it done; the officer, who recorded it, may not review it; the unit head
// closes it with the review of effectiveness. The register and the risk at 1440 and 390 px
// (cards on the phone, nothing cut off), axe at each step; the review pack's link (a period
// and a level) opens the register filtered.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { readFirstSheet } from '../src/server/platform/xlsx/read-sheet.ts';
import { apiSession } from './support/api.ts';
import {
  chooseOption,
  launchBrowser,
  noDialogLeft,
  screenshotInto,
  seriousViolations,
  signedInPage,
} from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const PASSWORD = 'Demo@2017';
const DESCRIPTION = 'Dự toán ứng dụng công nghệ thông tin áp dụng định mức đã hết hiệu lực';
/** Screenshots to look at (not compared): E2E_SHOTS=<folder> keeps them. */
const SHOTS = process.env.E2E_SHOTS ?? '';
const shot = screenshotInto(SHOTS);
let server: RunningServer;
let browser: Browser;
let riskId = '';

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

/** A select whose list closes before the next one opens (both offer the same 1–5 scale). */
async function rate(page: Page, field: Locator, text: string) {
  await chooseOption(page, field, text, false);
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

/** Every link, button and tag of the page lies inside the viewport, and the page does not scroll sideways. */
async function assertNothingClipped(page: Page) {
  const width = page.viewportSize()!.width;
  const outside = await page.evaluate((w) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('main a, main button, main .ant-tag')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < -1 || r.right > w + 1)
        out.push(`${el.textContent?.trim().slice(0, 40)} ${r.left}–${r.right}`);
    }
    return out;
  }, width);
  assert.deepEqual(outside, []);
  const scrollable = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollable <= width + 1, `the page scrolls sideways: ${scrollable} > ${width}`);
}

test('the ISO officer records a risk from the register and plans its treatment', async () => {
  const page = await as('cntt.daumoi');
  await page.getByRole('link', { name: 'Rủi ro và cơ hội' }).click();
  await page.waitForURL(/\/risks$/);
  await page.getByRole('link', { name: /Hồ sơ thẩm định thiếu căn cứ định mức/ }).waitFor();
  await shot(page, 'risks-register-1440');
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('button', { name: 'Ghi nhận rủi ro, cơ hội' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog
    .getByLabel('Quá trình, quy trình')
    .fill('Quy trình thẩm định thiết kế thi công và dự toán ứng dụng công nghệ thông tin');
  await dialog.getByLabel('Mô tả').fill(DESCRIPTION);
  await dialog
    .getByLabel('Nguyên nhân')
    .fill('Thông tư về định mức mới ban hành, chưa cập nhật vào danh mục kiểm tra.');
  await dialog.getByLabel('Hậu quả, tác động').fill('Dự toán phê duyệt sai, phải điều chỉnh khi quyết toán.');
  await rate(page, dialog.getByLabel('Khả năng xảy ra (1–5)'), '4 — Cao');
  await rate(page, dialog.getByLabel('Mức độ ảnh hưởng (1–5)'), '4 — Cao');
  await dialog.getByText('Mức độ: Cao (16 điểm)').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await shot(page, 'risks-create-1440');
  await dialog.getByRole('button', { name: 'Ghi nhận rủi ro, cơ hội' }).click();
  await page.waitForURL(/\/risks\/[0-9a-f-]{36}$/);
  riskId = page.url().split('/').pop() ?? '';
  await noDialogLeft(page);
  await page.getByText('Mới nhận diện').first().waitFor();
  await page.getByText('Cao · 16').first().waitFor();

  await page.getByRole('button', { name: 'Lập hành động xử lý' }).click();
  const plan = page.getByRole('dialog');
  await plan
    .getByLabel('Hành động xử lý')
    .fill('Cập nhật định mức mới vào danh mục kiểm tra hồ sơ thẩm định.');
  await chooseOption(page, plan.getByLabel('Người phụ trách'), 'Lê Hải Nam');
  await plan.getByRole('button', { name: 'Lập hành động xử lý' }).click();
  await noDialogLeft(page);
  await page.getByText('Đang xử lý').first().waitFor();
  await page.getByText(/còn 10 ngày làm việc/).waitFor();
  await shot(page, 'risks-treating-1440');
  assert.deepEqual(await seriousViolations(page), []);

  const api = await apiSession(server.url, 'cntt.daumoi', PASSWORD);
  const risk = await api.get(`/risks/${riskId}`);
  assert.equal(risk.state, 'treating');
  assert.equal(risk.level, 'high');
  assert.equal(risk.treatmentOwnerName, 'Lê Hải Nam');
  await page.context().close();
});

test('the owner opens it from Việc của tôi and reports it done; whoever recorded it may not review it; the head closes it', async () => {
  // The owner finds the treatment in Việc của tôi and opens its risk from there.
  const owner = await as('cntt.chuyenvien');
  await owner.getByRole('link', { name: 'Việc của tôi' }).first().click();
  const treatments = owner.locator('#risk-treatments');
  await treatments.getByText(/Xử lý rủi ro, cơ hội \(\d+\)/).waitFor();
  await treatments
    .getByRole('link', { name: 'Cập nhật định mức mới vào danh mục kiểm tra hồ sơ thẩm định.' })
    .click();
  await owner.waitForURL(`**/risks/${riskId}`);
  await owner.getByRole('button', { name: 'Báo hoàn thành' }).click();
  const done = owner.getByRole('dialog');
  await done
    .getByLabel('Kết quả thực hiện')
    .fill('Danh mục kiểm tra đã có định mức mới; đã hướng dẫn chủ đầu tư.');
  await done.getByRole('button', { name: 'Báo hoàn thành' }).click();
  await noDialogLeft(owner);
  await owner
    .getByText(/Ngày hoàn thành/)
    .first()
    .waitFor();
  await owner.context().close();

  const officer = await as('cntt.daumoi');
  await officer.goto(`${server.url}/risks/${riskId}`);
  await officer.getByText(/phân tách nhiệm vụ/).waitFor();
  assert.equal(await officer.getByRole('button', { name: 'Đóng, đánh giá hiệu quả' }).count(), 0);
  await officer.context().close();

  const head = await as('cntt.vutruong');
  await head.goto(`${server.url}/risks/${riskId}`);
  await head.getByRole('button', { name: 'Đóng, đánh giá hiệu quả' }).click();
  const review = head.getByRole('dialog');
  await review.getByText(/không sửa được nữa/).waitFor();
  await review.getByLabel('Nhận xét').fill('Các hồ sơ thẩm định sau đó đều áp dụng định mức mới.');
  assert.deepEqual(await seriousViolations(head), []);
  await review.getByRole('button', { name: 'Đóng, đánh giá hiệu quả' }).click();
  await noDialogLeft(head);
  await head.getByText('Đã đóng').first().waitFor();
  await head.getByText('Có hiệu quả').first().waitFor();
  await shot(head, 'risks-closed-1440');
  assert.deepEqual(await seriousViolations(head), []);
  await head.context().close();
});

test('on a 390 px phone the register is cards and the risk reads without sideways scrolling', async () => {
  const page = await as('cntt.vutruong', 390);
  await page.goto(`${server.url}/risks`);
  const cards = page.getByTestId('risks-list');
  await cards.getByRole('link', { name: /Hồ sơ thẩm định thiếu căn cứ định mức/ }).waitFor();
  assert.equal(await cards.locator('table').count(), 0, 'the phone shows cards, not a table');
  await assertNothingClipped(page);
  await shot(page, 'risks-register-390');
  assert.deepEqual(await seriousViolations(page), []);
  await page.goto(`${server.url}/risks/${riskId}`);
  await page.getByText('Có hiệu quả').first().waitFor();
  await assertNothingClipped(page);
  await shot(page, 'risks-risk-390');
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test("the review pack's link opens the register for its period and level", async () => {
  const page = await as('khcn.thuky');
  const year = new Date().getFullYear();
  const from = `${year - 2}-01-01`;
  const to = `${year}-12-31`;
  await page.goto(`${server.url}/risks?from=${from}&to=${to}&level=high`);
  await page.getByText(`Nhận diện từ 01/01/${year - 2} đến 31/12/${year}`).waitFor();
  const api = await apiSession(server.url, 'khcn.thuky', PASSWORD);
  const high = await api.get(`/risks?from=${from}&to=${to}&level=high`);
  assert.ok(high.total > 0);
  assert.ok(high.items.every((r: { level: string }) => r.level === 'high'));
  await page
    .getByRole('link', { name: new RegExp(high.items[0].code) })
    .first()
    .waitFor();
  await shot(page, 'risks-register-filtered-1440');
  // The workbook holds the filtered register: the high ones only.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Sổ rủi ro và cơ hội \(XLSX\)/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'so-rui-ro-va-co-hoi.xlsx');
  const sheet = await readFirstSheet(readFileSync((await download.path())!), 21);
  const codes = sheet!.rows.map((r) => r.cells[1]).filter((c) => /^(RR|CH)-\d{3}$/.test(c));
  assert.equal(codes.length, high.total);
  assert.ok(high.items.every((r: { code: string }) => codes.includes(r.code)));
  assert.ok(sheet!.rows.every((r) => !/^(RR|CH)-/.test(r.cells[1]) || r.cells[11] === 'Cao'));
  await page.context().close();
});
