import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { speechData, type BlockRecord, type OutlineSection } from './page-data.ts';
import { firstSentence, witnessText } from './witness-text.ts';
import { BLOCK_PROP, NUMBER_PROP } from './hast-names.ts';




/** The ¶ number remarkSpeechBlocks gave a block element. */
export const blockNumber = (node: Element) => Number(node.properties[NUMBER_PROP]);

/**
 * Collects the edition's sections and the blocks marked `lead` into a table of
 * contents, and every block's published words, for the pages (`outline`,
 * `blocks`). Labels are quoted from the text, so the outline adds no words to
 * the witness.
 */
export default function rehypeSpeechOutline() {
  return (tree: Root, file: VFile) => {
    const outline: OutlineSection[] = [];
    const blocks: BlockRecord[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'h2' && node.properties.dataSection !== undefined) {
        const first = (blocks.at(-1)?.number ?? 0) + 1;
        outline.push({ id: String(node.properties.id), title: headingText(node), first, last: first - 1, entries: [] });
        return;
      }
      if (node.properties[BLOCK_PROP] === undefined) return;
      const number = blockNumber(node);
      blocks.push({ id: String(node.properties.id), number, text: witnessText(node) });
      const section = outline.at(-1);
      if (section) section.last = number;
      if (node.properties.dataLead !== undefined) {
        delete node.properties.dataLead;
        section?.entries.push({ id: String(node.properties.id), number, lead: firstSentence(witnessText(node)) });
      }
    });
    Object.assign(speechData(file), { outline, blocks });
  };
}

function headingText(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
}
