import { inflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// Printing the reader (issue 13): continuous text with its paragraph and note numbers, no navigation
// or controls, the notes after it as numbered endnotes with their sources, light whatever the
// screen's scheme. The dark scheme and a marked
// paragraph (/#p6) are the hard case: both must leave no trace on paper.
test.use({ colorScheme: 'dark', viewport: { width: 1280, height: 800 } });

/** The fill colours (r g b rg) a PDF's page content draws with, from its inflated streams. */
function fillColours(pdf: Buffer): number[][] {
  const colours: number[][] = [];
  const text = pdf.toString('latin1');
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const [, r, g, b] of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg\b/g)) colours.push([Number(r), Number(g), Number(b)]);
  }
  return colours;
}

/** WCAG relative luminance of an sRGB colour with channels 0–1. */
const luminance = ([r, g, b]: number[]) =>
  [r!, g!, b!].map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);

test('the reader prints as text with note numbers, then numbered endnotes, light on white', async ({ page }, info) => {
  await page.goto('/#p6');
  await page.emulateMedia({ media: 'print' });

  const layout = await page.evaluate(() => {
    const blocks = [...document.querySelectorAll('[data-block]')];
    const notes = [...document.querySelectorAll<HTMLElement>('aside.note')];
    const lastText = blocks.at(-1)!.getBoundingClientRect().bottom;
    return {
      notesAfterText: notes.every((n) => n.getBoundingClientRect().top >= lastText),
      numbers: notes.map((n) => Number(n.querySelector('.note-n span:not(.visually-hidden)')?.textContent)),
      sourcesShown: notes.filter((n) => n.querySelector('.note-sources')?.getBoundingClientRect().height).length,
      sourcesSmaller: parseFloat(getComputedStyle(notes[0]!.querySelector('.note-sources') ?? notes[0]!).fontSize) < parseFloat(getComputedStyle(notes[0]!).fontSize),
      marked: getComputedStyle(document.getElementById('p6')!).backgroundColor,
      heading: getComputedStyle(document.querySelector('.speech-text')!, '::after').content,
      contentsShown: !!document.querySelector<HTMLElement>('nav.toc')?.getClientRects().length,
      closeShown: notes.filter((n) => n.querySelector('.note-close')?.getClientRects().length).length,
      paragraphNumbers: [...document.querySelectorAll('[data-block] > .pn')].filter((pn) => pn.getBoundingClientRect().width > 0).length,
      blocks: blocks.length,
    };
  });
  expect(layout.notesAfterText, 'every note follows the text').toBe(true);
  expect(layout.numbers).toEqual(layout.numbers.map((_, i) => i + 1));
  expect(layout.sourcesShown).toBeGreaterThanOrEqual(40);
  expect(layout.sourcesSmaller).toBe(true);
  expect(layout.heading).toBe('"Notes"');
  expect(layout.contentsShown, 'the table of contents is left off paper').toBe(false);
  expect(layout.closeShown, 'notes printed with a Close link').toBe(0);
  expect(layout.paragraphNumbers, 'paragraphs printed with their numbers').toBe(layout.blocks);
  expect(layout.marked, 'no marked paragraph on paper').toBe('rgba(0, 0, 0, 0)');

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  info.annotations.push({ type: 'printed pages (A4)', description: String(pages) });
  expect(pages).toBeGreaterThanOrEqual(8);
  expect(pages).toBeLessThanOrEqual(30);
  // Ink is either paper-light (a rule, a tint) or dark enough to read on white (4.5:1): no dark
  // backgrounds, no pale text.
  const colours = fillColours(pdf);
  expect(colours.length).toBeGreaterThan(0);
  const unreadable = colours.filter((c) => {
    const l = luminance(c);
    return l < 0.8 && 1.05 / (l + 0.05) < 4.5;
  });
  expect(unreadable.map((c) => c.map((v) => Math.round(v * 255)).join(','))).toEqual([]);
});
