import type { PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { speechData, type EmendationRecord } from './page-data.ts';
import { fail } from './fail.ts';
import { h } from 'hastscript';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { EDITORIAL_PROP } from './hast-names.ts';
import { CORRECTION_CLASS, SIC_CLASS, VISUALLY_HIDDEN } from '../../shared/markup.ts';

/**
 * `:sic[published words]{corr="reading"}` keeps the published words as the
 * witness and shows the edition's reading beside them, inside an element
 * marked `data-editorial` so the two layers stay separable.
 */
export default function remarkEmendations() {
  return (tree: Root, file: VFile) => {
    const records: EmendationRecord[] = [];
    visitParents(tree, 'textDirective', (node, ancestors) => {
      const parent = ancestors.at(-1);
      if (node.name !== 'sic') return;
      if (node.children.some((child) => child.type !== 'text')) {
        fail(file, 'sic-nested-markup', '`:sic[…]` holds plain published words only (no nested markup)', node);
      }
      const published = toString(node);
      const reading = node.attributes?.corr?.trim();
      if (!published) fail(file, 'sic-empty', '`:sic[]` is empty: put the published words inside the brackets', node);
      if (!reading) fail(file, 'sic-without-reading', `\`:sic[${published}]\` needs the edition's reading: add \`{corr="…"}\``, node);
      if (reading === published) fail(file, 'sic-reading-unchanged', `\`:sic[${published}]\` has a reading identical to the published words`, node);

      const block = ancestors.findLast((a) => a.type === 'containerDirective' && a.name === 'block');
      const blockId = block?.type === 'containerDirective' ? block.attributes?.id : undefined;
      if (!blockId || !parent || !('children' in parent)) fail(file, 'sic-outside-block', `\`:sic[${published}]\` must stand inside a \`:::block\``, node);
      records.push({ block: blockId, published, reading: reading as string });

      // The published words stay a span of their own so the extent of the slip is visible.
      node.data = {
        hName: 'span',
        hProperties: { className: [SIC_CLASS] },
        hChildren: [{ type: 'text', value: published }],
      };
      // A text directive only ever stands among phrasing content.
      const siblings = parent.children as PhrasingContent[];
      siblings.splice(siblings.indexOf(node) + 1, 0, readingNode(reading as string));
    });
    speechData(file).emendations = records;
  };
}

/** The edition's reading, as an mdast node that renders to an editorial span. */
function readingNode(reading: string): PhrasingContent {
  return {
    type: 'emphasis',
    data: {
      hName: 'span',
      hProperties: { className: [CORRECTION_CLASS], [EDITORIAL_PROP]: '' },
      hChildren: [{ type: 'text', value: ' [' }, h(`span.${VISUALLY_HIDDEN}`, 'read: '), { type: 'text', value: `${reading}]` }],
    },
    children: [],
  };
}
