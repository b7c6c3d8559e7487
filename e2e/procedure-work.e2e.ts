// Work from the procedure (issue 9): on a procedure in force, "Bắt đầu xử lý" opens the start
// form with the procedure filled in; the starter holds step one without claiming it; the
// case page links to the procedure version it runs and back to the list; a step the
// procedure gives to another unit (Vụ Bưu chính's QT-BC-01 starts at Văn phòng Bộ's one-stop
// desk) waits in that unit's my work, not the case unit's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { apiSession } from './support/api.ts';
import { launchBrowser, seriousViolations, signedInPage } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const PASSWORD = 'Demo@2017';
let server: RunningServer;
let browser: Browser;

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const as = (username: string) => signedInPage(browser, server.url, username, PASSWORD);

async function startFromProcedure(page: Page, code: string, title: string, entry?: string) {
  const api = await apiSession(server.url, 'khcn.thuky', PASSWORD);
  const procedure = (await api.get(`/documents?q=${code}&status=in_force`)).items.find(
    (d: { code: string }) => d.code === code,
  );
  await page.goto(`${server.url}/documents/${procedure.id}`);
  await page.getByRole('button', { name: 'Bắt đầu xử lý' }).click();
  const dialog = page.getByRole('dialog');
  // The procedure comes filled in.
  await dialog.getByText(new RegExp(`${code} –`)).waitFor();
  await dialog.getByLabel('Tên công việc').fill(title);
  // A unit whose catalogue lists the procedure under several entries is asked which one.
  if (entry) {
    await dialog.getByLabel('Mục trong danh mục hồ sơ').click();
    await page.locator('.ant-select-item-option', { hasText: entry }).first().click();
  }
  await dialog.getByRole('button', { name: 'Bắt đầu công việc' }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop() ?? '';
}

test('a staff member starts work from the procedure page and holds step one', async () => {
  const page = await as('cntt.chuyenvien');
  const caseId = await startFromProcedure(page, 'QT-CNTT-01', 'Thẩm định dự án ứng dụng CNTT — Cục Tần số');
  // Step one is theirs without claiming: "Hoàn thành bước" is offered, "Nhận xử lý" is not.
  await page.getByRole('button', { name: 'Hoàn thành bước' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Nhận xử lý' }).count(), 0);
  const api = await apiSession(server.url, 'cntt.chuyenvien', PASSWORD);
  const started = await api.get(`/cases/${caseId}`);
  assert.equal(started.steps[0].assigneeName, 'Lê Hải Nam');
  assert.deepEqual(await seriousViolations(page), []);

  // The case page links to the procedure version it runs, and back to the list.
  await page.getByRole('link', { name: /QT-CNTT-01 –/ }).click();
  await page.waitForURL(
    new RegExp(`/documents/${started.procedureDocumentId}\\?version=${started.procedureVersionId}`),
  );
  await page.goBack();
  await page.getByRole('link', { name: 'Danh sách công việc' }).click();
  await page.waitForURL(/\/cases$/);
  await page.context().close();
});

test('a step of another unit waits in that unit’s my work, not the case unit’s', async () => {
  const page = await as('bc.chuyenvien');
  const caseId = await startFromProcedure(
    page,
    'QT-BC-01',
    'Cấp giấy phép bưu chính — Công ty CP Giao Nhận Việt',
    'Hồ sơ cấp giấy phép bưu chính',
  );
  await page.getByTestId('case-steps-table').getByText('Chờ nhận (Văn phòng Bộ)').first().waitFor();
  await page.getByText(/Người thực hiện theo quy trình: Văn phòng Bộ \(Bộ phận Một cửa\)/).waitFor();
  const mine = await apiSession(server.url, 'bc.chuyenvien', PASSWORD);
  const theirs = await apiSession(server.url, 'vp.chuyenvien', PASSWORD);
  const ids = async (s: typeof mine) =>
    (await s.get('/my-work/case-steps?pageSize=100')).items.map((i: { caseId: string }) => i.caseId);
  assert.ok(!(await ids(mine)).includes(caseId));
  assert.ok((await ids(theirs)).includes(caseId));
  await page.context().close();

  // Văn phòng Bộ's staff member claims it from the case page, of a case of Vụ Bưu chính.
  const vp = await as('vp.chuyenvien');
  await vp.goto(`${server.url}/cases/${caseId}`);
  await vp.getByRole('button', { name: 'Nhận xử lý' }).click();
  await vp.getByRole('button', { name: 'Hoàn thành bước' }).waitFor();
  await vp.context().close();
});
