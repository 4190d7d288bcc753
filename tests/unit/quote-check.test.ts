import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/browser/search/query.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkQuote, isQuote, type QuoteMatch } from '../../src/browser/search/quote-check.ts';
import { leadWith, rank } from '../../src/browser/search/rank.ts';
import { expandQuery, mergeRankings } from '../../src/browser/search/terms.ts';
import type { SearchTerm } from '../../src/shared/search-terms.ts';
import { QUOTES } from '../support/quote-table.ts';
import { publishedCorpus } from '../support/search-tables.ts';

// The published paragraphs as the search's corpus.
const { published, ids, corpus } = publishedCorpus();
const textOf = (id: string) => published[ids.indexOf(id)] ?? '';
const blocks = published.map((text, i) => ({ id: ids[i]!, number: i + 1, text }));
// The terms list as the build publishes it (the build checks it; see bad-content.test.ts).
const terms: SearchTerm[] = (parse(readFileSync(new URL('../../content/speeches/lu-wei-2014-12-02.terms.yaml', import.meta.url), 'utf8')).terms as Array<{ reader: string | string[]; speech: string }>).map(
  (entry) => ({ reader: [entry.reader].flat(), speech: entry.speech }),
);
const check = (quote: string) => checkQuote(blocks, quote, terms);
/** The result as a reader sees it: the quote's own words in [+…], published words it changed in [-…]. */
const marked = (match: QuoteMatch | undefined) => match?.parts.map((p) => (p.kind === 'same' ? p.text : `[${p.kind === 'ins' ? '+' : '-'}${p.text.trim()}]`)).join('');
const withoutIns = (match: QuoteMatch) => match.parts.filter((p) => p.kind !== 'ins').map((p) => p.text).join('');
const search = (query: string) => {
  const parsed = parseQuery(query, false);
  const expanded = expandQuery(parsed, terms);
  const words = rank(corpus, parsed);
  const ranking = expanded ? mergeRankings(words, rank(corpus, expanded.parsed)) : words;
  // As the page does: a quote's closest passage is the first result.
  const match = isQuote(query) ? check(query) : undefined;
  return { also: expanded?.also ?? [], ranking: match ? leadWith(ranking, match.id) : ranking };
};

describe('the quote table itself', () => {
  it('has at least 24 quotes of six words or more, some that match nothing', () => {
    expect(QUOTES.length).toBeGreaterThanOrEqual(24);
    for (const row of QUOTES) expect(row.quote.split(' ').length, row.quote).toBeGreaterThanOrEqual(6);
    expect(QUOTES.filter((row) => row.first === null).length).toBeGreaterThan(0);
  });
  it('expects published words that are in the paragraph expected first', () => {
    for (const row of QUOTES.filter((r) => r.first)) expect(textOf(row.first!), row.quote).toContain(row.published);
  });
});

describe('the quote table through the search and the quote check', () => {
  it('reaches the paragraph first and shows the published words of every quote, or says none is close', () => {
    const missed: string[] = [];
    for (const row of QUOTES) {
      const first = search(row.quote).ranking.speech[0]?.id;
      const match = check(row.quote);
      if (row.first === null) {
        if (match) missed.push(`${row.quote}: shows ${match.id} “${match.published}”, not “no passage is close”`);
        continue;
      }
      if (first !== row.first) missed.push(`${row.quote}: first result ${first}, not ${row.first}`);
      if (match?.id !== row.first || match.published !== row.published) missed.push(`${row.quote}: shows ${match?.id} “${match?.published}”`);
    }
    console.log(`Quote table: ${QUOTES.length - new Set(missed.map((m) => m.split(':')[0])).size}/${QUOTES.length} rows right${missed.map((m) => `\n  ✗ ${m}`).join('')}`);
    expect(missed).toEqual([]);
  });
});

