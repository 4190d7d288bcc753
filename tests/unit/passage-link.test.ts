import { describe, expect, it } from 'vitest';
import { passageLink } from '../../src/shared/passage-link.ts';

describe('passageLink', () => {
  it('links the paragraph and the selected words as a text fragment', () => {
    expect(passageLink('https://example.org/?q=x#p3', 'p12', ' mutually respect\ncyber sovereignty ')).toBe(
      'https://example.org/?q=x#p12:~:text=mutually%20respect%20cyber%20sovereignty',
    );
  });

  it('escapes the characters that structure a text directive', () => {
    expect(passageLink('https://example.org/', 'p6', 'Sino-US, here & there')).toBe('https://example.org/#p6:~:text=Sino%2DUS%2C%20here%20%26%20there');
  });

  it('links a long selection by its first and last words', () => {
    const long = 'one two three four five six seven eight nine ten eleven twelve';
    expect(passageLink('https://example.org/', 'p1', long)).toBe('https://example.org/#p1:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve');
  });
});
