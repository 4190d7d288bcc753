import { expect, test, type Page } from '@playwright/test';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the speech and notes' });
const results = (page: Page) => page.locator('#search-results');
const resultLinks = (page: Page) => results(page).getByRole('link');

/** Types a query the way a reader does and waits for the list that answers it. */
async function search(page: Page, query: string) {
  await box(page).fill(query);
  await expect(results(page)).toHaveAttribute('data-query', query);
}

/** The id each result links to, in the order shown. */
function targets(page: Page): Promise<string[]> {
  return resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
}

// Each query and where its first result must land. Ids are paragraphs (pN) or notes.
const LANDINGS: Array<[query: string, first: string, why: string]> = [
  ['"suspecting someone of stealing an axe"', 'p9', 'a quoted phrase from the speech'],
  ['"China\'s market environment"', 'p12', 'straight apostrophe finds the curly one in the text'],
  ["minors' growing up", 'p10', 'straight apostrophe, unquoted'],
  ['“community of destiny”', 'p7', 'a phrase typed with curly quotes'],
  ['binoculars', 'p10', 'a single word'],
  ['MAGNIFYING GLASS', 'p8', 'case does not matter'],
  ['resect', 'p12', 'a translation slip as published'],
  ['"large or small"', 'p12', 'the emended reading of a slip'],
  ['destination', 'p7', 'the emended reading of “designation”'],
  ['designation', 'p7', 'the slip itself'],
  ['"can easily be"', 'p8', 'the reading of “can be easily be”'],
  ['疑邻盗斧', 'axe-story', 'a Chinese term, only in a note'],
  ['网络主权', 'cyber-sovereignty', 'a Chinese term in a note title'],
  ['瀛台', 'yingtai', 'the start of Chinese terms (瀛台会, 瀛台夜话)'],
  ['Leonore', 'sunnylands', 'a word found only in one note'],
  ['Annenberg Retreat', 'sunnylands', 'two words found only in one note'],
  ['Qualcomm', 'qualcomm-china-share', 'the note outweighs the passing mention'],
  ['sedulously exaggerated', 'p8', 'two rare words in one paragraph'],
  ['Novelli', 'catherine-novelli', 'a person note'],
];

test.describe('search finds the paragraph or note', () => {
  for (const [query, first, why] of LANDINGS) {
    test(`${query} → #${first} (${why})`, async ({ page }) => {
      await page.goto('/');
      await search(page, query);
      expect((await targets(page))[0]).toBe(first);
    });
  }
});

test.describe('search results', () => {
  test('name the paragraph or note, count its matches once, and show the match in an excerpt', async ({ page }) => {
    await page.goto('/');
    await search(page, 'respect');
    const ids = await targets(page);
    expect(new Set(ids).size).toBe(ids.length);
    const p12 = resultLinks(page).and(page.locator('[href="#p12"]'));
    await expect(p12).toHaveAccessibleName(/^Paragraph 12 · \d+ matches$/);
    const excerpt = page.locator('#excerpt-p12');
    await expect(p12).toHaveAccessibleDescription(await excerpt.innerText());
    await expect(excerpt.locator('mark').first()).toHaveText(/^respect/i);
  });

  test('name a note by number, title and kind', async ({ page }) => {
    await page.goto('/');
    await search(page, 'Leonore');
    await expect(resultLinks(page).first()).toHaveAccessibleName(/^Note \d+: The Annenberg “estate meeting” \(Sunnylands, June 2013\) · Event · 1 match$/);
  });

  test('find a phrase in every paragraph that has it, not only the first', async ({ page }) => {
    await page.goto('/');
    await search(page, '"China\'s market"');
    expect((await targets(page)).sort()).toEqual(['p12', 'p7']);
    await expect(page.locator('#excerpt-p12 mark')).toHaveText(['China’s', 'market']);
  });

  test('an empty query shows nothing; no match says so and suggests what to try', async ({ page }) => {
    await page.goto('/');
    await search(page, 'zebra');
    await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toContainText('No matches for “zebra”. Try fewer words');
    await expect(results(page)).toBeHidden();
    await search(page, '   ');
    await expect(resultLinks(page)).toHaveCount(0);
    await expect(page.locator('[data-search-status]')).toHaveText('');
  });

  test('the count is announced in a status region', async ({ page }) => {
    await page.goto('/');
    await search(page, '"suspecting someone"');
    await expect(page.locator('[data-search-status]')).toHaveRole('status');
    await expect(page.locator('[data-search-status]')).toHaveText(/^Found in \d+ paragraphs?( and \d+ notes?)?\.$/);
  });
});

