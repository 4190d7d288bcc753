import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './support.ts';
import { savedItem } from './support/zotero-embedded-metadata.ts';

/**
 * What Zotero's connector saves from each built page, read by the rules of its
 * Embedded Metadata translator (mirrored in support/zotero-embedded-metadata.ts),
 * not by trusting the template.
 */
const page = async (path: string) => {
  const html = await readFile(join(DIST, path, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
  return { item: savedItem(html, canonical), canonical };
};

test('the reader saves as a Speech: presenter, date, meeting, place, language, URL, the translation credited', async () => {
  const { item, canonical } = await page('');
  expect(item).toMatchObject({
    itemType: 'presentation',
    title: 'Mutual Trust through Communication, Cooperation through Win-Win',
    presentationType: 'Speech',
    date: expect.stringMatching(/^2014[-/]12[-/]02$/),
    meetingName: '7th Sino-US Internet Forum',
    place: 'Washington, D.C.',
    language: 'en',
    url: canonical,
  });
  expect(item.creators).toEqual([{ lastName: 'Lu', firstName: 'Wei', creatorType: 'presenter' }]);
  // A presentation has no translator field: Zotero's Extra field carries it as a CSL variable.
  expect(String(item.extra)).toMatch(/^translator: China Copyright and Media$/m);
  expect(item).not.toHaveProperty('publisher');
});

for (const path of ['about/', 'notes/']) {
  test(`/${path} saves with its maker and a date`, async () => {
    const { item } = await page(path);
    expect(item.creators.length, JSON.stringify(item)).toBeGreaterThan(0);
    expect(String(item.date ?? '')).toMatch(/^\d{4}-\d{2}-\d{2}/);
  });
}
