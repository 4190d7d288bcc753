import { markSpans, type RankedBlock } from './rank.ts';
import { isIndexed, wordRanges } from './word-ranges.ts';
import { hasWordCharacter } from './tokens.ts';

const NAME = 'search-hit';
/** The match stepped to (match-steps.ts), marked apart from the others. */
const CURRENT = 'search-current';

/**
 * The Ranges of a block's marked matches in the page: a phrase as one range,
 * a Chinese term inside a longer one as just its characters. Word positions
 * map one to one when the page's words count the same as the index's (they
 * do, see word-ranges), and characters within a word when the page's word
 * reads the same as the index's; otherwise the whole word is marked.
 */
export function hitRanges(target: Element, block: RankedBlock, words: string[]): Range[] {
  const ranges = wordRanges(target);
  if (ranges.length !== block.end - block.start) return [];
  return markSpans(block.marks, words).map(({ start, end }) => {
    const range = document.createRange();
    range.setStart(...pointIn(ranges[start.word - block.start]!, words[start.word]!, start.from, 'start'));
    range.setEnd(...pointIn(ranges[end.word - block.start]!, words[end.word]!, end.to, 'end'));
    return range;
  });
}

/**
 * The text node and offset `offset` characters into a word, counting only the
 * text the index counted (a note mark inside a word is not part of it). If the
 * page's word does not read as the index's, the word's own edge, without its
 * punctuation.
 */
function pointIn(range: Range, word: string, offset: number, edge: 'start' | 'end'): [Node, number] {
  const parts: Array<[Text, number, number]> = [];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = range.startContainer;
  for (let node: Node | null = range.startContainer; node; node = walker.nextNode()) {
    if (isIndexed(node)) parts.push([node as Text, node === range.startContainer ? range.startOffset : 0, node === range.endContainer ? range.endOffset : (node.textContent ?? '').length]);
    if (node === range.endContainer) break;
  }
  if (parts.map(([node, from, to]) => (node.textContent ?? '').slice(from, to)).join('') !== word) {
    const bare = trimmed(range);
    return edge === 'start' ? [bare.startContainer, bare.startOffset] : [bare.endContainer, bare.endOffset];
  }
  let left = offset;
  for (const [node, from, to] of parts) {
    if (left < to - from || (left === to - from && edge === 'end')) return [node, from + left];
    left -= to - from;
  }
  const [node, , to] = parts.at(-1)!;
  return [node, to];
}

/** Punctuation or space at a word's edge, left out of its highlight. */
const isEdge = (character: string) => !hasWordCharacter(character);

/** The word without the comma or quote stuck to it (within its first and last text node). */
function trimmed(range: Range): Range {
  const { startContainer: first, endContainer: last } = range;
  let start = range.startOffset;
  let end = range.endOffset;
  const firstText = first.textContent ?? '';
  const lastText = last.textContent ?? '';
  while ((first !== last || start < end - 1) && start < firstText.length - 1 && isEdge(firstText[start]!)) start++;
  while ((first !== last || end - 1 > start) && end > 1 && isEdge(lastText[end - 1]!)) end--;
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

export function showCurrent(range: Range): void {
  if ('highlights' in CSS) CSS.highlights.set(CURRENT, new Highlight(range));
}

export function clearHighlights(): void {
  if (!('highlights' in CSS)) return;
  CSS.highlights.delete(NAME);
  CSS.highlights.delete(CURRENT);
}

/**
 * Scrolls so the first hit is in view, in the upper part of the screen and below
 * `coveredTop` (the bottom of a bar fixed over the page). A note open as a bottom
 * sheet on a phone scrolls inside itself instead.
 */
export function bringIntoView(range: Range | undefined, target: HTMLElement, coveredTop = 0): void {
  if (!range) return;
  const box = range.getBoundingClientRect();
  if (getComputedStyle(target).position === 'fixed') {
    const sheet = target.getBoundingClientRect();
    if (box.top < sheet.top || box.bottom > sheet.bottom) target.scrollTop += box.top - sheet.top - 16;
    return;
  }
  const top = Math.max(innerHeight * 0.15, coveredTop + 16);
  if (box.top >= top && box.bottom <= innerHeight * 0.85) return;
  scrollBy({ top: box.top - top, behavior: 'instant' });
}
