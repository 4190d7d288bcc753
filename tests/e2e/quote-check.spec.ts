import { expect, test } from '@playwright/test';
import { QUOTE_CHECK_ATTR } from '../../src/shared/markup.ts';
import { QUOTES } from '../support/quote-table.ts';

/**
 * The quote table (tests/support/quote-table.ts) in the page: for each quote, the first result is
 * the paragraph expected and its quote check shows the published words expected (its text
 * without the quote's own words, <ins>); a quote no passage is close to says so and shows no
 * check. Then what the check's two buttons give.
 */
test.describe('the quote check', () => {

  test('the quote table: first result, the published words in it, or “no passage is close”', async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: 'Search the speech and notes' });
    const results = page.locator('#search-results');
    const missed: string[] = [];
    for (const row of QUOTES) {
      await box.fill(row.quote);
      await expect(results).toHaveAttribute('data-query', row.quote);
      const first = await results.getByRole('link').first().evaluate((a) => (a as HTMLAnchorElement).hash.slice(1));
      const shown = await results.locator(`[${QUOTE_CHECK_ATTR}]`).evaluateAll((found) =>
        found.map((element) => {
          const copy = element.cloneNode(true) as HTMLElement;
          for (const ins of copy.querySelectorAll('ins')) ins.remove();
          return { text: copy.textContent, item: element.closest('li')?.querySelector('a')?.hash.slice(1) };
        }),
      );
      const status = (await page.locator('[data-search-status]').textContent()) ?? '';
      if (row.first === null) {
        if (shown.length > 0 || !status.startsWith('No passage is close to this quote.')) missed.push(`${row.quote}: shows ${JSON.stringify(shown)}, says “${status}”`);
      } else if (first !== row.first || shown.length !== 1 || shown[0]!.item !== row.first || shown[0]!.text !== row.published) {
        missed.push(`${row.quote}: first ${first}, shows ${JSON.stringify(shown)}`);
      }
    }
    const score = `${QUOTES.length - missed.length}/${QUOTES.length} rows right`;
    testInfo.annotations.push({ type: 'quote table score', description: score });
    console.log(`Quote table in the page: ${score}${missed.map((m) => `\n  ✗ ${m}`).join('')}`);
    expect(missed, score).toEqual([]);
  });

  test.describe('its buttons', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('copy the published words with their citation, and a link that opens them marked', async ({ page }) => {
      const row = QUOTES.find((r) => r.quote === 'China is one of the main victims of hacking')!;
      await page.goto(`/?q=${encodeURIComponent(row.quote)}`);
      const origin = new URL(page.url()).origin;
      const check = page.getByRole('group', { name: 'The closest published words' });
      await expect(check).toContainText('¶14, 3 of 9 words as published');
      const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

      await check.getByRole('button', { name: 'Copy with citation' }).click();
      await expect.poll(clipboard).toMatch(/^“China is a major victim of cyber attacks” \(Lu, 2014, para\. 14\) http/);
      await check.getByRole('button', { name: 'Copy link' }).click();
      const link = `${origin}/#p14:~:text=China%20is%20a%20major%20victim%20of%20cyber%20attacks`;
      await expect.poll(clipboard).toBe(link);

      await page.goto('about:blank');
      await page.goto(link);
      // Chromium scrolls to the words of the text fragment and highlights them itself.
      await expect(page.locator('#p14')).toBeInViewport();
      expect(await page.evaluate(() => location.hash)).toBe('#p14');
    });
  });
});
