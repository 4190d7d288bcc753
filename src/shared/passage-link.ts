/** Characters with a meaning inside a text directive, escaped beyond encodeURIComponent. */
const encodePart = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');

/** Selections longer than this many words are linked by their first and last words (`text=start,end`). */
const WORDS_AT_EACH_END = 5;

/**
 * A link to words of one paragraph: the paragraph's fragment followed by a
 * text directive (`#p12:~:text=…`). Browsers with text fragments scroll to the
 * words and highlight them; others (and this edition's script) fall back to
 * the paragraph.
 */
export function passageLink(pageUrl: string, blockId: string, selected: string): string {
  const words = selected.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const url = new URL(pageUrl);
  url.hash = '';
  if (words.length === 0) return `${url.href}#${blockId}`;
  const directive =
    words.length <= WORDS_AT_EACH_END * 2
      ? encodePart(words.join(' '))
      : `${encodePart(words.slice(0, WORDS_AT_EACH_END).join(' '))},${encodePart(words.slice(-WORDS_AT_EACH_END).join(' '))}`;
  return `${url.href}#${blockId}:~:text=${directive}`;
}
