import type { Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { BLOCK_PROP, EDITORIAL_PROP, NUMBER_PROP } from './hast-names.ts';
import { PERMALINK_CLASS, VISUALLY_HIDDEN } from '../../shared/markup.ts';

/**
 * Shows every block's ¶ number (`data-n`) as a plain permalink (`<a href="#p12">`).
 * It works without JavaScript and is marked `data-editorial`, so it never counts
 * as published text.
 */
export default function rehypeBlockPermalinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.properties[BLOCK_PROP] === undefined) return;
      const id = String(node.properties.id);
      node.children.unshift(
        h(`a.${PERMALINK_CLASS}`, { href: `#${id}`, [EDITORIAL_PROP]: '' }, [h(`span.${VISUALLY_HIDDEN}`, 'Paragraph '), String(node.properties[NUMBER_PROP])]),
      );
    });
  };
}
