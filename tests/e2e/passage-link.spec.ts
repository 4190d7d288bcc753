import { expect, test } from '@playwright/test';
import { select } from '../support/pages.ts';

test.describe('copy link to this passage', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('selecting words in a paragraph offers a link that reopens it with those words', async ({ page }) => {
    await page.goto('/');
    await select(page, 'p9', 'suspecting someone of stealing an axe');
    const button = page.getByRole('button', { name: 'Copy link to this passage' });
    await expect(button).toBeVisible();
    await button.click();
    // Copying is asynchronous: the status says when it is done.
    await expect(page.getByRole('status').filter({ hasText: 'Link to the passage in paragraph 9 copied' })).toHaveCount(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/#p9:~:text=suspecting%20someone%20of%20stealing%20an%20axe$/);

    await page.goto('about:blank');
    await page.goto(link);
    // Chromium has text fragments: it scrolls to the words and highlights them itself
    // (the address keeps the paragraph; the directive is not part of location.hash).
    await expect(page.locator('#p9')).toBeInViewport();
    expect(await page.evaluate(() => location.hash)).toBe('#p9');
    await expect(page.locator('[data-fragment-notice]')).toBeHidden();
  });

  test('a selection across paragraphs links and cites the range, and on the range link the tools work for it', async ({ page }) => {
    await page.goto('/');
    const origin = new URL(page.url()).origin;
    await page.evaluate(() => {
      const range = document.createRange();
      range.setStart(document.getElementById('p5')!.firstChild!, 0);
      range.setEnd(document.getElementById('p7')!, 1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: 'Copy link to ¶5–¶7' }).click();
    // Copying is asynchronous: wait for the clipboard, not for the next line.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/#p5-p7`);
    await page.getByRole('button', { name: 'Cite ¶5–7' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cite ¶5–7' });
    await expect(dialog.getByRole('region', { name: 'APA' }).locator('.cite-text').first()).toHaveText('(Lu, 2014, paras. 5–7)');
    await expect(dialog.getByRole('region', { name: 'APA' }).locator('.cite-text').last()).toContainText(`${origin}/#p5-p7`);
    await page.keyboard.press('Escape');

    await page.goto('/#p5-p7');
    // Inside a marked range, each paragraph's tools are named for the range and act for it.
    await page.locator('#p6').getByRole('button', { name: 'Copy link to paragraphs 5 to 7' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/#p5-p7`);
    await page.locator('#p6').getByRole('button', { name: 'Cite paragraphs 5 to 7' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Cite ¶5–7' })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.evaluate(() => getSelection()!.removeAllRanges());
    await expect(page.getByRole('button', { name: /^Copy link to (¶|this)/ })).toBeHidden();
  });

  test('Copy quote puts the words, the citation and the link on the clipboard, as plain text and as HTML', async ({ page }) => {
    await page.goto('/');
    const origin = new URL(page.url()).origin;
    await select(page, 'p9', 'suspecting someone of stealing an axe');
    await page.getByRole('button', { name: 'Copy quote' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Quote with citation and link copied' })).toHaveCount(1);
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { text: await (await item!.getType('text/plain')).text(), html: await (await item!.getType('text/html')).text() };
    });
    const link = `${origin}/#p9:~:text=suspecting%20someone%20of%20stealing%20an%20axe`;
    expect(copied.text).toBe(`“suspecting someone of stealing an axe” (Lu, 2014, para. 9) ${link}`);
    expect(copied.html).toContain('<q>suspecting someone of stealing an axe</q> (Lu, 2014, para. 9)');
    expect(copied.html).toContain(`<a href="${link}">`);
  });

  test('a quote, and Ctrl+C, carry the published words: no paragraph or note numbers, no corrections', async ({ page }) => {
    await page.goto('/');
    /** Selects from the start of `from` in block `a` to the end of `to` in block `b`, across whatever the edition inserted between. */
    const selectBetween = (a: string, from: string, b: string, to: string) =>
      page.evaluate(
        ([a, from, b, to]) => {
          const find = (id: string, words: string) => {
            const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent!.indexOf(words);
              if (at >= 0) return [node, at] as const;
            }
            throw new Error(`"${words}" not found in #${id}`);
          };
          const [start, startAt] = find(a, from);
          const [end, endAt] = find(b, to);
          const range = document.createRange();
          range.setStart(start, startAt);
          range.setEnd(end, endAt + to.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
        },
        [a, from, b, to] as const,
      );
    const clipboardText = () => page.evaluate(() => navigator.clipboard.readText());

    // ¶12 as published: "large of small" and "resect" are the source's; the page adds [large or
    // small], [respect] and the note number 38 after "sovereignty".
    const published = 'Regardless of whether they are large of small, countries are equal. In cyberspace, we should mutually respect cyber sovereignty, mutually resect the choice';
    await selectBetween('p12', 'Regardless', 'p12', 'the choice');
    await page.getByRole('button', { name: 'Copy quote' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Quote with citation and link copied' })).toHaveCount(1);
    expect(await clipboardText()).toMatch(new RegExp(`^“${published}” \\(Lu, 2014, para\\. 12\\) `));

    await selectBetween('p12', 'Regardless', 'p12', 'the choice');
    await page.keyboard.press('Control+C');
    await expect.poll(clipboardText).toBe(published);

    // Across paragraphs: each as published, a blank line between, no numbers.
    await selectBetween('p16', 'Ladies', 'p18', 'everyone!');
    await page.keyboard.press('Control+C');
    await expect.poll(clipboardText).toMatch(/^Ladies, gentlemen, friends\.\n\n[^\n]+\n\nThank you, everyone!$/);
  });
});

