/**
 * The published blocks in a text capture of the source page: the non-empty
 * lines from `first` to `last` inclusive. The capture's furniture (page title,
 * comment form) falls outside that range.
 */
export function captureBlocks(capture: string, first: string, last: string): string[] {
  const lines = capture.split(/\r?\n/).filter((line) => line.trim() !== '');
  const start = lines.indexOf(first);
  const end = lines.indexOf(last, Math.max(start, 0));
  if (start === -1) throw new Error(`The capture has no line equal to the first block: “${first.slice(0, 60)}”`);
  if (end === -1) throw new Error(`The capture has no line equal to the last block: “${last.slice(0, 60)}”`);
  return lines.slice(start, end + 1);
}
