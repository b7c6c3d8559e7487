// Internal audit as the demo ministry walks it (issue 10): the secretariat drafts the programme
// of a year that has none (next year, or the first free one after it) with a round over Văn
// phòng Bộ and Vụ CNTT and submits it; leadership approves it with the password dialog; the
// secretariat sets the team, proposes cross-audits (Vụ CNTT's auditor goes elsewhere), dates the
// audits and publishes the plan, and assigning Vụ CNTT's auditor to Vụ CNTT is refused with the
// reason; Vụ CNTT's auditor generates the checklist of the Văn phòng Bộ audit before it starts
// (the server locks the checklist once the audit runs); the lead auditor starts the round; the
// auditor answers an item, samples two cases, records a minor nonconformity; the head of Văn
// phòng Bộ acknowledges it; it becomes a nonconformity linked both ways; the report downloads as
// DOCX and PDF (text checked, rendered to PNG to look at). The audit page fits 390 px; axe clean.
//
// Dates: the audits are dated in the programme's year (the server requires it), which may be
// after today; nothing in the story waits for the date. The sample is drawn from this year's
// cases (the period is chosen in the dialog: the programme's own year has no work yet).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiSession } from './support/api.ts';
import {
  launchBrowser,
  noDialogLeft,
  screenshotInto,
  seriousViolations,
  signedInPage,
} from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const PASSWORD = 'Demo@2017';
const VP = 'Văn phòng Bộ';
const CNTT = 'Vụ Công nghệ thông tin';
const AUDITOR = 'Nguyễn Thị Hồng Nhung'; // cntt.daumoi, of Vụ CNTT
const LEAD = 'Bùi Thị Minh Nguyệt'; // ttra.daumoi, of Thanh tra Bộ
const VP_AUDITOR = 'Trần Thị Thu Hà'; // vp.daumoi, of Văn phòng Bộ
const ROUND_TITLE = 'Đánh giá chéo giữa các đơn vị';
const FINDING = 'Văn bản đến chưa được ghi mã hồ sơ theo Danh mục hồ sơ khi giao xử lý';
/** Screenshots and the report's PNG: E2E_SHOTS=<folder>, else a temporary folder named in the output. */
const SHOTS = process.env.E2E_SHOTS ?? mkdtempSync(join(tmpdir(), 'eiso-ia-shots-'));
const THIS_YEAR = new Date().getFullYear();
let server: RunningServer;
let browser: Browser;
let year = 0;
let programmeId = '';
let roundId = '';
let vpAuditId = '';
/** One step failed: the later ones, which build on it, are skipped rather than timing out. */
let broken = false;
const step = (name: string, fn: () => Promise<void>) =>
  test(name, async (t) => {
    if (broken) return t.skip('an earlier step failed');
    try {
      await fn();
    } catch (e) {
      broken = true;
      throw e;
    }
  });

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
  console.log(`screenshots in ${SHOTS}`);
  // Next year, unless the demo already holds a programme for it: then the first free year after.
  const api = await apiSession(server.url, 'khcn.thuky', PASSWORD);
  const taken = new Set(
    (await api.get('/internal-audits/programmes')).items.map((p: { year: number }) => p.year),
  );
  for (year = THIS_YEAR + 1; taken.has(year); year++);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const as = (username: string, width = 1440) => signedInPage(browser, server.url, username, PASSWORD, width);

const shot = screenshotInto(SHOTS);

/** Picks the option whose text contains `text` in an Ant Design select (typing to search). */
async function choose(page: Page, field: Locator, text: string) {
  const select = field.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
  for (let attempt = 0; ; attempt++) {
    await field.click();
    // A select without search opens its list on the click; one with search filters by the text.
    if ((await field.getAttribute('readonly')) === null) await field.fill(text);
    const option = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
      .first();
    await option.waitFor({ timeout: 5000 }).catch(() => shot(page, 'choose-failed'));
    await option.click();
    // A multiple select keeps its list open: a click on the dialog's title closes it.
    const title = page.locator('.ant-modal-title:visible');
    if (await title.count()) await title.first().click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    // The choice shows in the field (a list still moving may have taken the click elsewhere).
    if ((await select.locator('[title], .ant-select-selection-item').filter({ hasText: text }).count()) > 0)
      return;
    if (attempt === 2) assert.fail(`${text} was not chosen`);
  }
}

