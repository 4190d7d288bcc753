import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { fail } from './fail.ts';

/** Fragment ids the edition publishes: short, lowercase, safe in any URL. */
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

interface WithAttributes extends Node {
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
}

function isDirective(node: Node): node is WithAttributes {
  return /Directive$/.test(node.type) && 'name' in node;
}

/**
 * Every id written in the Markdown is well formed and used once, because each
 * one is a published link target (`/#p12`, `/#sunnylands`).
 */
export default function remarkIds() {
  return (tree: Root, file: VFile) => {
    const seen = new Map<string, Node>();
    visit(tree, (node) => {
      // Text directives never declare ids: `:note[…]{#id}` refers to a note declared elsewhere.
      if (!isDirective(node) || node.type === 'textDirective') return;
      const id = node.attributes?.id;
      if (id === undefined || id === null) return;
      if (!ID_PATTERN.test(id)) {
        fail(
          file,
          'malformed-id',
          `Malformed id \`#${id}\` on \`${node.name}\`: use lowercase letters, digits and hyphens, starting with a letter (e.g. \`#p12\`)`,
          node,
        );
      }
      const first = seen.get(id);
      if (first) {
        const line = first.position?.start.line ?? '?';
        fail(file, 'duplicate-id', `Duplicate id \`#${id}\`: already used on line ${line}`, node);
      }
      seen.set(id, node);
    });
  };
}
