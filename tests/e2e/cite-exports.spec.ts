import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from '../support/pages.ts';
import { SUBPATH } from '../../tools/subpath.ts';

const SUBPATH_PORT = Number(process.env.TEST_SUBPATH_PORT ?? 4328);
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';

/** The downloads parse with parsers that did not write them, and say what the citation says. */
const TARGETS = [
  { file: 'speech', fragment: '' },
  { file: 'p12', fragment: '#p12' },
];

test('RIS, BibTeX and CSL-JSON for the speech and for a paragraph parse and name the speech, its speaker, date, translation and address', async ({ request }) => {
  const canonical = (await (await request.get('/speech.json')).json()).edition.url as string;
  let parsed = 0;
  for (const { file, fragment } of TARGETS) {
    const url = `${canonical}${fragment}`;

    const csl = await (await request.get(`/cite/${file}.json`)).json();
    expect(csl).toHaveLength(1);
    expect(csl[0]).toMatchObject({ type: 'speech', title: 'Mutual Trust through Communication, Cooperation through Win-Win', URL: url, author: [{ family: 'Lu', given: 'Wei' }] });
    expect(csl[0].issued['date-parts'][0]).toEqual([2014, 12, 2]);
    expect(csl[0].translator).toEqual([{ literal: 'China Copyright and Media' }]);

    const ris = await request.get(`/cite/${file}.ris`);
    const [fromRis] = parseRis(await ris.text());
    // astrocite reads TY SLIDE's A4 (the translator) as a further author; Zotero's reading is tests/unit/cite-exports.test.ts.
    expect(fromRis).toMatchObject({ title: csl[0].title, URL: url });
    expect(fromRis.author[0]).toEqual({ family: 'Lu', given: 'Wei' });
    expect(JSON.stringify(fromRis.issued)).toContain('2014');

    const bib = await request.get(`/cite/${file}.bib`);
    const { entries, errors } = parseBibtex(await bib.text());
    expect(errors ?? []).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.fields).toMatchObject({ title: csl[0].title, url, author: [{ lastName: 'Lu', firstName: 'Wei' }] });
    parsed += 3;
  }
  expect(parsed).toBe(6);
});

test('every download is served with its media type, at the root and under a sub-path, as dist/_headers tells a host', async ({ request }) => {
  // Written before the change: hosts (and the test server) sent an empty type for .ris and .bib, and application/json for CSL-JSON.
  const expected: Record<string, RegExp> = {
    ris: /^application\/x-research-info-systems(;|$)/,
    bib: /^(application\/x-bibtex|text\/x-bibtex; charset=utf-8)(;|$)/,
    json: /^application\/vnd\.citationstyles\.csl\+json(;|$)/,
  };
  const files = (await readdir(join(DIST, 'cite'))).filter((file) => file !== 'templates.json');
  expect(files.length).toBeGreaterThanOrEqual(3 * 19);
  const subpath = `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH}cite/`;
  for (const file of files) {
    const type = expected[file.split('.').pop()!]!;
    for (const url of [`/cite/${file}`, ...(file.startsWith('speech.') || file.startsWith('p12.') ? [`${subpath}${file}`] : [])]) {
      const response = await request.head(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()['content-type'], url).toMatch(type);
    }
  }
  // The Cite panel's templates are not a download: plain JSON.
  expect((await request.head('/cite/templates.json')).headers()['content-type']).toMatch(/^application\/json/);
});
