import { describe, expect, it } from 'vitest';
import { findGluedWords } from '../support/glued-words.ts';

const seams = (html: string) => findGluedWords(`<!doctype html><html><body>${html}</body></html>`).map((g) => g.context);

describe('findGluedWords', () => {
  it.each([
    ['a word against a link', '<p>the notes as a<a href="#">W3C</a> collection</p>', 'the notes as a|W3C collection'],
    ['code against a word', '<p>a <code>data-editorial</code>attribute</p>', 'a data-editorial|attribute'],
    ['a word against Chinese in a span', '<p>The title is<span lang="zh">沟通</span>.</p>', 'The title is|沟通.'],
    ['a word into a number', '<p>speech at the7th forum</p>', 'speech at the|7th forum'],
    ['a colon into a word', '<p>on 2 December 2014:Mutual Trust</p>', 'on 2 December 2014:|Mutual Trust'],
  ])('finds %s', (_, html, context) => {
    expect(seams(html)).toContain(context);
  });

  it.each([
    ['spaced words and inline elements', '<p>the notes as a <a href="#">W3C</a> collection, <code>x</code> attribute</p>'],
    ['a note number set as a superscript', '<p><a href="#n">Annenberg<sup>1</sup></a> estate</p>'],
    ['digits inside Chinese', '<p><span lang="zh">近</span>50<span lang="zh">家</span></p>'],
    ['block boundaries', '<ul><li>one</li><li>two</li></ul><p>three</p><p>four</p>'],
    ['code, URLs and preformatted text', '<p><code>a:b</code> https://example.org/x:y</p><pre>@misc{lu2014,}</pre>'],
    ['the margin ¶ number', '<p id="p1"><a class="pn" href="#p1">1</a>Respected madam</p>'],
    ['capitalised names with digits', '<p>the Microsoft Pri0 blog</p>'],
  ])('accepts %s', (_, html) => {
    expect(seams(html)).toEqual([]);
  });
});
