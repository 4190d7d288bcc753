import type { ElementContent, Element } from 'hast';

/** The published words of an element: its text minus everything the edition added. */
export function witnessText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.properties?.dataEditorial !== undefined) return '';
  return node.children.map(witnessText).join('');
}

/** The opening sentence of a passage, used as a table-of-contents label. */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}
