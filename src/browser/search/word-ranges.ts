import { SEARCH_EXCLUDES } from '../../shared/search-excludes.ts';

const EXCLUDED = SEARCH_EXCLUDES.join(',');
/** Elements the indexer treats as blocks: a word never runs across their edges. */
const BLOCKS = 'p, li, ul, ol, aside, div, h1, h2, h3, h4, h5, h6';
/** A run of anything but Pagefind's word separators (whitespace except U+FEFF). */
const WORD = /[\S\uFEFF]+/g;

type Point = [Text, number];

/** False for text the index leaves out (labels, numbers, note marks). */
export const isIndexed = (node: Node): boolean => !node.parentElement?.closest(EXCLUDED);

/**
 * Walks the words of `root` as the search index counts them (excluded labels
 * skipped, block edges splitting words), calling `emit` with each word's text
 * and where it starts and ends in the page.
 */
function walkWords(root: Element, emit: (text: string, start: Point, end: Point) => void): void {
  let start: Point | undefined;
  let end: Point | undefined;
  let text = '';
  let block: Element | null = null;
  const close = () => {
    if (start && end) emit(text, start, end);
    start = end = undefined;
    text = '';
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (isIndexed(node) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const nodeBlock = node.parentElement?.closest(BLOCKS) ?? null;
    if (nodeBlock !== block) close();
    block = nodeBlock;
    const data = node.data;
    let after = 0;
    for (const match of data.matchAll(WORD)) {
      // A separator before this run ends the open word; a run at the node's start continues it.
      if (match.index > 0 || after > 0) close();
      start ??= [node, match.index];
      end = [node, match.index + match[0].length];
      text += match[0];
      after = match.index + match[0].length;
    }
    if (after < data.length) close();
  }
  close();
}

/**
 * The words of `root` as the search index counted them, each as a DOM Range.
 * Lets a word position in the index be found in the page without touching the markup.
 */
export function wordRanges(root: Element): Range[] {
  const ranges: Range[] = [];
  walkWords(root, (_text, start, end) => {
    const range = document.createRange();
    range.setStart(...start);
    range.setEnd(...end);
    ranges.push(range);
  });
  return ranges;
}

/**
 * The words of `root` as text, numbered as the index numbers them, with the
 * word each block (an element `isBlock` accepts) starts at.
 */
export function pageWords(root: Element, isBlock: string): { words: string[]; starts: Array<{ element: Element; location: number }> } {
  const words: string[] = [];
  const starts: Array<{ element: Element; location: number }> = [];
  let lastNode: Text | undefined;
  let element: Element | null | undefined;
  walkWords(root, (text, [node]) => {
    if (node !== lastNode) element = node.parentElement?.closest(isBlock);
    lastNode = node;
    if (element && starts.at(-1)?.element !== element) starts.push({ element, location: words.length });
    words.push(text);
  });
  return { words, starts };
}
