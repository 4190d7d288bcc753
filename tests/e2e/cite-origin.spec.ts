import { expect, test } from '@playwright/test';
import { select } from '../support/pages.ts';

/**
 * The test server serves the build at an origin its SITE_URL does not name
 * (127.0.0.1:PORT; the build says http://localhost:4321 or the deploy's
 * address). Every link and citation the page makes must carry the address the
 * reader is on, without the search (?q=) or any highlight state.
 */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copied links and citations carry the address the reader is on, never ?q=', async ({ page }) => {
  await page.goto('/?q=trust#p7');
  const origin = new URL(page.url()).origin;
  const reader = `${origin}/`;
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const checked: string[] = [];
  const expectAddress = (text: string, fragment: string) => {
    const urls = text.match(/https?:\/\/[^\s)]+/g) ?? [];
    expect(urls.length, text).toBeGreaterThan(0);
    for (const url of urls.map((u) => u.replace(/[.,]$/, ''))) {
      expect(url, text).toBe(`${reader}${fragment}`);
      checked.push(url);
    }
  };

  // Copy link, after a search opened a result.
  // Copying is asynchronous: each read waits until the clipboard holds what the click copied.
  await page.getByRole('button', { name: 'Copy link to paragraph 7' }).click();
  await expect.poll(clipboard).toContain('#p7');
  expectAddress(await clipboard(), '#p7');

  // The passage link.
  await select(page, 'p9', 'suspecting someone of stealing an axe');
  await page.getByRole('button', { name: 'Copy link to this passage' }).click();
  await expect.poll(clipboard).toMatch(new RegExp(`^${reader.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#p9:~:text=`));
  checked.push('passage');

  // Every format in the Cite panel.
  await page.evaluate(() => getSelection()?.removeAllRanges());
  // The paragraph's tools show on :target or keyboard focus; reach them as a keyboard user does.
  await page.getByRole('button', { name: 'Cite paragraph 12' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Cite ¶12' });
  await expect(dialog.locator('.cite-text')).toHaveCount(6);
  for (const text of await dialog.locator('.cite-text').allTextContents()) {
    if (/https?:/.test(text)) expectAddress(text, '#p12');
  }
  expect(checked.length).toBeGreaterThanOrEqual(4);
});

test("/about/'s example citations show the address the reader is on", async ({ page }) => {
  await page.goto('/about/');
  const reader = `${new URL(page.url()).origin}/`;
  const examples = (await page.locator('#cite ~ section .citation').allTextContents()).join('\n');
  const urls = examples.match(/https?:\/\/[^\s)]+/g) ?? [];
  expect(urls.length).toBeGreaterThanOrEqual(3);
  for (const url of urls) expect(url.replace(/[.,]$/, '')).toBe(`${reader}#pN`);
});
