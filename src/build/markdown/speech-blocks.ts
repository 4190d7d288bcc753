import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { fail } from './fail.ts';
import { BLOCK_PROP, NUMBER_PROP } from './hast-names.ts';

/**
 * Turns each `:::block{#id}` into the paragraph it wraps, carrying its id and
 * its ¶ number (`data-n`, its place in reading order). This is the one place the
 * number is set: everything else, at build time or in the browser, reads it.
 * A block is one published paragraph (salutation lines included); anything
 * else at the top level of the speech is an authoring error.
 */
export default function remarkSpeechBlocks() {
  return (tree: Root, file: VFile) => {
    let number = 0;
    tree.children = tree.children.map((node) => {
      if (node.type !== 'containerDirective' || node.name !== 'block') return outsideBlock(node, file);
      number += 1;
      return toBlock(node, number, file);
    });
  };
}

function outsideBlock(node: RootContent, file: VFile): RootContent {
  if (node.type === 'paragraph') {
    fail(file, 'text-outside-block', 'Text outside a block: wrap each paragraph of the speech in `:::block{#pN}` … `:::`', node);
  }
  return node;
}

function toBlock(node: ContainerDirective, number: number, file: VFile): RootContent {
  const id = node.attributes?.id;
  if (!id) fail(file, 'block-without-id', 'Block without an id: write `:::block{#pN}` with a stable id', node);

  const paragraphs = node.children.filter((child) => child.type === 'paragraph');
  if (paragraphs.length !== 1 || node.children.length !== 1) {
    fail(
      file,
      'block-not-one-paragraph',
      `Block \`#${id}\` must hold exactly one paragraph (found ${node.children.length} parts; is a closing \`:::\` missing?)`,
      node,
    );
  }
  const paragraph = paragraphs[0] as Paragraph;
  const lead = node.attributes?.lead !== undefined && node.attributes?.lead !== null;
  paragraph.data = {
    ...paragraph.data,
    hProperties: {
      id,
      [BLOCK_PROP]: '',
      [NUMBER_PROP]: String(number),
      ...(lead ? { dataLead: '' } : {}),
    },
  };
  paragraph.position = node.position;
  return paragraph;
}
