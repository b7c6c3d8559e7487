// Document control as the people of the demo ministry walk it (issue "Document control"):
// the ISO officer of Vụ Công nghệ thông tin drafts a revision and attaches its form, the unit head reviews, the
// secretariat checks, the deputy minister signs; the new issue is in force and the old one
// superseded; a staff member of the unit acknowledges it; the DOCX and PDF come out right;
// the status report counts it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import JSZip from 'jszip';
import type { Browser, Page } from 'playwright-core';
import { apiSession } from './support/api.ts';
import { launchBrowser, seriousViolations, signedInPage } from './support/browser.ts';
import { type RunningServer, startServer } from './support/server.ts';

const PASSWORD = 'Demo@2017';
let server: RunningServer;
let browser: Browser;
let target: { id: string; code: string; issueNo: number; currentVersionId: string };
// The story may cross midnight in Vietnam: its days run from the day it began to the day of the step.
const todayInVietnam = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
const firstDay = todayInVietnam();

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  // A procedure of Vụ CNTT in force with no change under way.
  const officer = await apiSession(server.url, 'cntt.daumoi', PASSWORD);
  const list = await officer.get(
    `/documents?ownerUnitId=${officer.me.person.unitId}&status=in_force&type=business_procedure&pageSize=100`,
  );
  const item = list.items.find((d: { pendingState: string | null }) => d.pendingState === null);
  const doc = await officer.get(`/documents/${item.id}`);
  target = { id: doc.id, code: doc.code, issueNo: item.issueNo, currentVersionId: doc.currentVersionId };
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

const as = (username: string) => signedInPage(browser, server.url, username, PASSWORD);

async function openTarget(page: Page) {
  await page.goto(`${server.url}/documents/${target.id}`);
  await page
    .getByRole('heading', { name: new RegExp(target.code) })
    .first()
    .waitFor();
}

async function sign(
  page: Page,
  button: string,
  extra?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog', { name: 'Xác nhận điện tử (xác thực bằng mật khẩu)' });
  await dialog.waitFor();
  if (extra) await extra(dialog);
  await dialog.getByLabel('Mật khẩu').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Xác nhận', exact: true }).click();
  const done = page.getByTestId('signing-done');
  await done.waitFor();
  await page
    .getByRole('dialog', { name: 'Đã xác nhận điện tử' })
    .getByRole('button', { name: 'Đóng', exact: true })
    .last()
    .click();
  await done.waitFor({ state: 'detached' });
}

let draftVersionId = '';

