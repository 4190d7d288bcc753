import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/browser/search/corpus.ts';
import { parseQuery } from '../../src/browser/search/query.ts';
import { rank } from '../../src/browser/search/rank.ts';
import { QUOTES } from '../support/quote-table.ts';
import { blockIds } from '../support/search-tables.ts';
import { readerSpeechFile } from '../support/speech-files.ts';

// The published paragraphs as the search's corpus: words split on spaces, one block each.
const published = readerSpeechFile().published;
const ids = blockIds();
const words: string[] = [];
const starts = published.map((text, i) => {
  const location = words.length;
  words.push(...text.split(/\s+/).filter(Boolean));
  return { id: ids[i]!, location, note: false };
});
const corpus = buildCorpus(words, starts);
const textOf = (id: string) => published[ids.indexOf(id)] ?? '';

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

describe('the quote table through the search', () => {
  it('scores the first result of each quote', () => {
    const missed = QUOTES.filter((row) => row.first).filter((row) => rank(corpus, parseQuery(row.quote, false)).speech[0]?.id !== row.first);
    const rows = QUOTES.filter((row) => row.first).length;
    console.log(`Quote table, first result: ${rows - missed.length}/${rows}${missed.map((m) => `\n  ✗ ${m.quote}`).join('')}`);
    expect(missed.length).toBeLessThan(rows);
  });
});
