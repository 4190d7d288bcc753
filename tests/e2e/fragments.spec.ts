import { expect, test } from '@playwright/test';
import { renderFixture } from '../support/process.ts';
import { readerBlockCount } from '../support/speech-files.ts';
import { BLOCK_SELECTOR, PERMALINK_CLASS } from '../../src/shared/markup.ts';

const BLOCKS = readerBlockCount();

const notice = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: 'This edition has no paragraph or note' });

test('a link to a paragraph that does not exist says so instead of landing silently at the top; links that exist, and following one from a wrong link, show no notice', async ({ page }) => {
  await page.goto('/#p99');
  await expect(notice(page)).toBeVisible();
  await expect(notice(page)).toContainText('“#p99”');
  await expect(notice(page)).toContainText(`¶1 to ¶${BLOCKS}`);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice(page)).toBeHidden();
  await expect(page.locator('#main')).toBeFocused();

  // Links that exist, and following one from a wrong link, show no notice.
  await page.goto('/?fresh#p12');
  await expect(page.locator('[data-fragment-notice]')).toBeHidden();
  await page.goto('/?fresh#nowhere');
  await expect(notice(page)).toBeVisible();
  await page.locator(`#p3 > a.${PERMALINK_CLASS}`).click();
  await expect(page.locator('[data-fragment-notice]')).toBeHidden();
});

test.describe('paragraph ranges', () => {
  const marked = (page: import('@playwright/test').Page) =>
    page.$$eval(BLOCK_SELECTOR, (blocks) => {
      const plain = getComputedStyle(document.querySelector('#p1')!).backgroundColor;
      return blocks.filter((b) => getComputedStyle(b).backgroundColor !== plain).map((b) => b.id);
    });

  test('/#p5-p7 marks exactly ¶5 to ¶7 and brings ¶5 to the top; moving to another range or paragraph moves the marks', async ({ page }) => {
    await page.goto('/#p5-p7');
    // A range is handled by code loaded on demand (fragments.ts), which may finish after the load event.
    await expect.poll(() => marked(page)).toEqual(['p5', 'p6', 'p7']);
    const top = () => page.locator('#p5').evaluate((el) => el.getBoundingClientRect().top);
    await expect.poll(top).toBeGreaterThanOrEqual(0);
    await expect.poll(top).toBeLessThan(40);
    await expect(page.locator('[data-fragment-notice]')).toBeHidden();

    // Moving to another range or paragraph moves the marks.
    await page.evaluate(() => (location.hash = '#p10-p11'));
    await expect.poll(() => marked(page)).toEqual(['p10', 'p11']);
    await page.evaluate(() => (location.hash = '#p2'));
    await expect.poll(() => marked(page)).toEqual(['p2']);
  });

  test('a reversed or partly missing range is reported, not guessed', async ({ page }) => {
    for (const range of ['p7-p5', 'p17-p30']) {
      await page.goto(`/#${range}`);
      await expect(notice(page)).toContainText(`“#${range}”`);
      expect(await marked(page)).toEqual([]);
    }
  });
});

test('a retired id forwards to its successor, which is then marked', async ({ page }) => {
  // The speech moves no id yet, so the text is swapped for what the pipeline makes of a
  // fixture whose registry moves p3 to p2: the anchor the build would leave.
  const { html } = await renderFixture('registry-moved.md');
  await page.goto('/');
  await page.locator('#text').evaluate((text, markup) => (text.innerHTML = markup), html);
  await page.evaluate(() => (location.hash = '#p3'));
  await expect(page).toHaveURL(/#p2$/);
  expect(await page.locator('#p2').evaluate((el) => el.matches(':target'))).toBe(true);
  await expect(page.locator('[data-fragment-notice]')).toBeHidden();
});
