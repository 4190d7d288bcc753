import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { setPageData } from './page-data.ts';
import { visit } from 'unist-util-visit';
import { firstSentence, witnessText } from './witness-text.ts';

export interface OutlineEntry {
  id: string;
  number: number;
  /** The block's opening sentence, in the published words. */
  lead: string;
}

/** A published paragraph: its permanent id, its ¶ number, and its words as published. */
export interface BlockRecord {
  id: string;
  number: number;
  text: string;
}

export interface OutlineSection {
  id: string;
  title: string;
  first: number;
  last: number;
  entries: OutlineEntry[];
}

/**
 * Collects the edition's sections and the blocks marked `lead` into a table of
 * contents handed to the page (`remarkPluginFrontmatter.outline`, with the
 * block ids in reading order as `blockIds`, and each block's published words
 * as `blocks`). Labels
 * are quoted from the text, so the outline adds no words to the witness.
 */
export default function rehypeSpeechOutline() {
  return (tree: Root, file: VFile) => {
    const outline: OutlineSection[] = [];
    const blockIds: string[] = [];
    const blocks: BlockRecord[] = [];
    let number = 0;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h2' && hasClass(node, 'section-head')) {
        outline.push({ id: String(node.properties.id), title: headingText(node), first: number + 1, last: number, entries: [] });
        return;
      }
      if (node.properties.dataBlock === undefined) return;
      number += 1;
      blockIds.push(String(node.properties.id));
      blocks.push({ id: String(node.properties.id), number, text: witnessText(node) });
      const section = outline.at(-1);
      if (section) section.last = number;
      if (node.properties.dataLead !== undefined) {
        delete node.properties.dataLead;
        section?.entries.push({ id: String(node.properties.id), number, lead: firstSentence(witnessText(node)) });
      }
    });
    setPageData(file, { outline, blockIds, blocks });
  };
}

function hasClass(node: Element, name: string): boolean {
  const value = node.properties.className;
  return Array.isArray(value) && value.includes(name);
}

function headingText(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