test.describe('search by keyboard', () => {
  test('/ focuses the box, arrows move through results, Enter opens one and highlights the words', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    await page.keyboard.type('binoculars');
    await expect(results(page)).toHaveAttribute('data-query', 'binoculars');
    await page.keyboard.press('ArrowDown');
    await expect(resultLinks(page).first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(box(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\?q=binoculars#p10$/);
    await expect(page.locator('#p10')).toBeFocused();
    await expect(page.locator('#p10')).toBeInViewport();
    const highlighted = await page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).toString()));
    expect(highlighted).toEqual(['binoculars']);

    await page.getByRole('button', { name: 'Clear highlights' }).click();
    expect(await page.evaluate(() => CSS.highlights.has('search-hit'))).toBe(false);
    await expect(page.getByRole('button', { name: 'Clear highlights' })).toBeHidden();
  });

  test('/ typed into the search box is a character, not a shortcut; Escape clears the box', async ({ page }) => {
    await page.goto('/');
    await box(page).focus();
    await page.keyboard.type('a/b');
    await expect(box(page)).toHaveValue('a/b');
    await page.keyboard.press('Escape');
    await expect(box(page)).toHaveValue('');
    await expect(resultLinks(page)).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });

  test('Back to results returns to the result that was opened', async ({ page }) => {
    await page.goto('/');
    await search(page, 'respect');
    const second = resultLinks(page).nth(1);
    const id = await second.evaluate((a) => (a as HTMLAnchorElement).hash.slice(1));
    await second.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await page.getByRole('button', { name: 'Back to results' }).click();
    await expect(second).toBeFocused();
  });
});

test.describe('sharing a search', () => {
  test('?q= opens the page with the search done; typing keeps the address in step without new history entries', async ({ page }) => {
    await page.goto('/?q=binoculars');
    await expect(box(page)).toHaveValue('binoculars');
    await expect(results(page)).toHaveAttribute('data-query', 'binoculars');
    expect((await targets(page))[0]).toBe('p10');
    const length = await page.evaluate(() => history.length);
    await box(page).press('End');
    await box(page).pressSequentially(' glass');
    await expect(page).toHaveURL(/\?q=binoculars\+glass$/);
    expect(await page.evaluate(() => history.length)).toBe(length);
  });

  test('?q= with a paragraph fragment highlights the words in that paragraph', async ({ page }) => {
    await page.goto('/?q=%22mutually%20respect%22#p12');
    await expect(page.getByRole('button', { name: 'Clear highlights' })).toBeVisible();
    const highlighted = await page.evaluate(() => [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).toString()));
    // Word for word: “Mutual respect” at the start of ¶12 is not the phrase.
    expect(highlighted).toEqual(['mutually', 'respect', 'mutually', 'respect', 'mutually', 'respect']);
  });
});

test.describe('search is safe and optional', () => {
  test('nothing of Pagefind loads on the first view; it loads when the box is focused', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.goto('/', { waitUntil: 'networkidle' });
    expect(fetched.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await box(page).focus();
    await expect.poll(() => fetched.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the box gives way to a pointer to the browser’s Find, and the text is all there', async ({ page }) => {
      await page.goto('/?q=binoculars');
      await expect(box(page)).toBeHidden();
      await expect(page.getByText('Search needs JavaScript.')).toBeVisible();
      await expect(page.locator('#p10')).toContainText('binoculars');
    });
  });
});
