import { contentWords, wordKey, type BlockHits } from './hits.ts';
import { wordRanges } from './word-ranges.ts';

const NAME = 'search-hit';

/**
 * The Ranges of a block's hits in the page. Word positions map one to one when
 * the page's words count the same as the index's (they do, see word-ranges);
 * otherwise every word spelled like a hit is marked.
 */
export function hitRanges(target: Element, block: BlockHits, content: string): Range[] {
  const ranges = wordRanges(target);
  if (ranges.length === block.end - block.start) return block.locations.map((location) => trimmed(ranges[location - block.start]!));
  const words = contentWords(content);
  const keys = new Set(block.locations.map((location) => wordKey(words[location] ?? '')));
  return ranges.filter((range) => keys.has(wordKey(range.toString()))).map(trimmed);
}

const EDGE = /[^\p{L}\p{N}]/u;

/** The word without the comma or quote stuck to it (within its first and last text node). */
function trimmed(range: Range): Range {
  const { startContainer: first, endContainer: last } = range;
  let start = range.startOffset;
  let end = range.endOffset;
  const firstText = first.textContent ?? '';
  const lastText = last.textContent ?? '';
  while ((first !== last || start < end - 1) && start < firstText.length - 1 && EDGE.test(firstText[start]!)) start++;
  while ((first !== last || end - 1 > start) && end > 1 && EDGE.test(lastText[end - 1]!)) end--;
  const word = range.cloneRange();
  word.setStart(first, start);
  word.setEnd(last, end);
  return word;
}

/**
 * Marks the ranges with the CSS Custom Highlight API: nothing is inserted into
 * the text, so quoting and copying are unaffected. Browsers without the API
 * still get the paragraph marked by :target.
 */
export function showHighlights(ranges: Range[]): void {
  if (!('highlights' in CSS)) return;
  CSS.highlights.set(NAME, new Highlight(...ranges));
}

export function clearHighlights(): void {
  if ('highlights' in CSS) CSS.highlights.delete(NAME);
}

/**
 * Scrolls so the first hit is in view, in the upper part of the screen. A note
 * open as a bottom sheet on a phone scrolls inside itself instead.
 */
export function bringIntoView(range: Range | undefined, target: HTMLElement): void {
  if (!range) return;
  const box = range.getBoundingClientRect();
  if (getComputedStyle(target).position === 'fixed') {
    const sheet = target.getBoundingClientRect();
    if (box.top < sheet.top || box.bottom > sheet.bottom) target.scrollTop += box.top - sheet.top - 16;
    return;
  }
  const top = innerHeight * 0.15;
  if (box.top >= top && box.bottom <= innerHeight * 0.85) return;
  scrollBy({ top: box.top - top, behavior: 'instant' });
}
