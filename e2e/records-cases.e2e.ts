// Records and work cases as the people of the demo ministry walk them (issue "Records
// catalogue and work cases"): a staff member of Vụ CNTT starts a case from a procedure in
// force, and its file is in the unit's catalogue at once; different people complete the
// steps; one step, due across the 30/4–1/5 holidays, is done late; the case closes; the
// file is closed and listed for transfer; the measures screen counts all of it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiSession } from './support/api.ts';
import { chooseOption, launchBrowser, seriousViolations, signedInPage } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const PASSWORD = 'Demo@2017';
const PROCEDURE = 'QT-CNTT-02';
const TITLE = 'Cấp giấy phép nhập khẩu máy chủ đã qua sử dụng — Công ty TNHH Sao Việt';
let server: RunningServer;
let browser: Browser;
let caseId = '';
let fileCode = '';
/** The measures of Vụ CNTT's QT-CNTT-02 for 26/04–31/05/2018 before the walk, to compare after. */
let measuresQuery = '';
let baseline: Record<string, number> = {};

before(async () => {
  // The walk is dated in the story's spring 2018: the demo as it was, not moved to today.
  server = await startServer({ demo: true, demoAsOf: '2017-12-26' });
  browser = await launchBrowser();
  const secretariat = await apiSession(server.url, 'khcn.thuky', PASSWORD);
  const officer = await apiSession(server.url, 'cntt.daumoi', PASSWORD);
  const procedure = (await secretariat.get(`/documents?q=${PROCEDURE}&status=in_force`)).items.find(
    (d: { code: string }) => d.code === PROCEDURE,
  );
  measuresQuery = `from=2018-04-26&to=2018-05-31&unitId=${officer.me.person.unitId}&procedureId=${procedure.id}`;
  baseline = (await secretariat.get(`/reports/case-measures?${measuresQuery}`)).totals;
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const as = (username: string) => signedInPage(browser, server.url, username, PASSWORD);

/** Types a dd/mm/yyyy date into an Ant Design date picker and leaves the field. */
async function pickDate(field: Locator, date: string) {
  await field.click();
  await field.fill(date);
  await field.press('Tab'); // Enter would submit the form
}

/** Picks the option whose text contains `text` in an Ant Design select. */
const choose = chooseOption;

async function completeStep(
  page: Page,
  options: { output: string; doneDate: string; decision?: 'Có' | 'Không'; next?: string },
) {
  await page.goto(`${server.url}/cases/${caseId}`);
  await page.getByRole('button', { name: 'Hoàn thành bước' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kết quả thực hiện').fill(options.output);
  if (options.decision) {
    // Under load the form may still be settling (a refetch re-renders it): check until it holds.
    const radio = dialog.getByRole('radio', { name: options.decision });
    for (let i = 0; i < 5 && !(await radio.isChecked()); i++) await radio.check().catch(() => undefined);
    assert.ok(await radio.isChecked(), `decision ${options.decision} chosen`);
  }
  await pickDate(dialog.getByLabel('Ngày hoàn thành'), options.doneDate);
  if (options.next) await choose(page, dialog.getByLabel('Người thực hiện bước tiếp theo'), options.next);
  await dialog.getByRole('button', { name: 'Hoàn thành bước' }).click();
  await page.getByText('Đã hoàn thành bước.').waitFor();
}

test('a staff member starts a case from a procedure in force; its file is in the catalogue at once', async () => {
  const page = await as('cntt.chuyenvien');
  await page.getByRole('link', { name: 'Xử lý công việc' }).first().click();
  await page.getByRole('button', { name: 'Bắt đầu công việc' }).click();
  const dialog = page.getByRole('dialog');
  await choose(page, dialog.getByLabel('Quy trình đang hiệu lực'), PROCEDURE);
  await dialog.getByLabel('Tên công việc').fill(TITLE);
  // Thursday 26/04/2018, the day before the long weekend of 30/4 and 1/5.
  await pickDate(dialog.getByLabel('Ngày bắt đầu'), '26/04/2018');
  await dialog.getByText(/Hồ sơ sẽ được mở theo mục .* của danh mục hồ sơ/).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await choose(page, dialog.getByLabel('Người thực hiện bước đầu tiên'), 'Lê Hải Nam');
  await dialog.getByRole('button', { name: 'Bắt đầu công việc' }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  caseId = page.url().split('/').pop() ?? '';

  const api = await apiSession(server.url, 'cntt.chuyenvien', PASSWORD);
  const started = await api.get(`/cases/${caseId}`);
  assert.equal(started.state, 'open');
  assert.ok(started.fileId, 'the file was opened with the case');
  const b1 = started.steps[0];
  assert.deepEqual([b1.stepId, b1.startDate, b1.dueDate], ['B1', '2018-04-26', '2018-04-27']);
  const file = await api.get(`/record-files/${started.fileId}`);
  fileCode = file.fileCode;
  assert.ok(file.catalogueEntry, 'opened under a catalogue entry');

  // The unit's 2018 catalogue lists the file under that entry, at once.
  const officer = await apiSession(server.url, 'cntt.daumoi', PASSWORD);
  const catalogues = await officer.get(`/records-catalogues?unitId=${officer.me.person.unitId}&year=2018`);
  await page.goto(`${server.url}/records/catalogues/${catalogues.items[0].id}`);
  await page.getByRole('link', { name: fileCode }).waitFor();
  await page.context().close();
});

test('different people complete the steps; the one due across 30/4–1/5 is done late', async () => {
  const staff = await as('cntt.chuyenvien');
  await completeStep(staff, {
    output: 'Giấy tiếp nhận hồ sơ số 112/TN-CNTT',
    doneDate: '27/04/2018',
    next: 'Nguyễn Thị Hồng Nhung',
  });
  await staff.context().close();

  // B2 takes 4 working days from Friday 27/4: the weekend and 30/4–1/5 are skipped → 07/05.
  const officer = await as('cntt.daumoi');
  await officer.goto(`${server.url}/cases/${caseId}`);
  await officer.getByRole('cell', { name: '07/05/2018' }).first().waitFor();
  await completeStep(officer, {
    output: 'Phiếu thẩm định: đáp ứng điều kiện nhập khẩu',
    doneDate: '09/05/2018',
    decision: 'Có',
    next: 'Hoàng Minh Đức',
  });
  await officer.getByText('Trễ 2 ngày làm việc').first().waitFor();
  await officer.context().close();

  const head = await as('cntt.vutruong');
  // The home page counts the steps waiting for him; My work lists this one.
  await head.getByRole('link', { name: /Bước công việc chờ tôi/ }).waitFor();
  await head.getByRole('link', { name: 'Việc của tôi' }).first().click();
  await head.getByText(TITLE).first().waitFor();
  await completeStep(head, {
    output: 'Giấy phép nhập khẩu số 25/GP-BTTTT',
    doneDate: '10/05/2018',
    next: 'Lê Hải Nam',
  });
  await head.context().close();

  const staffAgain = await as('cntt.chuyenvien');
  await completeStep(staffAgain, {
    output: 'Đã trả giấy phép qua bưu chính công ích',
    doneDate: '11/05/2018',
  });
  await staffAgain.getByText('Đã kết thúc').first().waitFor();
  assert.deepEqual(await seriousViolations(staffAgain), []);
  await staffAgain.context().close();

  const api = await apiSession(server.url, 'cntt.vutruong', PASSWORD);
  const closed = await api.get(`/cases/${caseId}`);
  assert.equal(closed.state, 'closed');
  assert.equal(closed.closedDate, '2018-05-11');
  const done = closed.steps.map((s: { stepId: string; daysLate: number | null; doneByName?: string }) => [
    s.stepId,
    s.daysLate,
  ]);
  assert.deepEqual(done, [
    ['B1', 0],
    ['B2', 2],
    ['B3', 0],
    ['B4', 0],
  ]);
});

test('the file is closed and listed as overdue for transfer to the archive', async () => {
  const page = await as('cntt.chuyenvien');
  await page.goto(`${server.url}/cases/${caseId}`);
  await page.getByRole('link', { name: fileCode }).click();
  await page.getByRole('heading', { name: new RegExp(fileCode.replace(/\./g, '\\.')) }).waitFor();
  await page.getByRole('button', { name: 'Kết thúc hồ sơ' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Kết thúc hồ sơ' }).click();
  await page.getByText('Đã kết thúc hồ sơ.').waitFor();

  await page.getByRole('link', { name: 'Hồ sơ', exact: true }).first().click();
  await page.getByText('Quá hạn nộp lưu').first().click();
  await page.getByRole('link', { name: fileCode }).waitFor();
  const api = await apiSession(server.url, 'cntt.chuyenvien', PASSWORD);
  const file = await api.get(`/record-files?q=${encodeURIComponent(fileCode)}`);
  assert.equal(file.items[0].state, 'closed');
  assert.equal(file.items[0].endDate, '2018-05-11');
  await page.context().close();
});

test('the measures screen counts the case, its late step and its file', async () => {
  const page = await as('khcn.thuky');
  await page.goto(`${server.url}/reports/case-measures?${measuresQuery}`);
  const api = await apiSession(server.url, 'khcn.thuky', PASSWORD);
  const now = (await api.get(`/reports/case-measures?${measuresQuery}`)).totals;
  const grew = (key: string) => now[key] - baseline[key];
  assert.deepEqual(
    [
      'started',
      'startedWithFile',
      'finished',
      'finishedOnTime',
      'stepsDone',
      'stepsDoneOnTime',
      'filesLeftOpen',
    ].map((key) => [key, grew(key)]),
    [
      ['started', 1],
      ['startedWithFile', 1],
      ['finished', 1],
      ['finishedOnTime', 0],
      ['stepsDone', 4],
      ['stepsDoneOnTime', 3],
      ['filesLeftOpen', 0],
    ],
  );
  const headline = page.getByTestId('measures-headline');
  await headline.getByText('Công việc bắt đầu').waitFor();
  const started = headline.locator('.ant-statistic', { hasText: 'Công việc bắt đầu' });
  assert.equal((await started.locator('.ant-statistic-content').innerText()).trim(), String(now.started));
  await page.getByRole('cell', { name: PROCEDURE }).first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});
