import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { getPageData, setPageData } from './page-data.ts';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { NoteRecord } from './notes.ts';

export interface IndexedNote extends NoteRecord {
  /** The note's body (without its heading line and close link), as HTML and as text. */
  html: string;
  text: string;
}

const isChrome = (node: Element) => {
  const names = node.properties.className;
  return Array.isArray(names) && (names.includes('note-head') || names.includes('note-close'));
};

/**
 * Adds each note's rendered body to the note records, for pages and exports
 * that show notes away from the text (the notes page, open data).
 */
export default function rehypeNoteIndex() {
  return (tree: Root, file: VFile) => {
    const records = getPageData<NoteRecord[]>(file, 'notes');
    if (!records?.length) return;
    const bodies = new Map<string, Element['children']>();
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'aside' || node.properties.role !== 'note') return;
      bodies.set(String(node.properties.id), node.children.filter((child) => child.type !== 'element' || !isChrome(child)));
    });
    const indexed: IndexedNote[] = records.map((record) => {
      const body = bodies.get(record.id) ?? [];
      const root: Root = { type: 'root', children: body };
      return { ...record, html: toHtml(root), text: toString(root).trim().replace(/\s+/g, ' ') };
    });
    setPageData(file, { notes: indexed });
  };
}
