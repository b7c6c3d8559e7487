import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function signIn(page: Page, url: string, username: string, password: string) {
  await page.goto(url);
  await page.getByLabel(/Tên đăng nhập|Username/).fill(username);
  await page.getByLabel(/Mật khẩu|Password/).fill(password);
  await page.keyboard.press('Enter');
}

/** Waits until every dialog has closed (one may close while another is still fading out). */
export async function noDialogLeft(page: Page) {
  // getByRole leaves out hidden elements: closed dialogs antd keeps in the page do not count.
  for (let waited = 0; (await page.getByRole('dialog').count()) > 0; waited += 100) {
    if (waited > 10_000) throw new Error('a dialog stayed open');
    await page.waitForTimeout(100);
  }
}

/** Serious and critical axe violations on the current page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Judged at rest: not under a hover left by the last click, nor halfway through a fade-in.
  await page.mouse.move(0, 0);
  // Nor with a select's list still closing after the click that closed it (its listbox has no name).
  await page
    .locator('.ant-select-dropdown:visible')
    .first()
    .waitFor({ state: 'hidden', timeout: 3_000 })
    .catch(() => undefined);
  await page.evaluate(() => {
    for (const animation of document.getAnimations()) {
      try {
        animation.finish();
      } catch {} // an infinite animation (a spinner) cannot finish
    }
  });
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => `${n.target.join(' ')} ${n.html.slice(0, 200)} ${n.failureSummary ?? ''}`)
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/** Requests to anything but the app itself: eiso must work offline. */
export function watchExternalRequests(page: Page, origin: string): string[] {
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      external.push(r.url());
  });
  return external;
}

/**
 * A new browser window (its own cookies) signed in as `username` at `width` px — a phone's
 * height below 500 px — once the home page greets them.
 */
export async function signedInPage(
  browser: Browser,
  url: string,
  username: string,
  password: string,
  width = 1440,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: width > 500 ? 900 : 844 },
    locale: 'vi-VN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await signIn(page, url, username, password);
  await page.getByRole('heading', { name: /Xin chào/ }).waitFor({ timeout: 60_000 });
  return page;
}

/** A full-page screenshot into `folder` (E2E_SHOTS), or nothing when no folder is given. */
export const screenshotInto =
  (folder: string) =>
  async (page: Page, name: string): Promise<void> => {
    if (folder) await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
  };

/** Picks the option whose text contains `text` in an Ant Design select, typing it first when the select searches. */
export async function chooseOption(page: Page, field: Locator, text: string, search = true) {
  await field.click();
  if (search) await field.fill(text);
  // Only the open list: antd keeps the lists of earlier selects, hidden, in the page.
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
}
