// The foundation as a person walks it: sign in; create a unit; add a person; find both in
// the audit trail; the new person signs in and must change the one-time password. Each
// page is checked with axe (no serious or critical violations) and for external requests.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  noDialogLeft,
  seriousViolations,
  signIn,
  watchExternalRequests,
} from './support/browser.ts';
import { ADMIN_PASSWORD, type RunningServer, startServer } from './support/server.ts';

let server: RunningServer;
let browser: Browser;
let page: Page;
let external: string[];

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  page = await context.newPage();
  external = watchExternalRequests(page, server.url);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** An Ant Design select: open it, type to narrow long lists, pick the option by its title. */
async function chooseOption(label: string, option: string) {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  if (await input.isEditable()) await input.fill(option);
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).first().click();
}

async function expectAccessible(name: string) {
  const violations = await seriousViolations(page);
  assert.deepEqual(violations, [], `${name}: ${violations.join('; ')}`);
}

test('the administrator signs in and sees the home page with real counts', async () => {
  await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
  await expectAccessible('home');
});

test('creates a unit', async () => {
  await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
  await page.getByRole('button', { name: 'Thêm đơn vị' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Mã đơn vị').fill('PCTN');
  await dialog.getByLabel('Tên đơn vị').fill('Vụ Pháp chế thử nghiệm');
  await chooseOption('Loại đơn vị', 'Vụ');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã thêm đơn vị Vụ Pháp chế thử nghiệm.').waitFor();
  await noDialogLeft(page);
  await page.getByRole('cell', { name: 'Vụ Pháp chế thử nghiệm' }).first().waitFor();
  await expectAccessible('units');
});

let oneTimePassword = '';
test('adds a person to the new unit and gets a one-time password', async () => {
  await page.getByRole('link', { name: 'Người dùng', exact: true }).click();
  await page.getByRole('button', { name: 'Thêm người dùng' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Họ và tên').fill('Nguyễn Thị Thử Nghiệm');
  await dialog.getByLabel('Tên đăng nhập').fill('pctn.thunghiem');
  await chooseOption('Đơn vị', 'Vụ Pháp chế thử nghiệm');
  await dialog.getByLabel('Thư điện tử').fill('thunghiem@example.test');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await page.getByText('Đã tạo tài khoản pctn.thunghiem').waitFor();
  oneTimePassword = (await page.getByTestId('one-time-secret').innerText()).trim();
  assert.match(oneTimePassword, /.{10,}/);
  await page.getByRole('dialog').getByRole('button', { name: 'Đóng', exact: true }).last().click();
  await noDialogLeft(page); // the form and the password dialog both close
  await page.getByRole('cell', { name: 'Nguyễn Thị Thử Nghiệm' }).first().waitFor();
  await expectAccessible('people');
});

test('finds both in the audit trail', async () => {
  await page.getByRole('link', { name: 'Nhật ký hệ thống', exact: true }).click();
  const search = page.getByLabel('Tìm trong tên đối tượng và người thực hiện');
  await search.fill('Vụ Pháp chế thử nghiệm');
  await search.press('Enter');
  await page.getByRole('cell', { name: 'Vụ Pháp chế thử nghiệm' }).first().waitFor();
  await search.fill('Nguyễn Thị Thử Nghiệm');
  await search.press('Enter');
  await page.getByRole('cell', { name: 'Nguyễn Thị Thử Nghiệm' }).first().waitFor();
  await expectAccessible('audit');
});

test('the new person must change the one-time password at first sign-in', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  const phone = await context.newPage();
  await signIn(phone, server.url, 'pctn.thunghiem', oneTimePassword);
  await phone.getByLabel('Mật khẩu mới', { exact: true }).waitFor();
  await phone.getByLabel('Mật khẩu hiện tại').fill(oneTimePassword);
  await phone.getByLabel('Mật khẩu mới', { exact: true }).fill('Mat-khau-rieng-2026');
  await phone.getByLabel('Nhập lại mật khẩu mới').fill('Mat-khau-rieng-2026');
  await phone.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await phone.getByRole('heading', { name: /Xin chào, Nguyễn Thị Thử Nghiệm/ }).waitFor();
  // at 390 px the navigation sits behind a menu button
  await phone.getByRole('button', { name: 'Mở menu điều hướng' }).click();
  await phone.getByRole('link', { name: 'Trang chủ' }).first().waitFor();
  await context.close();
});

test('made no request outside the app (works offline)', () => {
  assert.deepEqual(external, []);
});
