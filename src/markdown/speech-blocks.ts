import type { Paragraph, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-directive';
import type { VFile } from 'vfile';

/**
 * Turns each `:::block{#id}` into the paragraph it wraps, carrying its id.
 * A block is one published paragraph (salutation lines included); anything
 * else at the top level of the speech is an authoring error.
 */
export default function remarkSpeechBlocks() {
  return (tree: Root, file: VFile) => {
    tree.children = tree.children.map((node) => toBlock(node, file));
  };
}

function toBlock(node: RootContent, file: VFile): RootContent {
  if (node.type === 'paragraph') {
    file.fail('Text outside a block: wrap each paragraph of the speech in `:::block{#pN}` … `:::`', node);
  }
  if (node.type !== 'containerDirective' || node.name !== 'block') return node;

  const id = node.attributes?.id;
  if (!id) file.fail('Block without an id: write `:::block{#pN}` with a stable id', node);

  const paragraphs = node.children.filter((child) => child.type === 'paragraph');
  if (paragraphs.length !== 1 || node.children.length !== 1) {
    file.fail(
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
      dataBlock: '',
      ...(lead ? { dataLead: '' } : {}),
    },
  };
  paragraph.position = node.position;
  return paragraph;
}
