// Nonconformities and corrective action as the people of the demo ministry walk them (issue
// 11): Vụ CNTT's ISO officer records an audit finding from the register, records the
// immediate correction and the why-why chain, plans an action owned by a staff member; the
// unit head approves the plan; the owner completes it from My work with its evidence and a
// file, which lands in the unit's records file for corrective action; the
// secretariat verifies a demo record whose waiting period has ended and it closes; the phiếu
// downloads as DOCX and PDF. Register and record pages at 1440 and 390 px, axe at each step.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
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
const TITLE = 'Biên bản họp giao ban không được đưa vào hồ sơ công việc';
const EVIDENCE_NAME = 'Mẫu biên bản họp giao ban.pdf';
const EVIDENCE = Buffer.from(
  '%PDF-1.4\n% mau bien ban\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** Screenshots to look at (not compared): E2E_SHOTS=<folder> keeps them. */
const SHOTS = process.env.E2E_SHOTS ?? '';
let server: RunningServer;
let browser: Browser;
let ncId = '';
let ncCode = '';

before(async () => {
  // The demo as loaded today: the audit's records are current, one waits for verification.
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

/** Picks the option whose text contains `text` in an Ant Design select (searching when it can). */
const choose = chooseOption;

/** Every cell and button of the table's rows lies inside the viewport: nothing clipped. */
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
  const scrollable = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.deepEqual(outside, []);
  assert.ok(scrollable <= width + 1, `the page scrolls sideways: ${scrollable} > ${width}`);
}

test('the ISO officer records an audit finding from the register, with its correction and cause', async () => {
  const page = await as('cntt.daumoi');
  await page.goto(`${server.url}/nonconformities`);
  await page.getByRole('link', { name: /Chưa sao lưu định kỳ/ }).waitFor();
  await shot(page, 'register-1440');
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Căn cứ (biên bản, đợt đánh giá…)').fill('Biên bản đánh giá nội bộ tại Vụ CNTT');
  await choose(page, dialog.getByLabel('Đơn vị'), 'Vụ Công nghệ thông tin');
  await dialog.getByLabel('Tóm tắt').fill(TITLE);
  await dialog
    .getByLabel('Mô tả sự không phù hợp')
    .fill('Ba biên bản họp giao ban quý gần nhất chưa được đưa vào hồ sơ công việc của Vụ.');
  await dialog.getByLabel('Yêu cầu không được đáp ứng').fill('TCVN ISO 9001:2015 mục 7.5.3');
  await dialog.getByLabel('Điều khoản ISO 9001').fill('7.5.3');
  assert.deepEqual(await seriousViolations(page), []);
  await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
  await page.waitForURL(/\/nonconformities\/[0-9a-f-]{36}$/);
  ncId = page.url().split('/').pop() ?? '';
  await noDialogLeft(page);
  await page.getByText('Mới ghi nhận').first().waitFor();

  await page.getByRole('button', { name: 'Phân tích nguyên nhân' }).click();
  const analysis = page.getByRole('dialog');
  await analysis
    .getByLabel('Khắc phục tức thời: Đã làm gì')
    .fill('Đưa ba biên bản họp vào hồ sơ công việc trên phần mềm.');
  await analysis.getByLabel('Người thực hiện').fill('Lê Hải Nam');
  await analysis.getByLabel('Tại sao 1').fill('Thư ký cuộc họp không biết biên bản thuộc hồ sơ nào.');
  await analysis.getByRole('checkbox', { name: 'Phương pháp, cách làm' }).check();
  await analysis.getByRole('radio', { name: 'Thực hiện hành động khắc phục' }).check();
  await analysis.getByRole('button', { name: 'Phân tích nguyên nhân' }).click();
  await noDialogLeft(page);
  await page.getByText('Đã phân tích nguyên nhân').first().waitFor();

  await page.getByRole('button', { name: 'Thêm hành động' }).click();
  const action = page.getByRole('dialog');
  await action.getByLabel('Nội dung').fill('Ghi mã hồ sơ theo Danh mục vào mẫu biên bản họp giao ban.');
  await choose(page, action.getByLabel('Người phụ trách'), 'Lê Hải Nam');
  await action.getByRole('button', { name: 'Thêm hành động' }).click();
  await noDialogLeft(page);
  await page.getByRole('cell', { name: /Ghi mã hồ sơ theo Danh mục/ }).waitFor();
  await shot(page, 'record-analysed-1440');
  assert.deepEqual(await seriousViolations(page), []);

  const api = await apiSession(server.url, 'cntt.daumoi', PASSWORD);
  const nc = await api.get(`/nonconformities/${ncId}`);
  ncCode = nc.code;
  assert.equal(nc.state, 'analysed');
  assert.equal(nc.source, 'internal_audit');
  assert.equal(nc.correction.byName, 'Lê Hải Nam');
  assert.deepEqual(nc.whys, ['Thư ký cuộc họp không biết biên bản thuộc hồ sơ nào.']);
  assert.equal(nc.actions.length, 1);
  await page.context().close();
});

test('the unit head approves the plan; the owner completes the action from My work', async () => {
  const head = await as('cntt.vutruong');
  await head.goto(`${server.url}/nonconformities/${ncId}`);
  await head.getByRole('button', { name: 'Phê duyệt kế hoạch' }).click();
  await head.getByText('Đang thực hiện hành động').first().waitFor();
  await head.context().close();

  const owner = await as('cntt.chuyenvien');
  await owner.getByRole('link', { name: 'Việc của tôi' }).first().click();
  // The card names the action; overdue ones in red.
  const item = owner.getByRole('link', { name: /Ghi mã hồ sơ theo Danh mục/ }).first();
  await item.waitFor();
  await shot(owner, 'my-work-1440');
  assert.deepEqual(await seriousViolations(owner), []);
  await item.click();
  await owner.waitForURL(new RegExp(`/nonconformities/${ncId}$`));
  await owner.getByRole('button', { name: 'Hoàn thành', exact: true }).click();
  const dialog = owner.getByRole('dialog');
  await dialog
    .getByLabel('Kết quả và bằng chứng')
    .fill('Mẫu biên bản mới có ô mã hồ sơ; áp dụng từ cuộc họp giao ban tuần này.');
  // The evidence file: sent at once, filed in the unit's records file, named in the dialog.
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'Mẫu biên bản họp giao ban.pdf',
    mimeType: 'application/pdf',
    buffer: EVIDENCE,
  });
  await dialog.getByRole('link', { name: EVIDENCE_NAME }).waitFor();
  await dialog.getByRole('link', { name: /^Lưu tại hồ sơ / }).waitFor();
  await shot(owner, 'complete-with-file-1440');
  assert.deepEqual(await seriousViolations(owner), []);
  await dialog.getByRole('button', { name: 'Hoàn thành' }).click();
  await noDialogLeft(owner);
  await owner.getByText('Chờ xác nhận hiệu quả').first().waitFor();
  await owner.getByText(/Chờ đến ngày \d\d\/\d\d\/\d{4} để xác nhận hiệu quả/).waitFor();
  // The action's row names the file, which downloads as it was sent.
  const fileLink = owner.getByRole('link', { name: EVIDENCE_NAME }).first();
  await fileLink.waitFor();
  const got = await owner.request.get(`${server.url}${await fileLink.getAttribute('href')}`);
  assert.equal(got.status(), 200);
  assert.deepEqual(await got.body(), EVIDENCE);
  assert.deepEqual(await seriousViolations(owner), []);
  await owner.context().close();

  // The file is in Vụ CNTT's records file for corrective action, under its catalogue's entry.
  const officer = await apiSession(server.url, 'cntt.daumoi', PASSWORD);
  const nc = await officer.get(`/nonconformities/${ncId}`);
  const [filed] = nc.actions[0].files;
  assert.equal(filed.fileName, EVIDENCE_NAME);
  assert.equal(filed.recordFile.inCatalogue, true);
  assert.match(filed.recordFile.title, /hành động khắc phục/);
  const recordFile = await officer.get(`/record-files/${filed.recordFile.id}`);
  assert.ok(
    recordFile.items.some((i: { fileName: string }) => i.fileName === EVIDENCE_NAME),
    'the evidence is a document of the records file',
  );
  const page = await as('cntt.daumoi');
  await page.goto(`${server.url}/nonconformities/${ncId}`);
  await page.getByRole('link', { name: `Lưu tại hồ sơ ${filed.recordFile.fileCode}` }).click();
  await page.waitForURL(new RegExp(`/records/files/${filed.recordFile.id}$`));
  await page
    .getByText(/Mẫu biên bản họp giao ban/)
    .first()
    .waitFor();
  await shot(page, 'records-file-with-evidence-1440');
  await page.context().close();
});

