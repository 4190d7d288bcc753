import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { DIST } from '../support/pages.ts';
import { savedItem } from '../support/zotero-embedded-metadata.ts';

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

test('/about/ and /notes/ save with the edition’s maker and its date', async () => {
  const markdown = await readFile(new URL('../../content/speeches/lu-wei-2014-12-02.md', import.meta.url), 'utf8');
  const { maker, date } = parse(/^---\n([\s\S]*?)\n---/.exec(markdown)![1]!).edition as { maker: string; date: string };
  for (const path of ['about/', 'notes/']) {
    const { item } = await page(path);
    // The maker is an entity, given in one field; Zotero's cleanAuthor() splits a name without a
    // comma at its last space, so the saved creator holds the entity's words in two fields
    // (a reader can switch it to single-field in Zotero). What it saves, said as it is:
    expect(item.creators, path).toEqual([{ firstName: maker.replace(/ \S+$/, ''), lastName: maker.split(' ').at(-1), creatorType: 'author' }]);
    expect(String(item.date ?? ''), path).toBe(String(date));
  }
});
