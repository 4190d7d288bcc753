import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { speechData, type IndexedNote, type NoteSource } from './page-data.ts';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import { visit } from 'unist-util-visit';
import { NOTE_PART } from '../../shared/markup.ts';
import { witnessOffsets } from './witness-text.ts';
import { ARCHIVED_CLASS, dayOf, robustSources } from './robust-links.ts';
import { BLOCK_PROP } from './hast-names.ts';



const hasClass = (node: ElementContent, ...names: string[]) =>
  node.type === 'element' && Array.isArray(node.properties.className) && names.some((n) => (node.properties.className as string[]).includes(n));

const asText = (nodes: ElementContent[]) => toString({ type: 'root', children: nodes }).trim().replace(/\s+/g, ' ');

function sourcesIn(list: ElementContent | undefined): NoteSource[] {
  if (!list || list.type !== 'element') return [];
  return selectAll('li', list).map((item) => {
    const link = selectAll(`a[href]:not(.${ARCHIVED_CLASS})`, item)[0];
    const kept = selectAll('p', item)[0]?.children ?? item.children;
    const own = kept.filter((child) => child !== link && !(child.type === 'element' && child.tagName === 'a'));
    const text = asText(own).replace(/\(\s*\)/g, '').replace(/[\s.,;:(]+$/, '');
    if (!link) return { text };
    const { dataVersionurl, dataVersiondate } = link.properties;
    return {
      text,
      url: String(link.properties.href),
      ...(dataVersionurl ? { versionUrl: String(dataVersionurl), versionDate: String(dataVersiondate) } : {}),
    };
  });
}

/**
 * Adds each note's rendered body and its sources to the note records, for
 * pages and exports that show notes away from the text (the notes page, open data).
 */
export default function rehypeNoteIndex() {
  return (tree: Root, file: VFile) => {
    // The day the sources were consulted (frontmatter `sourcesAccessed`): each source gets its archived copy for that day.
    const accessed = dayOf((file.data.astro as { frontmatter?: Record<string, unknown> } | undefined)?.frontmatter?.sourcesAccessed);
    const data = speechData(file);
    const records = data.noteRecords ?? [];
    const ids = new Set(records.map((record) => record.id));
    const bodies = new Map<string, ElementContent[]>();
    const offsets = new Map<string, number>();
    visit(tree, 'element', (node: Element) => {
      if (node.properties[BLOCK_PROP] !== undefined) for (const [id, at] of witnessOffsets(node)) offsets.set(id, at);
      const id = String(node.properties.id);
      if (ids.has(id)) bodies.set(id, node.children.filter((child) => !hasClass(child, NOTE_PART.head, NOTE_PART.close)));
    });
    data.notes = records.map((record): IndexedNote => {
      // A copy: the notes page and speech.json get the Robust Links, the reader's own tree stays as it is.
      const shown = structuredClone(bodies.get(record.id) ?? []);
      const sourceList = shown.find((child): child is Element => child.type === 'element' && hasClass(child, NOTE_PART.sources));
      if (sourceList && accessed) robustSources(sourceList, accessed);
      const own = shown.filter((child) => !hasClass(child, NOTE_PART.sourcesLabel, NOTE_PART.sources));
      return {
        ...record,
        html: toHtml({ type: 'root', children: shown }),
        bodyHtml: toHtml({ type: 'root', children: own }).trim(),
        text: asText(own),
        sources: sourcesIn(shown.find((child) => hasClass(child, NOTE_PART.sources))),
        offset: offsets.get(`ref-${record.id}`) ?? -1,
      };
    });
  };
}