test('the secretariat verifies a record whose waiting period has ended, and it closes', async () => {
  const api = await apiSession(server.url, 'khcn.thuky', PASSWORD);
  const work = await api.get('/my-work/nonconformities');
  const waiting = work.toVerify.find((v: { title: string }) => /mục tiêu chất lượng/.test(v.title));
  assert.ok(waiting, 'a demo record waits for verification');
  assert.ok(!work.toVerify.some((v: { id: string }) => v.id === ncId), 'the new record waits for its period');

  const page = await as('khcn.thuky');
  await page.getByRole('link', { name: 'Việc của tôi' }).first().click();
  await page
    .getByRole('link', { name: new RegExp(waiting.code) })
    .first()
    .click();
  await page.getByRole('button', { name: 'Xác nhận hiệu quả' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: 'Hành động có hiệu quả, đóng sự không phù hợp' }).check();
  await dialog.getByLabel('Nhận xét').fill('Báo cáo quý đã gửi đúng hạn.');
  await dialog.getByRole('button', { name: 'Xác nhận hiệu quả' }).click();
  await noDialogLeft(page);
  await page.getByText('Đã đóng').first().waitFor();
  assert.equal((await api.get(`/nonconformities/${waiting.id}`)).state, 'closed');
  await shot(page, 'record-closed-1440');
  assert.deepEqual(await seriousViolations(page), []);

  // The demo's recurrence links to its earlier record, whose verification it reopened.
  const list = await api.get(`/nonconformities?q=${encodeURIComponent('Lại trả kết quả')}`);
  await page.goto(`${server.url}/nonconformities/${list.items[0].id}`);
  await page.getByText('Tái diễn của').waitFor();
  await shot(page, 'recurrence-1440');
  await page.getByRole('link', { name: /^KPH-\d{4}-004$/ }).click();
  await page.getByText('Trả kết quả cấp giấy phép bưu chính quá hạn', { exact: false }).first().waitFor();
  await page.getByText('Chờ xác nhận hiệu quả').first().waitFor();
  // The records catalogue finding waits for the revision of QT-HT-02 still with the leadership.
  const found = await api.get(`/nonconformities?q=${encodeURIComponent('Danh mục hồ sơ')}`);
  await page.goto(`${server.url}/nonconformities/${found.items[0].id}`);
  await page.getByText('Hoàn thành khi phiên bản sửa đổi có hiệu lực').waitFor();
  await page.getByText('Quá hạn').first().waitFor();
  await shot(page, 'records-catalogue-finding-1440');
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});