describe('checkQuote', () => {
  it('marks the published words the quote changed or left out, and the quote’s own words', () => {
    expect(marked(check('China is one of the main victims of hacking'))).toBe('China is [-a major][+one of the main] [-victim][+victims] of [-cyber attacks][+hacking]');
    expect(marked(check('the true measure of a friend lies in his actions, not his words'))).toBe('“the true measure of a friend [-is][+lies] in his actions, not [-in] his words.”');
  });
  it('gives the published text exactly, once the quote’s own words are taken out', () => {
    for (const row of QUOTES.filter((r) => r.first)) {
      const match = check(row.quote)!;
      expect(withoutIns(match), row.quote).toBe(match.published);
      expect(textOf(match.id), row.quote).toContain(match.published);
    }
  });
  it('finds an exact quote word for word, with nothing marked', () => {
    const match = check('it is a dream of peace, development, cooperation and win-win')!;
    expect(match.parts.map((p) => p.kind)).toEqual(['same']);
    expect([match.number, match.found, match.words]).toEqual([10, 10, 10]);
  });
  it('counts British and American spelling, hyphens and case as the same words, and marks another form of a word', () => {
    expect(marked(check('and he suspected that his NEIGHBOR had stolen it, and so he secretly observed him'))).toBe('and he suspected that his neighbour had stolen it, and so he secretly observed him.');
    expect(marked(check('a flight of more than 10,000 kilometers'))).toContain('a flight of more than 10.000 kilometres.');
    expect(marked(check('the US advocates multi-stakeholderism and China advocates multilateralism'))).toBe('the US advocates “multistakeholderism” and China advocates “multilateralism”');
    // Found by its stem, shown as the change it is: a fact-checker sees "opposes" is the report's.
    expect(marked(check('the Chinese government opposes cyber attacks in any form'))).toBe('The Chinese government [-has consistently opposed][+opposes] cyber attacks in any form.');
  });
  it('finds a reader’s term in the speech’s words, marks it, and does not count it as published', () => {
    const match = check('big countries do not have more power, they have more responsibility')!;
    expect(marked(match)).toMatch(/^\[-Large countries\]\[\+big countries\]/);
    expect([match.number, match.found, match.words]).toEqual([13, 3, 11]);
  });
  it('uses the terms list to find the published words, never to change them, and shows the quote’s own word', () => {
    const match = check('the Chinese government has consistently opposed hacking in any form')!;
    expect(match.published).toBe('The Chinese government has consistently opposed cyber attacks in any form.');
    expect(marked(match)).toBe('The Chinese government has consistently opposed [-cyber attacks][+hacking] in any form.');
    expect(withoutIns(match)).toBe(match.published);
    // Without the list, "hacking" is a word the speech does not have.
    expect(marked(checkQuote(blocks, 'the Chinese government has consistently opposed hacking in any form'))).toContain('[+hacking]');
  });
  it('says nothing is close when too few of the quote’s words are there', () => {
    expect(check('the Internet is a tool of American hegemony that must be resisted')).toBeUndefined();
    expect(check('completely unrelated words about weather and football scores today')).toBeUndefined();
  });
  it('reads six words or more as a quote', () => {
    expect(isQuote('cyber attacks in any form')).toBe(false);
    expect(isQuote('opposed cyber attacks in any form')).toBe(true);
  });
});

describe('the terms list in the search', () => {
  it('also searches the speech’s words for a reader’s term, and says which', () => {
    const { ranking, also } = search('hacking');
    expect(also).toEqual(['cyber attacks']);
    expect(ranking.speech[0]?.id).toBe('p14');
    expect(search('United States Internet').also).toEqual(['US']);
  });
  it('keeps quoted phrases exact', () => {
    const { ranking, also } = search('"hacking"');
    expect(also).toEqual([]);
    expect(ranking.speech).toEqual([]);
  });
  it('leaves a query with no term as it was', () => {
    for (const query of ['magnifying glass', 'cyber sovereignty', 'trust']) expect(search(query).ranking).toEqual(rank(corpus, parseQuery(query, false)));
  });
});
