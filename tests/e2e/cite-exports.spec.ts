import { expect, test } from '@playwright/test';
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
    expect(fromRis).toMatchObject({ title: csl[0].title, URL: url, author: [{ family: 'Lu', given: 'Wei' }] });
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