test('the phiếu downloads as DOCX and as a PDF that names the record', async () => {
  const page = await as('cntt.daumoi');
  await page.goto(`${server.url}/nonconformities/${ncId}`);
  const download = async (name: RegExp) => {
    const link = page.getByRole('link', { name });
    const href = await link.getAttribute('href');
    const response = await page.request.get(`${server.url}${href}`);
    assert.equal(response.status(), 200);
    return response;
  };
  const docx = await download(/Phiếu yêu cầu khắc phục \(DOCX\)/);
  assert.equal(
    docx.headers()['content-type'],
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  assert.equal((await docx.body()).subarray(0, 2).toString(), 'PK');
  const pdf = await download(/^PDF$/);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  const dir = mkdtempSync(join(tmpdir(), 'eiso-nc-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), await pdf.body());
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'a.pdf'), '-']).toString();
    assert.match(text, new RegExp(ncCode));
    assert.match(text, /PHIẾU YÊU CẦU HÀNH ĐỘNG KHẮC PHỤC/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await page.context().close();
});

test('register and record fit a phone: 390 px, no action column clipped', async () => {
  const page = await as('cntt.daumoi', 390);
  await page.goto(`${server.url}/nonconformities`);
  await page
    .getByRole('link', { name: new RegExp(ncCode) })
    .first()
    .waitFor();
  await shot(page, 'register-390');
  await assertNothingClipped(page);
  assert.deepEqual(await seriousViolations(page), []);
  await page.goto(`${server.url}/nonconformities/${ncId}`);
  await page.getByText('Kế hoạch hành động').first().waitFor();
  // Waiting for its period: the page says until when and offers no verification yet.
  await page.getByText(/Chờ đến ngày \d\d\/\d\d\/\d{4} để xác nhận hiệu quả/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Xác nhận hiệu quả' }).count(), 0);
  await shot(page, 'record-390');
  await assertNothingClipped(page);
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});
