import type { Literal } from 'unist';
import type { Point } from 'unist';

/**
 * The line/column of a character inside a literal node, so a message points at
 * the offending character rather than at the start of the paragraph.
 */
export function pointAt(node: Literal & { value: string }, index: number): Point | undefined {
  const start = node.position?.start;
  if (!start) return undefined;
  const before = node.value.slice(0, index);
  const lines = before.split('\n');
  const line = start.line + lines.length - 1;
  const column = lines.length === 1 ? start.column + index : (lines.at(-1)?.length ?? 0) + 1;
  return { line, column };
}
