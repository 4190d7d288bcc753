/**
 * The published blocks in a text capture of the source page. The page's header
 * (title, occasion, date) ends with a line holding only the speaker's name; the
 * speech follows, one block per non-empty line, and ends before the line holding
 * the Chinese title, after which comes the page's furniture (comment form).
 * The bounds come from the capture and the frontmatter, never from the edition's
 * own text, so a block lost at either end is caught.
 */
export function captureBlocks(capture: string, bounds: { speaker: string; titleZh: string }): string[] {
  const lines = capture.split(/\r?\n/).filter((line) => line.trim() !== '');
  const start = lines.findIndex((line) => line.trim() === bounds.speaker);
  const end = lines.findIndex((line, i) => i > start && line.trim() === bounds.titleZh);
  if (start === -1) throw new Error(`The capture has no line with only the speaker's name (“${bounds.speaker}”) to end its header`);
  if (end === -1) throw new Error(`The capture has no line with only the Chinese title (“${bounds.titleZh}”) after the speech`);
  return lines.slice(start + 1, end);
}
