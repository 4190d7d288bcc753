import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/browser/search/excerpt.ts';
import { isSearchable, normalizeQuery, parseQuery } from '../../src/browser/search/query.ts';
import { buildCorpus } from '../../src/browser/search/corpus.ts';
import { markSpans, rank, sameStem, type RankedBlock } from '../../src/browser/search/rank.ts';
import { closestWord, suggest } from '../../src/browser/search/suggest.ts';
import { tokenize } from '../../src/browser/search/tokens.ts';

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

describe('parseQuery and tokenize', () => {
  it('splits hyphenated words, keeps apostrophes inside a word, and drops a possessive s from the key', () => {
    expect(tokenize('“win-win,').map((t) => [t.key, t.from, t.to])).toEqual([
      ['win', 1, 4],
      ['win', 5, 8],
    ]);
    expect(tokenize('China’s').map((t) => t.key)).toEqual(['china']);
    expect(tokenize('Zhōng-Měi').map((t) => t.key)).toEqual(['zhong', 'mei']);
  });
  it('reads quoted phrases, loose words, and whether the last word is still being typed', () => {
    expect(parseQuery('"China\'s market" win-win axe', true)).toEqual({
      phrases: [['china', 'market']],
      loose: ['win', 'win', 'axe'],
      words: [
        { text: 'win-win', keys: ['win', 'win'] },
        { text: 'axe', keys: ['axe'] },
      ],
      typing: true,
    });
    expect(parseQuery('axe "stolen"', true).typing).toBe(false);
  });
});

// A speech of two paragraphs with a slip and its reading, and one note.
//               0          1       2      3   4   5  6  7      8     9     10       11       12    13  14     15
const CONTENT = 'Where there is me there is you, meeting island. Craig Mundi [Mundie] greets you. Note: 网络主权 of governing isle';
const WORDS = CONTENT.split(' ');
const corpus = buildCorpus(WORDS, [
  { id: 'p2', location: 9, note: false },
  { id: 'p1', location: 0, note: false },
  { id: 'note-a', location: 14, note: true },
]);
const ids = (blocks: RankedBlock[]) => blocks.map((b) => b.id);
const search = (query: string, typing = false, stems: number[] = []) => rank(corpus, parseQuery(normalizeQuery(query), typing), stems);

describe('rank', () => {
  it('finds an unquoted phrase as a run and marks the run, not lone stop words', () => {
    const { speech, notes } = search('there is me');
    expect(ids(speech)).toEqual(['p1']);
    expect(speech[0]).toMatchObject({ tier: 'phrase', hits: 1 });
    expect(notes).toEqual([]);
    expect(markSpans(speech[0]!.marks, corpus.words).map((s) => [s.start.word, s.end.word])).toEqual([[1, 3]]);
  });

  it('never matches a short word as a prefix, and the typed last word only from three letters', () => {
    expect(ids(search('me').speech)).toEqual(['p1']);
    expect(search('me', true).speech[0]!.marks.map((m) => corpus.words[m.word])).toEqual(['me']);
    expect(ids(search('isl', false).speech)).toEqual([]);
    expect(search('isl', true).speech[0]).toMatchObject({ id: 'p1', tier: 'all' });
    expect(ids(search('is').notes)).toEqual([]);
  });

  it('puts a block holding every word whole above one holding some, stop words alone never enough', () => {
    const { speech, notes } = search('greets island');
    expect(speech.map((b) => [b.id, b.tier])).toEqual([
      ['p1', 'some'],
      ['p2', 'some'],
    ]);
    expect(ids(search('is of').notes)).toEqual([]);
    expect(ids(notes)).toEqual([]);
  });

  it('reads a slip as the edition reads it, so “Craig Mundie” is a phrase', () => {
    expect(search('Craig Mundie').speech[0]).toMatchObject({ id: 'p2', tier: 'phrase' });
  });

  it('finds Chinese inside a longer term and marks only its characters', () => {
    const { notes, notesFirst } = search('主权');
    expect(notesFirst).toBe(true);
    expect(notes[0]!.marks).toEqual([{ word: 15, from: 2, to: 4 }]);
  });

  it('keeps a stem match only when the words differ by suffixes: partial, below whole words', () => {
    expect(sameStem('governing', 'governance')).toBe(true);
    expect(sameStem('annenberg', 'annenburg')).toBe(false);
    const { notes } = search('governance', false, [17]);
    expect(notes[0]).toMatchObject({ id: 'note-a', tier: 'some' });
  });

  it('puts the speech first when it matches as well as the notes, the notes first when they match better', () => {
    const both = search('isle island', true);
    expect(both.notesFirst).toBe(false);
    const noteOnly = search('isle');
    expect(noteOnly.notesFirst).toBe(true);
  });
});

describe('suggest', () => {
  it('offers the edition’s closest word for a word it does not have, and none for a word being typed', () => {
    expect(closestWord(corpus, 'islnd')?.text).toBe('island');
    expect(suggest(corpus, parseQuery('greets islnd', false), search('greets islnd'))).toBe('greets island');
    expect(suggest(corpus, parseQuery('isla', true), search('isla', true))).toBeUndefined();
    expect(suggest(corpus, parseQuery('zebra', false), search('zebra'))).toBeUndefined();
  });
});

describe('excerpt', () => {
  it('quotes words from its own block around the longest run, marks matches without their punctuation, and says where it cuts', () => {
    const [block] = search('there is you').speech;
    expect(excerpt(WORDS, block!, 4)).toEqual([
      { text: '… me ', hit: false },
      { text: 'there is you', hit: true },
      { text: ', …', hit: false },
    ]);
    const [note] = search('主权').notes;
    expect(excerpt(WORDS, note!, 2)).toEqual([
      { text: '… 网络', hit: false },
      { text: '主权', hit: true },
      { text: ' of …', hit: false },
    ]);
  });
});
