// Bringing an existing QMS in, as the ISO secretary of the demo ministry does it: from the
// documents list to the import page, a list with mistakes answered row by row (nothing
// imported), the corrected list checked and imported, the procedure in force with its paper
// signature. The page is looked at at 1440 px and 390 px (no sideways scrolling on a phone).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, seriousViolations, signIn } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const PASSWORD = 'Demo@2017';
const headers = [
  'Mã hiệu',
  'Tên tài liệu',
  'Loại tài liệu',
  'Đơn vị chủ trì',
  'Lần ban hành',
  'Ngày ban hành',
  'Ngày hiệu lực',
  'Số quyết định',
  'Người ký',
  'Chức vụ người ký',
];
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
let server: RunningServer;
let browser: Browser;
let dir: string;

async function workbook(name: string, rows: string[][]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh mục');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
  return path;
}

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'eiso-import-'));
  writeFileSync(join(dir, 'QT-VP-91 Quy trình tiếp nhận văn bản đến.pdf'), pdf);
  writeFileSync(join(dir, 'QT-VP-92.pdf'), Buffer.from('không phải PDF'));
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

async function importPage(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page, server.url, 'khcn.thuky', PASSWORD);
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
  await page.goto(`${server.url}/documents`);
  await page.getByRole('link', { name: 'Nhập tài liệu đang áp dụng' }).click();
  await page.getByRole('heading', { name: 'Nhập hệ thống tài liệu đang áp dụng' }).waitFor();
  return page;
}

async function choose(page: Page, list: string, files: string[]) {
  const inputs = page.locator('input[type=file]');
  await inputs.nth(0).setInputFiles(list);
  await inputs.nth(1).setInputFiles(files.map((f) => join(dir, f)));
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
}

test('a list with mistakes is answered row by row and nothing is imported; the corrected one is', async () => {
  const page = await importPage(1440);
  const wrong = await workbook('sai.xlsx', [
    [
      'QT-VP-91',
      'Quy trình tiếp nhận văn bản đến',
      'Quy trình nghiệp vụ',
      'VP',
      '2',
      '15/03/2024',
      '01/04/2024',
      '125/QĐ-BTTTT',
      'Phan Tâm',
      'Thứ trưởng',
    ],
    [
      'QT-VP-92',
      'Quy trình quản lý con dấu',
      'Quy chế',
      'VP',
      '1',
      '10/05/2022',
      '01/05/2022',
      '310/QĐ-BTTTT',
      '',
      '',
    ],
  ]);
  await choose(page, wrong, ['QT-VP-91 Quy trình tiếp nhận văn bản đến.pdf', 'QT-VP-92.pdf']);
  const errors = page.locator('.ant-card', { has: page.locator('.ant-alert-error') });
  await errors.waitFor();
  const rows = await errors.locator('tbody tr.ant-table-row').allInnerTexts();
  assert.deepEqual(
    rows.map((r) => r.split('\t').slice(0, 2).join(' | ')),
    ['3 | Loại tài liệu', '3 | Ngày hiệu lực', '3 | Tệp tài liệu'],
  );
  assert.equal(await page.getByRole('button', { name: 'Nhập', exact: true }).isDisabled(), true);
  assert.deepEqual(await seriousViolations(page), []);
  await page.screenshot({ path: join(dir, 'import-errors-1440.png'), fullPage: true });

  const right = await workbook('dung.xlsx', [
    [
      'QT-VP-91',
      'Quy trình tiếp nhận văn bản đến',
      'Quy trình nghiệp vụ',
      'VP',
      '2',
      '15/03/2024',
      '01/04/2024',
      '125/QĐ-BTTTT',
      'Phan Tâm',
      'Thứ trưởng',
    ],
    [
      'QT-VP-91',
      'Quy trình tiếp nhận văn bản đến',
      'Quy trình nghiệp vụ',
      'VP',
      '1',
      '02/01/2019',
      '02/01/2019',
      '5/QĐ-BTTTT',
      '',
      '',
    ],
  ]);
  await page.reload();
  await choose(page, right, ['QT-VP-91 Quy trình tiếp nhận văn bản đến.pdf']);
  await page.getByText('Không có lỗi: sẵn sàng nhập 1 tài liệu, 2 lần ban hành, 1 tệp').waitFor();
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Nhập', exact: true }).click();
  await page.getByText('Đã nhập 1 tài liệu đang hiệu lực.').waitFor();
  await page.getByRole('button', { name: 'Xem danh mục tài liệu' }).click();
  await page.getByRole('heading', { name: 'Danh mục tài liệu' }).waitFor();
  await page.goto(`${server.url}/documents?q=QT-VP-91`);
  await page.getByRole('link', { name: 'QT-VP-91' }).first().click();
  await page.getByText('Ban hành trên giấy, đã nhập').waitFor();
  await page.getByRole('tab', { name: /Xác nhận/ }).click();
  await page.getByText('Ký trên giấy').waitFor();
  assert.equal(await page.getByRole('cell', { name: 'Phan Tâm' }).count(), 1);
});

test('the import page fits a phone: errors as a list, no sideways scrolling', async () => {
  const page = await importPage(390);
  const wrong = await workbook('sai-390.xlsx', [
    [
      'QT-VP-93',
      'Quy trình lưu trữ',
      'Quy trình nghiệp vụ',
      'Vụ Không Có',
      '1',
      '31/02/2023',
      '01/03/2023',
      '88/QĐ-BTTTT',
      '',
      '',
    ],
  ]);
  await choose(page, wrong, ['QT-VP-92.pdf']);
  await page.getByText('Dòng 2 · Đơn vị chủ trì').waitFor();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
  assert.deepEqual(await seriousViolations(page), []);
  await page.screenshot({ path: join(dir, 'import-errors-390.png'), fullPage: true });
});
