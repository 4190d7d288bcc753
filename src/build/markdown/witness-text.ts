import type { ElementContent, Element } from 'hast';
import { EDITORIAL_PROP } from './hast-names.ts';

/** The published words of an element: its text minus everything the edition added. */
export function witnessText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.properties?.[EDITORIAL_PROP] !== undefined) return '';
  return node.children.map(witnessText).join('');
}

/**
 * Where each element with an id starts in the published words of `node`
 * (character offsets into witnessText(node)): how a note's phrase is located
 * in its paragraph even when the same words occur twice.
 */
export function witnessOffsets(node: Element): Map<string, number> {
  const offsets = new Map<string, number>();
  let length = 0;
  const walk = (child: ElementContent) => {
    if (child.type === 'text') length += child.value.length;
    if (child.type !== 'element' || child.properties?.[EDITORIAL_PROP] !== undefined) return;
    if (child.properties?.id !== undefined) offsets.set(String(child.properties.id), length);
    child.children.forEach(walk);
  };
  node.children.forEach(walk);
  return offsets;
}

/** The opening sentence of a passage, used as a table-of-contents label. */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
