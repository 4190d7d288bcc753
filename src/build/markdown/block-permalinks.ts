import type { Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

/**
 * Shows every block's ¶ number (`data-n`) as a plain permalink (`<a href="#p12">`).
 * It works without JavaScript and is marked `data-editorial`, so it never counts
 * as published text.
 */
export default function rehypeBlockPermalinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.properties.dataBlock === undefined) return;
      const id = String(node.properties.id);
      node.children.unshift(
        h('a.pn', { href: `#${id}`, dataEditorial: '' }, [h('span.visually-hidden', 'Paragraph '), String(node.properties.dataN)]),
      );
    });
  };
}