/** Types a date into an Ant Design date picker (dd/mm/yyyy) and confirms it. */
async function typeDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Enter in a date field may already have sent the dialog's form; otherwise its button does. */
async function submitIfOpen(page: Page, button: string) {
  await page.waitForTimeout(300);
  const dialog = page.getByRole('dialog');
  if ((await dialog.count()) === 0) return;
  const ok = dialog.getByRole('button', { name: button });
  if (await ok.count())
    await ok
      .last()
      .click({ timeout: 2000 })
      .catch(() => undefined);
}

const iso = (d: string) => d.split('/').reverse().join('-');

async function roundView() {
  const api = await apiSession(server.url, 'khcn.thuky', PASSWORD);
  return api.get(`/internal-audits/rounds/${roundId}`);
}

step('the secretariat drafts the programme with a round and submits it', async () => {
  const page = await as('khcn.thuky');
  await page.goto(`${server.url}/internal-audits`);
  await page.getByRole('button', { name: 'Lập chương trình năm' }).click();
  const create = page.getByRole('dialog');
  await create.getByLabel('Năm').fill(String(year));
  await create.getByRole('button', { name: 'Lập chương trình năm' }).click();
  await page.waitForURL(/\/internal-audits\/programmes\/[0-9a-f-]{36}$/);
  programmeId = page.url().split('/').pop() ?? '';
  await noDialogLeft(page);
  await page.getByRole('heading', { name: `Chương trình đánh giá nội bộ năm ${year}` }).waitFor();

  await page.getByRole('button', { name: 'Thêm đợt đánh giá' }).click();
  const round = page.getByRole('dialog');
  await round.getByLabel('Tên').fill(ROUND_TITLE);
  await round.getByLabel('Tháng dự kiến').fill('3');
  await choose(page, round.getByLabel('Đơn vị được đánh giá'), VP);
  await choose(page, round.getByLabel('Đơn vị được đánh giá'), CNTT);
  await choose(page, round.getByLabel('Quy trình được đánh giá'), 'QT-VP-01');
  await choose(page, round.getByLabel('Quy trình được đánh giá'), 'QT-CNTT-02');
  await round.getByLabel('Điều khoản TCVN ISO 9001:2015').click();
  await round.getByLabel('Điều khoản TCVN ISO 9001:2015').fill('7.5');
  await round.getByLabel('Điều khoản TCVN ISO 9001:2015').press('Enter');
  assert.deepEqual(await seriousViolations(page), []);
  await round.getByRole('button', { name: 'Lưu' }).click();
  await noDialogLeft(page);
  await page.getByRole('link', { name: `Đợt 1: ${ROUND_TITLE}` }).waitFor();
  await page.getByRole('button', { name: 'Trình lãnh đạo phê duyệt' }).click();
  await page.getByText('Chờ lãnh đạo phê duyệt').first().waitFor();
  await shot(page, 'programme-submitted-1440');
  assert.deepEqual(await seriousViolations(page), []);

  const api = await apiSession(server.url, 'khcn.thuky', PASSWORD);
  const programme = await api.get(`/internal-audits/programmes/${programmeId}`);
  assert.equal(programme.year, year);
  assert.equal(programme.state, 'submitted');
  const [r] = programme.rounds;
  roundId = r.id;
  assert.deepEqual(r.scopeUnits.map((u: { name: string }) => u.name).sort(), [CNTT, VP].sort());
  assert.deepEqual(r.scopeProcedures.map((p: { code: string }) => p.code).sort(), ['QT-CNTT-02', 'QT-VP-01']);
  assert.deepEqual(r.scopeClauses, ['7.5']);
  await page.context().close();
});

