import type { Link, List, PhrasingContent } from 'mdast';
import { visit } from 'unist-util-visit';

/** The class of the "archived copy" link beside a source, so readers of the tree can tell it from the source. */
export const ARCHIVED_CLASS = 'archived';

/** The Internet Archive's address for `url` as of `date` ("YYYY-MM-DD"); the Archive redirects it to the nearest capture. */
export const archiveUrl = (url: string, date: string) => `https://web.archive.org/web/${date.replace(/-/g, '')}000000/${url}`;

/** "YYYY-MM-DD" of a frontmatter date (YAML gives a Date; a string passes as written). */
export function dayOf(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/**
 * Makes every link in a note's source list a Robust Link
 * (https://robustlinks.mementoweb.org/spec/): `data-versionurl` (the Internet
 * Archive's address for the day the sources were consulted) and
 * `data-versiondate`, with a visible "archived copy" link beside it. The
 * archive address is made, not checked: the build makes no request.
 */
export function robustSources(list: List, accessed: string): void {
  for (const item of list.children) {
    visit(item, 'paragraph', (paragraph) => {
      const index = paragraph.children.findIndex((child) => child.type === 'link');
      const source = paragraph.children[index] as Link | undefined;
      if (!source) return;
      const version = archiveUrl(source.url, accessed);
      source.data = { ...source.data, hProperties: { ...(source.data?.hProperties ?? {}), dataVersionurl: version, dataVersiondate: accessed } };
      const archived: PhrasingContent = {
        type: 'link',
        url: version,
        data: { hProperties: { className: [ARCHIVED_CLASS] } },
        children: [{ type: 'text', value: 'archived copy' }],
      };
      paragraph.children.splice(index + 1, 0, { type: 'text', value: ' (' }, archived, { type: 'text', value: ')' });
    });
  }
}
