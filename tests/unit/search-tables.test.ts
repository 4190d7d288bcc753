import { describe, expect, it } from 'vitest';
import { correction } from '../../src/browser/search/correction.ts';
import { matchMap } from '../../src/browser/search/match-map.ts';
import { parseQuery } from '../../src/browser/search/query.ts';
import { rank } from '../../src/browser/search/rank.ts';
import { expectedCounts, MAP_WORDS, MISSPELLINGS, occurrences, publishedCorpus } from '../support/search-tables.ts';

// The published paragraphs as the search's corpus.
const { published, ids, corpus } = publishedCorpus();

const search = (typed: string) => {
  const parsed = parseQuery(typed, false);
  const ranking = rank(corpus, parsed);
  return { ranking, fix: correction(corpus, parsed, ranking, typed) };
};

describe('the tables themselves', () => {
  it('misspell words the published text does not have, of words it has', () => {
    const text = published.join(' ');
    for (const { typed, meant } of MISSPELLINGS) {
      for (const word of typed.split(' ').filter((w, i) => w !== meant.split(' ')[i])) expect(occurrences(text, word), typed).toBe(0);
      for (const word of meant.split(' ')) expect(occurrences(text, word), meant).toBeGreaterThan(0);
    }
  });
  it('count words spread over more than one paragraph, or many times in one', () => {
    for (const [word, counts] of expectedCounts()) expect(counts.filter((c) => c.count > 0).length + Math.max(...counts.map((c) => c.count)), word).toBeGreaterThan(2);
    expect(MAP_WORDS.length).toBeGreaterThanOrEqual(10);
  });
});

describe('matchMap', () => {
  it('gives every paragraph in reading order the matches the ranking marks in it', () => {
    const { ranking } = search('trust');
    const counts = matchMap(corpus, ranking);
    expect(counts.map((c) => c.id)).toEqual(ids);
    expect(counts).toEqual(expectedCounts().get('trust'));
  });
});

describe('correction', () => {
  it('corrects a misspelled word to the page’s suggestion, and only when nothing matched', () => {
    expect(search('soverignty').fix?.query).toBe('sovereignty');
    expect(search('soverignty respect').fix).toBeUndefined(); // "respect" matches: results, and a "Did you mean" only
  });
  it('corrects only the words that match nothing, each in its place', () => {
    expect(search('binoculers of historical laws').ranking.speech.length).toBeGreaterThan(0);
    expect(search('Obamma Zhongnanhi').fix?.query).toBe('Obama Zhongnanhai');
  });
  it('never corrects a quoted phrase', () => {
    expect(search('"cyber soverignty"').fix).toBeUndefined();
    expect(search('"cyber soverignty" Obamma').fix).toBeUndefined(); // the phrase still finds nothing
  });
  it('does not guess between words equally near, or when a word has nothing near', () => {
    // "wold" is one edit from both "world" and "would".
    expect(search('wold').fix).toBeUndefined();
    expect(search('Obamma xylophonic').fix).toBeUndefined();
  });
});
