import { SEARCH_EXCLUDES } from './excludes.ts';

const EXCLUDED = SEARCH_EXCLUDES.join(',');
/** Elements the indexer treats as blocks: a word never runs across their edges. */
const BLOCKS = 'p, li, ul, ol, aside, div, h1, h2, h3, h4, h5, h6';
/** Pagefind's word separators: whitespace except U+FEFF. */
const SEPARATOR = /[^\S\uFEFF]/;

/**
 * The words of `root` as the search index counted them (excluded labels
 * skipped, block edges splitting words), each as a DOM Range. Lets a hit's word
 * position in the index be found in the page without touching the markup.
 */
export function wordRanges(root: Element): Range[] {
  const ranges: Range[] = [];
  let start: [Text, number] | undefined;
  let end: [Text, number] | undefined;
  let block: Element | null = null;
  const close = () => {
    if (start && end) {
      const range = document.createRange();
      range.setStart(...start);
      range.setEnd(...end);
      ranges.push(range);
    }
    start = end = undefined;
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(EXCLUDED) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const nodeBlock = node.parentElement?.closest(BLOCKS) ?? null;
    if (nodeBlock !== block) close();
    block = nodeBlock;
    const text = node.data;
    for (let i = 0; i < text.length; i++) {
      if (SEPARATOR.test(text[i]!)) close();
      else {
        start ??= [node, i];
        end = [node, i + 1];
      }
    }
  }
  close();
  return ranges;
}