step('leadership approves the programme with the password dialog', async () => {
  const page = await as('thutruong.phantam');
  await page.goto(`${server.url}/internal-audits/programmes/${programmeId}`);
  await page.getByRole('button', { name: 'Phê duyệt', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Phê duyệt điện tử (xác thực bằng mật khẩu)' });
  await dialog.getByText(`Phê duyệt chương trình đánh giá nội bộ năm ${year}`).waitFor();
  await dialog.getByLabel('Mật khẩu').fill(PASSWORD);
  assert.deepEqual(await seriousViolations(page), []);
  await dialog.getByRole('button', { name: 'Phê duyệt' }).click();
  await noDialogLeft(page);
  await page.getByText(/Phê duyệt: Phan Tâm/).waitFor();
  await shot(page, 'programme-approved-1440');
  const api = await apiSession(server.url, 'thutruong.phantam', PASSWORD);
  assert.equal((await api.get(`/internal-audits/programmes/${programmeId}`)).state, 'approved');
  await page.context().close();
});

step('the secretariat sets the team, proposes cross-audits, dates the audits and publishes', async () => {
  const page = await as('khcn.thuky');
  await page.goto(`${server.url}/internal-audits/programmes/${programmeId}`);
  await page.getByRole('link', { name: `Đợt 1: ${ROUND_TITLE}` }).click();
  await page.waitForURL(new RegExp(`/internal-audits/rounds/${roundId}`));

  await page.getByRole('button', { name: 'Chọn đoàn đánh giá' }).click();
  const team = page.getByRole('dialog');
  await choose(page, team.getByLabel('Trưởng đoàn'), LEAD);
  await choose(page, team.getByLabel('Thành viên đoàn đánh giá'), AUDITOR);
  await choose(page, team.getByLabel('Thành viên đoàn đánh giá'), VP_AUDITOR);
  await team.getByRole('button', { name: 'Lưu' }).click();
  await noDialogLeft(page);
  await page.getByText(VP_AUDITOR).first().waitFor();

  await page.getByRole('button', { name: 'Đề xuất đánh giá chéo' }).click();
  await page.getByText('Đã đề xuất phân công đánh giá chéo; có thể sửa từng đơn vị.').waitFor();
  await shot(page, 'round-proposed-1440');
  let round = await roundView();
  const audit = (name: string) => round.audits.find((a: { unit: { name: string } }) => a.unit.name === name);
  const names = (a: { auditors: Array<{ name: string }> }) => a.auditors.map((p) => p.name);
  vpAuditId = audit(VP).id;
  // Independence: nobody on their own unit; every unit has an auditor.
  assert.ok(!names(audit(CNTT)).includes(AUDITOR), 'Vụ CNTT’s auditor does not audit Vụ CNTT');
  assert.ok(!names(audit(VP)).includes(VP_AUDITOR), 'Văn phòng Bộ’s auditor does not audit it');
  assert.ok(names(audit(CNTT)).length > 0 && names(audit(VP)).length > 0, 'every unit covered');
  assert.deepEqual(
    audit(VP).procedures.map((p: { code: string }) => p.code),
    ['QT-VP-01'],
  );

  // Dates and places; Vụ CNTT's auditor audits Văn phòng Bộ (added by hand if the proposal chose another).
  const row = (unit: string) =>
    page.locator('main .ant-table-row, main .data-list-card').filter({ hasText: unit });
  const edit = async (unit: string, date: string, place: string, addAuditor?: string) => {
    await row(unit).getByRole('button', { name: 'Sửa' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Giờ bắt đầu').fill('08:30');
    await dialog.getByLabel('Giờ kết thúc').fill('11:30');
    await dialog.getByLabel('Địa điểm').fill(place);
    if (addAuditor) await choose(page, dialog.getByLabel('Người đánh giá'), addAuditor);
    // The date last: Enter in the date field confirms it and sends the form.
    await typeDate(dialog.getByLabel('Ngày đánh giá'), date);
    await submitIfOpen(page, 'Lưu');
    await noDialogLeft(page);
  };
  await edit(
    VP,
    `10/03/${year}`,
    'Phòng họp tầng 2, Văn phòng Bộ',
    names(audit(VP)).includes(AUDITOR) ? undefined : AUDITOR,
  );
  await edit(CNTT, `12/03/${year}`, 'Phòng họp Vụ Công nghệ thông tin');
  round = await roundView();
  assert.ok(names(audit(VP)).includes(AUDITOR));
  assert.equal(audit(VP).auditDate, iso(`10/03/${year}`));
  assert.equal(audit(CNTT).auditDate, iso(`12/03/${year}`));
  assert.deepEqual(await seriousViolations(page), []);

  await page.getByRole('button', { name: 'Công bố kế hoạch' }).click();
  await page.getByText('Đã công bố kế hoạch').first().waitFor();
  await shot(page, 'round-published-1440');
  assert.equal((await roundView()).state, 'plan_published');

  // Assigning Vụ CNTT's auditor to Vụ CNTT is refused, with the reason shown; nothing changes.
  await row(CNTT).getByRole('button', { name: 'Sửa' }).click();
  const dialog = page.getByRole('dialog');
  await choose(page, dialog.getByLabel('Người đánh giá'), AUDITOR);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog
    .getByText(
      `${AUDITOR} thuộc ${CNTT}, là đơn vị được đánh giá: chuyên gia đánh giá không đánh giá đơn vị của mình.`,
    )
    .first()
    .waitFor();
  await shot(page, 'independence-refused-1440');
  assert.deepEqual(await seriousViolations(page), []);
  await dialog
    .getByRole('button', { name: /Hủy|Đóng/ })
    .first()
    .click();
  await noDialogLeft(page);
  round = await roundView();
  assert.ok(!names(audit(CNTT)).includes(AUDITOR), 'the refused assignment left nothing');
  await page.context().close();
});

step(
  'Vụ CNTT’s auditor prepares the Văn phòng Bộ checklist; the lead starts; the audit is done',
  async () => {
    const auditor = await as('cntt.daumoi');
    await auditor.getByRole('link', { name: 'Việc của tôi' }).first().click();
    const card = auditor.locator('#my-audits');
    await card.getByRole('link', { name: VP }).first().click();
    await auditor.waitForURL(new RegExp(`/internal-audits/round-audits/${vpAuditId}`));
    await auditor.getByRole('heading', { name: `Đánh giá tại ${VP}` }).waitFor();
    // Before the audit: the checklist from the procedure's steps, records and the clause questions.
    await auditor.getByRole('button', { name: 'Tạo danh mục kiểm tra' }).click();
    await auditor.getByRole('button', { name: 'Tạo lại' }).waitFor();
    const api = await apiSession(server.url, 'cntt.daumoi', PASSWORD);
    const checklist = await api.get(`/internal-audits/round-audits/${vpAuditId}/checklist`);
    assert.ok(checklist.items.length > 3, 'a checklist was generated');
    assert.ok(
      checklist.items.some((i: { procedure: { code: string } | null }) => i.procedure?.code === 'QT-VP-01'),
      'questions from QT-VP-01',
    );
    await shot(auditor, 'checklist-generated-1440');
    assert.deepEqual(await seriousViolations(auditor), []);

    const lead = await as('ttra.daumoi');
    await lead.goto(`${server.url}/internal-audits/rounds/${roundId}`);
    await lead.getByRole('button', { name: 'Bắt đầu đánh giá' }).click();
    await lead.getByText('Đang đánh giá').first().waitFor();
    await lead.context().close();

    // During the audit: an answer, two sampled cases, a minor nonconformity.
    await auditor.reload();
    const first = checklist.items[0];
    const answer = auditor.getByTestId('checklist').getByLabel('Kết quả').first();
    await answer.click();
    await auditor
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Không phù hợp' })
      .click();
    await auditor.getByTestId('checklist').getByText('Không phù hợp').first().waitFor();
    for (let i = 0; i < 50; i++) {
      const now = await api.get(`/internal-audits/round-audits/${vpAuditId}/checklist`);
      if (now.items.find((x: { id: string }) => x.id === first.id).answer === 'nonconform') break;
      await auditor.waitForTimeout(100);
    }
    const answered = await api.get(`/internal-audits/round-audits/${vpAuditId}/checklist`);
    assert.equal(answered.items.find((x: { id: string }) => x.id === first.id).answer, 'nonconform');

    await auditor.getByRole('tab', { name: 'Mẫu' }).click();
    await auditor.getByRole('button', { name: 'Lấy mẫu' }).click();
    const sample = auditor.getByRole('dialog');
    await sample.getByLabel('Số lượng').fill('2');
    const start = sample.locator('.ant-picker-range input').first();
    await start.click();
    await start.fill(`01/01/${THIS_YEAR}`);
    await start.press('Enter');
    const end = sample.locator('.ant-picker-range input').nth(1);
    await end.fill(`31/12/${THIS_YEAR}`);
    await end.press('Enter');
    await submitIfOpen(auditor, 'Lấy mẫu');
    await noDialogLeft(auditor);
    const samples = auditor.getByTestId('samples');
    await samples
      .getByRole('link', { name: /VP|văn bản đến/ })
      .nth(1)
      .waitFor();
    const taken = await api.get(`/internal-audits/round-audits/${vpAuditId}/samples`);
    assert.equal(taken.items.length, 2);
    for (const s of taken.items) {
      assert.equal(s.kind, 'case');
      assert.equal(s.procedure.code, 'QT-VP-01');
      assert.equal(s.accessFrom, iso(`10/03/${year}`), 'read on the audit’s date');
    }
    await shot(auditor, 'samples-1440');
    assert.deepEqual(await seriousViolations(auditor), []);

    await auditor.getByRole('tab', { name: 'Phát hiện' }).click();
    await auditor.getByRole('button', { name: 'Ghi phát hiện' }).click();
    const finding = auditor.getByRole('dialog');
    await finding.getByText('Không phù hợp nhẹ').first().waitFor(); // the default kind
    await finding.getByLabel('Điều khoản').fill('7.5.3');
    await choose(auditor, finding.getByLabel('Quy trình'), 'QT-VP-01');
    await finding.getByLabel('Nội dung').fill(FINDING);
    await finding
      .getByLabel('Bằng chứng')
      .fill('Hai văn bản đến được lấy mẫu chưa có mã hồ sơ khi giao xử lý.');
    for (const s of taken.items)
      await choose(auditor, finding.getByLabel('Mẫu dẫn chứng'), s.itemLabel.slice(0, 11));
    await finding.getByRole('button', { name: 'Ghi phát hiện' }).click();
    await noDialogLeft(auditor);
    await auditor.getByTestId('findings').getByText(FINDING).waitFor();
    const findings = await api.get(`/internal-audits/round-audits/${vpAuditId}/findings`);
    assert.equal(findings.items.length, 1);
    assert.equal(findings.items[0].kind, 'minor');
    assert.equal(findings.items[0].samples.length, 2);
    await shot(auditor, 'finding-1440');
    assert.deepEqual(await seriousViolations(auditor), []);
    await auditor.context().close();
  },
);

step(
  'the head of Văn phòng Bộ acknowledges; the finding becomes a nonconformity linked both ways',
  async () => {
    const head = await as('vp.chanhvanphong');
    await head.getByRole('link', { name: 'Đánh giá nội bộ' }).first().click();
    await head.getByRole('link', { name: 'Phát hiện đánh giá tại đơn vị tôi' }).click();
    const list = head.getByTestId('unit-findings');
    await list.getByText(FINDING).waitFor();
    await shot(head, 'unit-findings-1440');
    assert.deepEqual(await seriousViolations(head), []);
    // The unit's other findings (the demo's rounds) are answered already: this one is the row.
    const row = list.locator('tr, .ant-list-item, .ant-card').filter({ hasText: FINDING }).last();
    await row.getByRole('button', { name: 'Thừa nhận' }).click();
    await row.getByText('Đơn vị thừa nhận').waitFor();
    await head.context().close();

    const auditor = await as('cntt.daumoi');
    await auditor.goto(`${server.url}/internal-audits/round-audits/${vpAuditId}?tab=findings`);
    const findings = auditor.getByTestId('findings');
    await findings.getByText('Đơn vị thừa nhận').waitFor();
    await findings.getByRole('button', { name: 'Chuyển thành sự không phù hợp' }).click();
    await auditor.locator('.ant-popconfirm .ant-btn-primary').click();
    const ncLink = findings.getByRole('link', { name: /^KPH-\d{4}-\d{3}$/ });
    await ncLink.waitFor();
    const code = (await ncLink.textContent()) ?? '';
    const api = await apiSession(server.url, 'cntt.daumoi', PASSWORD);
    const [f] = (await api.get(`/internal-audits/round-audits/${vpAuditId}/findings`)).items;
    assert.equal(f.response, 'acknowledged');
    assert.equal(f.nonconformity.code, code);

    await ncLink.click();
    await auditor.waitForURL(new RegExp(`/nonconformities/${f.nonconformity.id}$`));
    const back = auditor.locator(`a[href="/internal-audits/findings/${f.id}"]`);
    await back.first().waitFor();
    await shot(auditor, 'nonconformity-from-finding-1440');
    assert.deepEqual(await seriousViolations(auditor), []);
    await back.first().click();
    await auditor.getByText(FINDING).first().waitFor();
    await auditor.context().close();
  },
);

step('the report comes out as DOCX and PDF with the counts and the unit', async () => {
  const page = await as('ttra.daumoi');
  await page.goto(`${server.url}/internal-audits/rounds/${roundId}?tab=report`);
  const report = page.getByTestId('report-counts');
  await report.getByText(VP).first().waitFor();
  await shot(page, 'report-tab-1440');
  assert.deepEqual(await seriousViolations(page), []);
  const fetchPaper = async (extension: string) => {
    const href = await page.locator(`main a[href$="/report.${extension}"]`).first().getAttribute('href');
    assert.ok(href, `a ${extension} link`);
    const response = await page.request.get(`${server.url}${href}`);
    assert.equal(response.status(), 200);
    return response;
  };
  const docx = await fetchPaper('docx');
  assert.equal(
    docx.headers()['content-type'],
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  assert.equal((await docx.body()).subarray(0, 2).toString(), 'PK');
  const pdf = await fetchPaper('pdf');
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  const file = join(SHOTS, 'report.pdf');
  writeFileSync(file, await pdf.body());
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
  const flat = text.replace(/\s+/g, ' ');
  assert.match(flat, /BÁO CÁO Kết quả đánh giá nội bộ hệ thống quản lý chất lượng/);
  assert.match(flat, new RegExp(`đợt 1 năm ${year}`));
  // The finding's row: its clause, the start of its text and its nonconformity (pdftotext
  // interleaves the cells' lines, so each is looked for from the clause on, not as one phrase).
  assert.match(flat, /IV\. CÁC PHÁT HIỆN .* 7\.5\.3 Văn bản đến chưa được ghi .*KPH-\d{4}-\d{3}/);
  assert.match(
    flat,
    /Tổng số phát hiện: 1, gồm 0 điểm phù hợp, 0 điểm không phù hợp nặng, 1 điểm không phù hợp nhẹ/,
  );
  // The counts by grade equal the server's recount: one minor nonconformity at Văn phòng Bộ.
  const api = await apiSession(server.url, 'ttra.daumoi', PASSWORD);
  const figures = await api.get(`/internal-audits/rounds/${roundId}/report`);
  assert.equal(figures.counts.minor, 1);
  assert.equal(figures.counts.total, 1);
  assert.match(text, /^\s*1\s+Văn phòng Bộ\s+0\s+0\s+1\s+0\s+0\s+1\s*$/m);
  assert.match(text, /^\s*Tổng cộng\s+0\s+0\s+1\s+0\s+0\s+1\s*$/m);
  execFileSync('pdftoppm', ['-png', '-r', '60', file, join(SHOTS, 'report')]);
  const pngs = readdirSync(SHOTS).filter((n) => /^report-\d+\.png$/.test(n));
  assert.ok(pngs.length > 0, 'the PDF renders');
  console.log(`report rendered: ${pngs.map((n) => join(SHOTS, n)).join(', ')}`);
  await page.context().close();
});

step('the unit audit fits a phone: 390 px, no action column clipped, axe clean', async () => {
  const page = await as('cntt.daumoi', 390);
  for (const tab of ['checklist', 'samples', 'findings']) {
    await page.goto(`${server.url}/internal-audits/round-audits/${vpAuditId}?tab=${tab}`);
    await page.getByTestId(tab).waitFor();
    await page.locator('main .data-list-card').first().waitFor();
    await shot(page, `round-audit-${tab}-390`);
    const width = page.viewportSize()!.width;
    const outside = await page.evaluate((w) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll('main a, main button, main .ant-tag, main .ant-select')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        if (r.left < -1 || r.right > w + 1)
          out.push(`${el.textContent?.trim().slice(0, 40)} ${r.left}–${r.right}`);
      }
      return out;
    }, width);
    assert.deepEqual(outside, [], `${tab}: nothing outside the screen`);
    const scrollable = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scrollable <= width + 1, `${tab}: the page scrolls sideways: ${scrollable} > ${width}`);
    assert.deepEqual(await seriousViolations(page), [], tab);
  }
  await page.context().close();
});
