// The leadership home (issue 9): the deputy minister and the secretariat see the QMS by unit,
// every figure a link to its filtered list; at 1440 px a table whose columns all fit, at
// 390 px one card per unit; nothing clipped (asserted from element geometry). Screenshots of
// both widths are written to E2E_SHOTS (a folder) when set, to be looked at.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, seriousViolations, signIn } from './support/browser.ts';
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

async function home(username: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await signIn(page, server.url, username, PASSWORD);
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
  await page.getByTestId('qms-by-unit').waitFor();
  return page;
}

/** The elements whose box leaves the container or the viewport's width (should be none). */
async function clipped(page: Page, selector: string, container: string) {
  return page.evaluate(
    ([sel, cont]) => {
      const outer = (document.querySelector(cont) as HTMLElement).getBoundingClientRect();
      const right = Math.min(outer.right, window.innerWidth) + 1;
      return [...document.querySelectorAll(sel)]
        .map((el) => ({ text: (el as HTMLElement).innerText.trim(), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.right > right || box.left < outer.left - 1)
        .map(({ text, box }) => `${text} [${Math.round(box.left)}–${Math.round(box.right)}]`);
    },
    [selector, container] as const,
  );
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

const shoot = async (page: Page, name: string) => {
  if (process.env.E2E_SHOTS)
    await page.screenshot({ path: `${process.env.E2E_SHOTS}/${name}.png`, fullPage: true });
};

test('at 1440 px the deputy minister sees the QMS by unit in a table whose every column fits', async () => {
  const page = await home('thutruong.phantam', 1440);
  await page.getByTestId('qms-table').waitFor();
  const headers = await page.locator('[data-testid=qms-table] thead th').allInnerTexts();
  assert.deepEqual(
    headers.map((h) => h.replace(/\s+/g, ' ').trim()),
    [
      'Đơn vị',
      'Tỷ lệ công việc đúng hạn',
      'Bước đang quá hạn',
      'Tài liệu chờ phê duyệt',
      'Tài liệu quá hạn rà soát',
      'Công việc chưa lập hồ sơ khi bắt đầu',
    ],
  );
  const cells = '[data-testid=qms-table] th, [data-testid=qms-table] td';
  assert.deepEqual(await clipped(page, cells, '[data-testid=qms-table]'), []);
  assert.ok((await sideways(page)) <= 0, 'the page scrolls sideways');
  // Every figure is a link to its list, filtered in the URL.
  const links = await page
    .locator('[data-testid=qms-table] tbody a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
  assert.ok(links.length >= 5);
  assert.ok(
    links.every((href) => /^\/(reports\/case-measures|cases|documents)\?/.test(href)),
    links.join(' '),
  );
  assert.ok(links.some((href) => href.includes('unitId=')));
  // Numbers in the vi-VN form: a rate reads "81,2 %", never "81.2%".
  const text = await page.getByTestId('qms-by-unit').innerText();
  assert.doesNotMatch(text, /\d\.\d+\s?%/);
  assert.deepEqual(await seriousViolations(page), []);
  await shoot(page, 'home-leadership-1440');

  // A unit's overdue-steps figure opens the cases list of that unit alone, overdue: as many
  // rows as the figure says.
  const rows = page.locator('[data-testid=qms-table] tbody tr');
  const texts = await rows.evaluateAll((trs) =>
    trs.map((tr) => (tr.querySelectorAll('td')[2] as HTMLElement | undefined)?.innerText.trim() ?? ''),
  );
  const index = texts.findIndex((n) => /^[1-9]\d?$/.test(n));
  assert.ok(index >= 0, `no unit with overdue steps: ${texts.join(' ')}`);
  const count = Number(texts[index]);
  const figure = rows.nth(index).locator('td').nth(2).locator('a');
  const href = (await figure.getAttribute('href')) as string;
  assert.match(href, /^\/cases\?overdue=true&unitId=[0-9a-f-]+&subunits=false$/);
  await figure.click();
  await page.waitForURL((url) => `${url.pathname}${url.search}` === href);
  const list = page.getByTestId('cases-list');
  await list.locator('tbody tr.ant-table-row').first().waitFor();
  assert.equal(await list.locator('tbody tr.ant-table-row').count(), count);
  assert.equal(await list.getByText('Quá hạn', { exact: true }).count(), count);
  await page.getByText('(không gồm đơn vị trực thuộc)').waitFor();
  await shoot(page, 'home-leadership-overdue-list-1440');
  await page.context().close();
});

test('at 390 px the units are cards whose figures and links are all in view', async () => {
  // The QMS secretariat (Vụ Khoa học và Công nghệ) follows every unit too.
  const page = await home('khcn.thuky', 390);
  await page.getByTestId('qms-cards').waitFor();
  assert.equal(await page.getByTestId('qms-table').count(), 0);
  const cards = '[data-testid=qms-cards] dt, [data-testid=qms-cards] dd';
  assert.deepEqual(await clipped(page, cards, '[data-testid=qms-cards]'), []);
  assert.deepEqual(await clipped(page, '[data-testid=qms-totals] a', '[data-testid=qms-by-unit]'), []);
  assert.ok((await sideways(page)) <= 0, 'the page scrolls sideways');
  await shoot(page, 'home-leadership-390');
  await page.context().close();
});

test('the case measures: at 1440 px averages keep their decimal; at 390 px the tables are cards, nothing clipped', async () => {
  const page = await home('thutruong.phantam', 1440);
  await page.goto(`${server.url}/reports/case-measures`);
  // The period shown is said, and it is this year to today (one rule for every report).
  await page.getByTestId('report-period').waitFor();
  const averages = await page
    .locator('[data-testid=measures-by-unit] td.list-col-avgWorkingDaysPerStep')
    .allInnerTexts();
  assert.ok(averages.length > 3);
  // "6,0" beside "2,1", never a bare "6" that reads as a count.
  for (const text of averages) assert.match(text.trim(), /^(\d{1,3}(\.\d{3})*,\d|—)$/, averages.join(' '));
  await page.setViewportSize({ width: 390, height: 900 });
  for (const id of ['measures-by-unit', 'measures-by-procedure', 'measures-by-month']) {
    await page.locator(`[data-testid=${id}].data-list-cards`).waitFor();
    assert.deepEqual(
      await clipped(page, `[data-testid=${id}] dt, [data-testid=${id}] dd`, `[data-testid=${id}]`),
      [],
    );
  }
  assert.ok((await sideways(page)) <= 0, 'the page scrolls sideways');
  await shoot(page, 'case-measures-390');
  await page.context().close();
});
