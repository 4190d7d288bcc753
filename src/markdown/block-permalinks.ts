import type { Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

/**
 * Gives every block its paragraph number as a plain permalink (`<a href="#p12">`),
 * numbered in reading order. It works without JavaScript and is marked
 * `data-editorial`, so it never counts as published text.
 */
export default function rehypeBlockPermalinks() {
  return (tree: Root) => {
    let number = 0;
    visit(tree, 'element', (node) => {
      if (node.properties.dataBlock === undefined) return;
      number += 1;
      const id = String(node.properties.id);
      node.children.unshift(
        h('a.pn', { href: `#${id}`, dataEditorial: '' }, [h('span.visually-hidden', 'Paragraph '), String(number)]),
      );
    });
  };
}
