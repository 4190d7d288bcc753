import type { Root } from 'mdast';
import type {} from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

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
      if (!title) file.fail('`::section[]` needs a title in the brackets', node);
      if (!id) file.fail(`\`::section[${title}]\` needs an id: add \`{#…}\``, node);
      node.data = {
        hName: 'h2',
        hProperties: { id, className: ['section-head'], dataEditorial: '' },
        hChildren: [{ type: 'text', value: title }],
      };
    });
  };
}
