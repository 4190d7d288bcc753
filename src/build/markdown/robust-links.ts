import type { Element } from 'hast';
import { h } from 'hastscript';
import { selectAll } from 'hast-util-select';

import { ARCHIVED_AFTER, ARCHIVED_BEFORE, ARCHIVED_CLASS, ARCHIVED_LABEL, archiveUrl } from '../../shared/archive-url.ts';

export { ARCHIVED_CLASS, archiveUrl };

/** "YYYY-MM-DD" of a frontmatter date (YAML gives a Date; a string passes as written). */
export function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/**
 * Makes every link in a note's source list a Robust Link
 * (https://robustlinks.mementoweb.org/spec/): `data-versionurl` (the Internet
 * Archive's address for the day the sources were consulted) and
 * `data-versiondate`, with a visible "archived copy" link after it. The
 * archive address is made, not checked: the build makes no request. Used on
 * the notes' copies shown away from the text (the notes page, speech.json).
 * In the reader's own HTML they would take its first view past its budget, so
 * there the page's script adds them by the same rule (src/browser/archived-copies.ts).
 */
export function robustSources(list: Element, accessed: string): void {
  for (const item of selectAll('li', list)) {
    const source = selectAll('a[href]', item)[0];
    if (!source) continue;
    const version = archiveUrl(String(source.properties.href), accessed);
    source.properties.dataVersionurl = version;
    source.properties.dataVersiondate = accessed;
    const parent = selectAll('p', item)[0] ?? item;
    const at = parent.children.indexOf(source);
    parent.children.splice(
      at + 1,
      0,
      { type: 'text', value: ARCHIVED_BEFORE },
      h(`a.${ARCHIVED_CLASS}`, { href: version }, ARCHIVED_LABEL),
      { type: 'text', value: ARCHIVED_AFTER },
    );
  }
}
