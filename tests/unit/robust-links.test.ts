import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { bodyOf, renderSpeechMarkdown } from '../support/process.ts';

const markdown = await readFile(new URL('../../content/speeches/lu-wei-2014-12-02.md', import.meta.url), 'utf8');
const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(markdown)![1]!) as Record<string, unknown>;
const { speech } = await renderSpeechMarkdown(bodyOf(markdown), 'content/speeches/lu-wei-2014-12-02.md', { frontmatter });

describe('every source link is a Robust Link (the notes as shown on the notes page and in speech.json)', () => {
  const notes = speech.notes ?? [];

  it('carries its access date and the Internet Archive address for that date, and shows "archived copy"', () => {
    let checked = 0;
    for (const note of notes) {
      const items = selectAll('.note-sources li', fromHtml(note.html, { fragment: true }));
      for (const item of items) {
        const [source, archived] = selectAll('a[href]', item);
        const href = String(source?.properties.href);
        const date = String(source?.properties.dataVersiondate ?? '');
        expect(date, href).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(source?.properties.dataVersionurl, href).toBe(`https://web.archive.org/web/${date.replace(/-/g, '')}000000/${href}`);
        expect(archived?.properties.href, href).toBe(source?.properties.dataVersionurl);
        expect(toString(archived!)).toBe('archived copy');
        checked++;
      }
      for (const source of note.sources) if (source.url) expect(source.versionUrl, source.url).toMatch(/^https:\/\/web\.archive\.org\/web\/\d{14}\//);
    }
    expect(checked).toBeGreaterThan(100);
  });
});
