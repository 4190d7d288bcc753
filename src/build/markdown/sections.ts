import type { Root } from 'mdast';
import type {} from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { fail } from './fail.ts';
import { EDITORIAL_PROP } from './hast-names.ts';
import { SECTION_HEAD_CLASS } from '../../shared/markup.ts';

/**
 * `::section[Title]{#id}` is the edition's own division of the speech: it
 * becomes an editorial heading between blocks, never words inside one.
 */
export default function remarkSections() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'leafDirective', (node) => {
      if (node.name !== 'section') return;
      const title = toString(node).trim();
      const id = node.attributes?.id;
      if (!title) fail(file, 'section-without-title', '`::section[]` needs a title in the brackets', node);
      if (!id) fail(file, 'section-without-id', `\`::section[${title}]\` needs an id: add \`{#…}\``, node);
      node.data = {
        hName: 'h2',
        // `data-section` is for plugins (the outline), the class for the stylesheet.
        hProperties: { id, className: [SECTION_HEAD_CLASS], dataSection: '', [EDITORIAL_PROP]: '' },
        hChildren: [{ type: 'text', value: title }],
      };
    });
  };
}
