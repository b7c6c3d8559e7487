// The ISO steering committee as the demo ministry walks it (issue 13): the secretariat
// (khcn.thuky) names a member with the decision picked from the agency's documents, prepares
// the December meeting, compiles its input pack from the meeting, sends the invitations with
// a guest, records the minutes and two directives to Vụ Công nghệ thông tin; the
// chair, Thứ trưởng Phan Tâm, confirms the conclusions with the password; the unit's head
// finds one directive in My work and reports it done with its evidence; the next meeting's
// pack shows that one done and the other overdue; the Thông báo kết luận downloads as DOCX and
// PDF; leadership's home counts the demo's overdue directives by unit. The committee, the
// meeting and the directives at 1440 and 390 px, axe at each step.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
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
const TITLE = 'Họp Ban chỉ đạo ISO xem xét của lãnh đạo tháng 12';
const DIRECTIVE = 'Vụ Công nghệ thông tin rà soát lại quy trình cấp phép và báo cáo Ban chỉ đạo.';
const DIRECTIVE2 = 'Tổ chức đánh giá nội bộ chéo giữa các đơn vị trong quý I.';
/** A document of the demo agency, standing in for the decision that names a member. */
const DECISION = 'TL-KHCN-01';
const GUEST = 'Ngô Thị Bích Ngọc';
const NEXT_YEAR = new Date().getFullYear() + 1;
const SHOTS = process.env.E2E_SHOTS ?? '';
let server: RunningServer;
let browser: Browser;
let meetingPath = '';

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

const choose = chooseOption;

