// What the reader makes of the parts of an address a stranger can write: the #fragment and
// ?q=. Hostile values that try to inject markup or script are tested in the browser
// (tests/e2e/security.spec.ts); these only test that reading them never throws and keeps the text.
import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/browser/fragment-id.ts';
import { isSearchable, normalizeQuery } from '../../src/browser/search/query.ts';

describe('fragmentId reads any fragment as text', () => {
  it.each([
    ['a plain id', '#p12', 'p12'],
    ['an escaped id', '#%E7%BD%91%E7%BB%9C', '网络'],
    ['a lone %', '#%', '%'],
    ['a malformed escape', '#%E0%A4%A', '%E0%A4%A'],
    ['control characters and a bidi override', '#a%00b%01c%1Bd%7Fe%E2%80%AEf', 'a\u0000b\u0001c\u001bd\u007fe\u202ef'],
    ['no fragment', '', ''],
  ])('%s', (_, hash, id) => {
    expect(fragmentId(hash)).toBe(id);
  });

  it('keeps a 5,000-character fragment whole (the notice cuts what it shows)', () => {
    expect(fragmentId(`#${'x'.repeat(5000)}`)).toHaveLength(5000);
  });
});

describe('normalizeQuery reads any ?q= as words to search for', () => {
  it.each([
    ['an unbalanced quote is dropped, not read as a phrase without end', '"community of', 'community of'],
    ['curly quotes become straight ones', '“win-win”', '"win-win"'],
    ['control characters and runs of spaces become one space', 'a\u0000b\u001b  c\u007f', 'a b c'],
    ['three double quotes leave one pair', '"""', '""'],
    ['a lone apostrophe stays', "'", "'"],
  ])('%s', (_, raw, query) => {
    expect(normalizeQuery(raw)).toBe(query);
  });

  it.each([['"""'], ["'"], ['%'], ['  ']])('%j has nothing to search for', (raw) => {
    expect(isSearchable(normalizeQuery(raw))).toBe(false);
  });
});
