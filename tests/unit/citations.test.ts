import { describe, expect, it } from 'vitest';
import { citations, type CitationSource } from '../../src/lib/citations.ts';

const source: CitationSource = {
  speaker: { family: 'Lu', given: 'Wei' },
  title: 'Mutual Trust through Communication, Cooperation through Win-Win',
  occasion: '7th Sino-US Internet Forum',
  place: 'Washington, D.C., United States',
  date: '2014-12-02',
  translator: 'China Copyright and Media',
  edition: 'Lu Wei, 2 December 2014: a reading edition',
};
const target = { paragraph: '12', url: 'https://example.org/#p12', accessed: '2026-11-28' };

describe('citations of a paragraph', () => {
  const cited = citations(source, target);

  it('name speaker, title, occasion, date, translator, edition, paragraph, link and access date in every style', () => {
    for (const [style, text] of Object.entries(cited)) {
      for (const part of ['Lu', 'Wei', source.title, source.occasion, '2014', source.translator, source.edition, '12', target.url, '2026']) {
        expect(text, `${style} lacks ${part}`).toContain(part);
      }
    }
  });

  it('follow each style’s form', () => {
    expect(cited.Chicago).toBe(
      'Lu Wei, “Mutual Trust through Communication, Cooperation through Win-Win” (speech, 7th Sino-US Internet Forum, Washington, D.C., United States, December 2, 2014), trans. China Copyright and Media, ¶ 12, in Lu Wei, 2 December 2014: a reading edition, https://example.org/#p12, accessed November 28, 2026.',
    );
    expect(cited.MLA).toMatch(/^Lu, Wei\. “Mutual Trust .*\.” 7th Sino-US Internet Forum, 2 Dec\. 2014, .* par\. 12\. .* Accessed 28 Nov\. 2026\.$/);
    expect(cited.APA).toMatch(/^Lu, W\. \(2014, December 2\)\. .*\(para\. 12\)\. Retrieved November 28, 2026, from https:\/\/example\.org\/#p12$/);
    expect(cited.BibTeX).toMatch(/^@misc\{lu2014-p12,\n {2}author = \{Lu, Wei\},/);
    expect(cited.BibTeX).toContain('  month = dec,\n');
    expect(cited.BibTeX).toContain('  urldate = {2026-11-28}\n}');
  });

  it('keep placeholders as written, for the version without JavaScript', () => {
    const template = citations(source, { paragraph: 'N', url: 'https://example.org/#pN', accessed: '[date accessed]' });
    expect(template.Chicago).toContain('¶ N, in');
    expect(template.Chicago).toContain('accessed [date accessed].');
    expect(template.MLA).toContain('Accessed [date accessed].');
  });
});