test('the ISO officer of Vụ CNTT requests a revision, edits the draft and submits it', async () => {
  const page = await as('cntt.daumoi');
  await openTarget(page);
  await page.getByRole('button', { name: 'Đề nghị sửa đổi' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByLabel('Lý do đề nghị').fill('Cập nhật thời hạn theo quy định mới về thủ tục hành chính');
  await dialog.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await page.waitForURL(/version=/);
  draftVersionId = new URL(page.url()).searchParams.get('version') ?? '';
  assert.ok(draftVersionId);
  await page.getByRole('button', { name: 'Sửa dự thảo' }).click();
  await page.getByLabel('Tóm tắt nội dung sửa đổi').fill('Rút ngắn thời hạn bước 1 xuống 1 ngày làm việc');
  const step = page.getByRole('group', { name: 'Bước B1' });
  await step.getByLabel('Thời gian (ngày làm việc)').fill('1');
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await page.getByText('Đã lưu dự thảo.').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.goto(`${server.url}/documents/${target.id}?version=${draftVersionId}`);
  // The form that goes with the procedure, attached to the draft (part of what is signed).
  await page.getByRole('tab', { name: 'Tệp đính kèm (0)' }).click();
  await page.locator('input[type=file]').setInputFiles({
    name: 'Mẫu phiếu tiếp nhận.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  });
  await page.getByText('Đã đính kèm “Mẫu phiếu tiếp nhận.pdf”.').waitFor();
  await page.getByRole('tab', { name: 'Tệp đính kèm (1)' }).waitFor();
  await page.getByRole('link', { name: 'Mẫu phiếu tiếp nhận.pdf' }).waitFor();
  await page.getByRole('button', { name: 'Trình lãnh đạo đơn vị' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Trình lãnh đạo đơn vị' }).click();
  await page.getByText('Chờ lãnh đạo đơn vị xem xét').first().waitFor();
  await page.context().close();
});

test('the unit head reviews and signs', async () => {
  const page = await as('cntt.vutruong');
  await page.goto(`${server.url}/documents/${target.id}?version=${draftVersionId}`);
  await sign(page, 'Xem xét — đồng ý');
  await page.getByText('Chờ thư ký ISO kiểm tra').first().waitFor();
  await page.context().close();
});

test('the QMS secretariat checks and submits it to the leadership', async () => {
  const page = await as('khcn.thuky');
  await page.goto(`${server.url}/documents/${target.id}?version=${draftVersionId}`);
  await sign(page, 'Kiểm tra — trình phê duyệt');
  await page.getByText('Đã trình phê duyệt').first().waitFor();
  await page.context().close();
});

test('the deputy minister approves with a signature: the new issue is in force, the old superseded', async () => {
  const page = await as('thutruong.phantam');
  await page.getByRole('link', { name: 'Việc của tôi' }).first().click();
  await page
    .getByRole('link', { name: new RegExp(`Mở ${target.code}`) })
    .first()
    .click();
  await sign(page, 'Phê duyệt ban hành', async (dialog) => {
    await assert.doesNotReject(dialog.getByTestId('signing-statement').waitFor());
    assert.match(
      await dialog.getByTestId('signing-statement').innerText(),
      new RegExp(`Phê duyệt ban hành ${target.code}, lần ban hành 0?${target.issueNo + 1}`),
    );
    await dialog.getByLabel('Số quyết định').fill('1234/QĐ-BTTTT');
    // Distributed to the unit and, this time, to Văn phòng Bộ as well.
    await dialog.getByLabel('Phân phối đến').click();
    for (const unit of ['Vụ Công nghệ thông tin', 'Văn phòng Bộ']) {
      // A click while the tree still opens can be lost under load: click until the unit is checked.
      const node = page
        .locator('.ant-select-tree-treenode')
        .filter({ has: page.getByTitle(unit, { exact: true }) });
      const checked = node.and(page.locator('.ant-select-tree-treenode-checkbox-checked'));
      for (let i = 0; i < 5 && !(await checked.count()); i++) {
        await node.getByTitle(unit, { exact: true }).click();
        await checked.waitFor({ timeout: 2_000 }).catch(() => undefined);
      }
      assert.equal(await checked.count(), 1, `${unit} is chosen`);
    }
    await dialog.getByLabel('Số quyết định').click(); // closes the tree
  });
  const api = await apiSession(server.url, 'thutruong.phantam', PASSWORD);
  const doc = await api.get(`/documents/${target.id}`);
  assert.equal(doc.currentVersionId, draftVersionId);
  const old = doc.versions.find((v: { id: string }) => v.id === target.currentVersionId);
  assert.equal(old.state, 'superseded');
  assert.ok(
    old.endDate >= firstDay && old.endDate <= todayInVietnam(),
    `superseded on the day of approval in Vietnam, not ${old.endDate}`,
  );
  await page.context().close();
});

test('a staff member of the unit is asked to read it and acknowledges', async () => {
  // The server asks them first (a failure here is the distribution, not the screen).
  const staff = await apiSession(server.url, 'cntt.chuyenvien', PASSWORD);
  const work = await staff.get('/documents/my-work');
  assert.ok(
    work.toRead.some((r: { versionId: string }) => r.versionId === draftVersionId),
    `the new issue is in their list to read: ${JSON.stringify(work.toRead.map((r: { code: string }) => r.code))}`,
  );
  const page = await as('cntt.chuyenvien');
  await page.getByRole('link', { name: 'Việc của tôi' }).first().click();
  const toRead = page.getByTestId('to-read-list');
  await toRead.getByRole('button', { name: new RegExp(`Đã đọc ${target.code}\\b`) }).click();
  await page
    .getByText(/Đã xác nhận đã đọc/)
    .first()
    .waitFor();
  const head = await apiSession(server.url, 'cntt.vutruong', PASSWORD);
  const report = await head.get(`/document-versions/${draftVersionId}/acknowledgements`);
  const row = report.rows.find((r: { fullName: string }) => r.fullName === 'Lê Hải Nam');
  assert.ok(row?.acknowledgedAt, 'the acknowledgement is recorded');
  const office = report.rows.filter((r: { unitName: string }) => r.unitName === 'Văn phòng Bộ');
  assert.ok(office.length > 0, 'Văn phòng Bộ was asked to read it too');
  await page.context().close();
});

test('the DOCX and PDF of the new issue come out right', async () => {
  const page = await as('cntt.chuyenvien');
  await page.goto(`${server.url}/documents/${target.id}?version=${draftVersionId}`);
  const folder = mkdtempSync(join(tmpdir(), 'eiso-e2e-dl-'));
  const save = async (name: string) => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name }).click(),
    ]);
    const file = join(folder, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  };
  const pdf = await save('Tải PDF');
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  assert.match(text, new RegExp(target.code));
  assert.match(text, /Lần ban hành/);
  assert.match(text, /MỤC ĐÍCH/);
  assert.match(text, /Rút ngắn thời hạn bước 1/, 'the revision history names the change');
  assert.match(text, /Trang: 1\//);
  assert.match(text, /Hoàng Minh Đức/, 'the unit head signed as reviewer');
  assert.match(text, /Phan Tâm/, 'the deputy minister signed as approver');
  const docx = await JSZip.loadAsync(readFileSync(await save('Tải DOCX')));
  // The code and issue number sit in the page header part, the sections in the body.
  const parts = await Promise.all(docx.file(/^word\/.*\.xml$/).map((f) => f.async('string')));
  const xml = parts.join('\n');
  assert.match(xml, new RegExp(target.code));
  assert.match(xml, /Lần ban hành/);
  assert.match(xml, /Rút ngắn thời hạn bước 1/);
  assert.match(xml, /Times New Roman/);
  await page.context().close();
});

test('the status report of today counts the revision', async () => {
  const page = await as('khcn.thuky');
  await page.goto(`${server.url}/reports/documents-status?from=${firstDay}&to=${todayInVietnam()}`);
  const summary = page.getByTestId('report-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /cải tiến 1 quy trình nghiệp vụ/);
  assert.deepEqual(await seriousViolations(page), []);
  await page.context().close();
});
