// Every built page's prose, read from the files in dist/: no words run together across an
// element's edge or at a seam between a template's text and an inserted value.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findGluedWords } from '../support/glued-words.ts';
import { DIST } from '../support/pages.ts';

test('no built page runs words together', async () => {
  const pages = (await readdir(DIST, { recursive: true })).filter((path) => path.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(3);
  const found: string[] = [];
  for (const path of pages) {
    for (const glue of findGluedWords(await readFile(join(DIST, path), 'utf8'))) found.push(`${path}: ${glue.rule} “${glue.context}”`);
  }
  expect(found).toEqual([]);
});
