import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { bodyOf, renderSpeechMarkdown } from './support/process.ts';

const markdown = await readFile(new URL('../../content/speeches/lu-wei-2014-12-02.md', import.meta.url), 'utf8');
const { parse } = await import('yaml');
const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(markdown)![1]!) as Record<string, unknown>;
const { html } = await renderSpeechMarkdown(bodyOf(markdown), 'content/speeches/lu-wei-2014-12-02.md', { frontmatter });
const tree = fromHtml(html, { fragment: true });

describe('every source link is a Robust Link', () => {
  const items = selectAll('.note-sources li', tree);

  it('carries its access date and the Internet Archive address for that date, and shows "archived copy"', () => {
    expect(items.length).toBeGreaterThan(100);
    for (const item of items) {
      const [source, archived] = selectAll('a[href]', item);
      const href = String(source?.properties.href);
      const date = String(source?.properties.dataVersiondate ?? '');
      expect(date, href).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const stamp = `${date.replace(/-/g, '')}000000`;
      expect(source?.properties.dataVersionurl, href).toBe(`https://web.archive.org/web/${stamp}/${href}`);
      expect(archived?.properties.href, href).toBe(source?.properties.dataVersionurl);
      expect(toString(archived!)).toBe('archived copy');
    }
  });
});
