import { describe, expect, it } from 'vitest';
import { excerpt, groupHits, phraseLocations, type PageHits } from '../../src/search/hits.ts';
import { isSearchable, normalizeQuery, phrases } from '../../src/search/query.ts';

describe('normalizeQuery', () => {
  it('makes curly quotes and apostrophes straight and collapses whitespace', () => {
    expect(normalizeQuery('  “China’s   market”\t')).toBe('"China\'s market"');
  });
  it('drops a lone double quote instead of opening a phrase that never ends', () => {
    expect(normalizeQuery('"mutual respect')).toBe('mutual respect');
    expect(normalizeQuery('"a" "b')).toBe('"a" b');
  });
  it('turns control characters into spaces', () => {
    expect(normalizeQuery('axe\u0000\u001fstory')).toBe('axe story');
  });
});

describe('isSearchable', () => {
  it('needs a letter or digit in any script', () => {
    expect(isSearchable('""')).toBe(false);
    expect(isSearchable(' % ')).toBe(false);
    expect(isSearchable('瀛台')).toBe(true);
    expect(isSearchable('2014')).toBe(true);
  });
});

describe('phrases', () => {
  it('returns the words of each quoted phrase of two words or more', () => {
    expect(phrases('"China\'s market" axe "sovereignty"')).toEqual([["China's", 'market']]);
  });
});

// Content words:   0     1     2    3       4    5      6   7     8      9
const page: PageHits = {
  content: 'Trust matters. Trust is won. Note: trust, once lost, returns slowly.',
  anchors: [
    { element: 'p', id: 'p1', location: 0 },
    { element: 'a', id: 'ref-x', location: 2 },
    { element: 'aside', id: 'note-x', location: 5 },
  ],
  weighted_locations: [
    { location: 6, balanced_score: 5 },
    { location: 0, balanced_score: 10 },
    { location: 2, balanced_score: 10 },
  ],
};

describe('groupHits', () => {
  const isBlock = (a: { element: string }) => a.element === 'p' || a.element === 'aside';

  it('gives each hit to the last paragraph or note that starts before it, not to a phrase inside it', () => {
    const blocks = groupHits(page, isBlock);
    expect(blocks.map((b) => [b.id, b.start, b.end, b.locations])).toEqual([
      ['p1', 0, 5, [0, 2]],
      ['note-x', 5, 11, [6]],
    ]);
  });

  it('ranks blocks holding more of the searched words first, then by score, then in reading order', () => {
    const two: PageHits = {
      content: 'alpha beta gamma alpha alpha alpha',
      anchors: [
        { element: 'p', id: 'p1', location: 0 },
        { element: 'p', id: 'p2', location: 3 },
      ],
      weighted_locations: [0, 1, 3, 4, 5].map((location) => ({ location, balanced_score: 1 })),
    };
    expect(groupHits(two, isBlock).map((b) => b.id)).toEqual(['p1', 'p2']);
    const tie: PageHits = { ...two, weighted_locations: [0, 3].map((location) => ({ location, balanced_score: 1 })) };
    expect(groupHits(tie, isBlock).map((b) => b.id)).toEqual(['p1', 'p2']);
  });

  it('counts a run of adjacent hit words as one match', () => {
    const run: PageHits = {
      content: 'a b c d e',
      anchors: [{ element: 'p', id: 'p1', location: 0 }],
      weighted_locations: [0, 1, 3].map((location) => ({ location, balanced_score: 1 })),
    };
    expect(groupHits(run, isBlock)[0]).toMatchObject({ locations: [0, 1, 3], matches: 2 });
  });
});

describe('phraseLocations', () => {
  it('finds every occurrence, ignoring case, punctuation and the kind of apostrophe', () => {
    const content = 'in China’s market, and China’s future; respected China’s market environment';
    expect(phraseLocations(content, ["china's", 'market'], 1).map((l) => l.location)).toEqual([1, 2, 7, 8]);
  });
});

describe('excerpt', () => {
  it('quotes words from its own block around the first hit, marks hits without their punctuation, and says where it cuts', () => {
    const [, note] = groupHits(page, (a) => a.element !== 'a');
    expect(excerpt(page.content, note!, 3)).toEqual([
      { text: 'Note: ', hit: false },
      { text: 'trust', hit: true },
      { text: ', once …', hit: false },
    ]);
    const late = { ...note!, locations: [9] };
    expect(excerpt(page.content, late, 3)).toEqual([
      { text: '… lost, ', hit: false },
      { text: 'returns', hit: true },
      { text: ' slowly.', hit: false },
    ]);
  });
});