test('the secretariat prepares a meeting, invites, records the minutes and a directive', async () => {
  const page = await as('khcn.thuky');
  await page.goto(`${server.url}/steering`);
  await page.getByRole('heading', { name: 'Ban chỉ đạo ISO' }).waitFor();
  await page.getByText('Phan Tâm').first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  // A new member, named by a decision picked from the agency's documents by its code; the
  // committee's page links to it.
  await page.getByRole('button', { name: 'Bổ sung thành viên' }).click();
  const member = page.getByRole('dialog');
  await choose(page, member.getByLabel('Họ và tên'), 'Tống Văn Lợi');
  await choose(page, member.getByLabel('Quyết định thành lập, kiện toàn Ban chỉ đạo'), DECISION);
  await member.getByRole('button', { name: 'Bổ sung thành viên' }).click();
  await noDialogLeft(page);
  const decision = page.getByRole('link', { name: new RegExp(`^${DECISION} — `) }).first();
  await decision.waitFor();
  assert.match((await decision.getAttribute('href')) ?? '', /^\/documents\/[0-9a-f-]{36}$/);
  assert.deepEqual(await seriousViolations(page), []);
  await page.getByRole('button', { name: 'Chuẩn bị cuộc họp' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên cuộc họp').fill(TITLE);
  await dialog.getByLabel('Chương trình họp').fill('1. Kết quả kiểm tra chéo\n2. Kết luận');
  await dialog.getByRole('button', { name: 'Chuẩn bị cuộc họp' }).click();
  await page.waitForURL(/\/steering\/meetings\/[0-9a-f-]{36}$/);
  meetingPath = new URL(page.url()).pathname;
  await noDialogLeft(page);

  // The input pack of the period under review, compiled from the meeting.
  await page.getByRole('button', { name: 'Báo cáo đầu vào' }).click();
  await page.waitForURL(/\/steering\/reports\/[0-9a-f-]{36}$/);
  await page.getByTestId('section-directives').waitFor();
  await page.getByTestId('section-documents').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await page.goto(`${server.url}${meetingPath}`);
  await page.getByRole('heading', { name: TITLE }).waitFor();

  // The invitations: the members, and a guest who is not one (the head of Vụ Bưu chính).
  await page.getByRole('button', { name: 'Gửi giấy mời' }).click();
  const invite = page.getByRole('dialog');
  await choose(page, invite.getByLabel('Khách mời (không phải thành viên Ban chỉ đạo)'), GUEST);
  await invite.getByText('Gửi giấy mời họp').click(); // closes the list of people
  assert.deepEqual(await seriousViolations(page), []);
  await shot(page, 'steering-invite-1440');
  await invite.getByRole('button', { name: 'Gửi giấy mời' }).click();
  await noDialogLeft(page);
  await page.getByText('Trưởng ban').first().waitFor();
  await page.locator('.ant-list-item', { hasText: GUEST }).getByText('Khách mời').waitFor();
  await page.getByLabel('Biên bản họp').fill('Ban chỉ đạo nghe báo cáo kết quả kiểm tra chéo.');
  await page.getByRole('button', { name: 'Lưu biên bản' }).click();
  await page.getByText('Đã họp, có biên bản').waitFor();

  await page.getByRole('button', { name: 'Thêm nội dung kết luận' }).click();
  const item = page.getByRole('dialog');
  await item.getByLabel('Nội dung kết luận').fill(DIRECTIVE);
  await item.getByText('Là chỉ đạo giao đơn vị thực hiện').click();
  await choose(page, item.getByLabel('Đơn vị chủ trì thực hiện'), 'Vụ Công nghệ thông tin');
  await item.getByLabel('Kết quả cần đạt').fill('Báo cáo rà soát quy trình');
  await item.getByRole('button', { name: 'Thêm nội dung kết luận' }).click();
  await noDialogLeft(page);
  await page.getByText(DIRECTIVE).waitFor();
  await page.getByRole('button', { name: 'Thêm nội dung kết luận' }).click();
  const second = page.getByRole('dialog');
  await second.getByLabel('Nội dung kết luận').fill(DIRECTIVE2);
  await second.getByText('Là chỉ đạo giao đơn vị thực hiện').click();
  await choose(page, second.getByLabel('Đơn vị chủ trì thực hiện'), 'Vụ Công nghệ thông tin');
  await second.getByLabel('Kết quả cần đạt').fill('Báo cáo đánh giá nội bộ chéo');
  await second.getByRole('button', { name: 'Thêm nội dung kết luận' }).click();
  await noDialogLeft(page);
  await page.getByText(DIRECTIVE2).waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  // The secretariat does not confirm: the button is the chair's.
  assert.equal(await page.getByRole('button', { name: 'Xác nhận thông báo kết luận' }).count(), 0);
});

test('the chair confirms the conclusions with the password; the directive goes to the unit', async () => {
  const page = await as('thutruong.phantam');
  await page.goto(`${server.url}${meetingPath}`);
  await page.getByRole('button', { name: 'Xác nhận thông báo kết luận' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Mật khẩu của bạn').fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Xác nhận thông báo kết luận' }).click();
  await noDialogLeft(page);
  await page.getByText('Đã ban hành thông báo kết luận').first().waitFor();
  assert.equal(await page.getByRole('link', { name: /Vụ Công nghệ thông tin ·/ }).count(), 2);
  assert.deepEqual(await seriousViolations(page), []);
  await shot(page, 'steering-meeting-1440');
  // Leadership's home: the demo's overdue directives by unit.
  await page.goto(server.url);
  const card = page.locator('#steering-overdue');
  await card.getByText('Vụ Khoa học và Công nghệ').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
});

test("the unit's head finds it in My work and reports it done with the evidence", async () => {
  const page = await as('cntt.vutruong');
  await page.goto(`${server.url}/my-work`);
  const card = page.locator('#steering-directives');
  await card.getByRole('link', { name: DIRECTIVE }).click();
  await page.getByRole('heading', { name: 'Chỉ đạo của Ban chỉ đạo ISO' }).waitFor();
  const row = page.locator('tr', { hasText: DIRECTIVE });
  await row.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kết quả, bằng chứng').fill('Đã rà soát; báo cáo số 30/BC-CNTT.');
  await dialog.getByRole('button', { name: 'Báo cáo hoàn thành' }).click();
  await noDialogLeft(page);
  await row.getByText('Đã hoàn thành').waitFor();
  assert.deepEqual(await seriousViolations(page), []);
});

test("the next meeting's input pack shows the one directive done and the other overdue", async () => {
  // The next review (mid next year), prepared through the API; its pack opened from its page.
  const api = await apiSession(server.url, 'khcn.thuky', PASSWORD);
  const december = await api.get(`/steering/meetings/${meetingPath.split('/').at(-1)}`);
  const next = await api.post<{ id: string }>('/steering/meetings', {
    kind: 'regular',
    title: `Họp Ban chỉ đạo ISO xem xét của lãnh đạo 6 tháng đầu năm ${NEXT_YEAR}`,
    meetingDate: `${NEXT_YEAR}-06-30`,
    chairPersonId: december.chair.id,
    agenda: '1. Tình hình thực hiện kết luận tháng 12\n2. Kết luận',
    periodFrom: `${NEXT_YEAR}-01-01`,
    periodTo: `${NEXT_YEAR}-06-30`,
  });
  assert.equal(next.status, 201);
  const page = await as('khcn.thuky');
  await page.goto(`${server.url}/steering/meetings/${next.body.id}`);
  await page.getByRole('button', { name: 'Báo cáo đầu vào' }).click();
  await page.waitForURL(/\/steering\/reports\/[0-9a-f-]{36}$/);
  const section = page.getByTestId('section-directives');
  await section
    .getByText(new RegExp(`${DIRECTIVE.replaceAll('.', '\\.')} \\(hạn .*\\) — Đã hoàn thành`))
    .waitFor();
  await section
    .getByText(new RegExp(`${DIRECTIVE2.replaceAll('.', '\\.')} \\(hạn .*\\) — Quá hạn`))
    .waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await shot(page, 'steering-next-pack-1440');
});

test('the Thông báo kết luận downloads as DOCX and PDF', async () => {
  const page = await as('khcn.thuky');
  await page.goto(`${server.url}${meetingPath}`);
  for (const [label, magic, ext] of [
    ['Thông báo kết luận (DOCX)', 'PK', 'docx'],
    ['Thông báo kết luận (PDF)', '%PDF', 'pdf'],
  ]) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: label }).click(),
    ]);
    assert.match(download.suggestedFilename(), new RegExp(`^thong-bao-ket-luan-.*\\.${ext}$`));
    const body = readFileSync(await download.path());
    assert.equal(body.subarray(0, magic.length).toString(), magic);
    if (SHOTS) writeFileSync(join(SHOTS, `thong-bao-ket-luan.${ext}`), body);
  }
});

test('the committee, the meeting and the directives read at 1440 and 390 px, axe clean', async () => {
  for (const width of [1440, 390]) {
    const page = await as('khcn.thuky', width);
    for (const [path, wait] of [
      ['/steering', 'Thành viên Ban chỉ đạo'],
      [meetingPath, DIRECTIVE],
      ['/steering/directives', DIRECTIVE],
    ]) {
      await page.goto(`${server.url}${path}`);
      await page.getByText(wait).first().waitFor();
      assert.deepEqual(await seriousViolations(page), [], `${path} at ${width}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth > window.innerWidth + 1,
      );
      assert.equal(overflow, false, `${path} at ${width} scrolls sideways`);
      await shot(page, `steering${path.replaceAll('/', '-')}-${width}`);
    }
    await page.context().close();
  }
});
