import { LineCounter, isMap, isScalar, parseDocument, type Document } from 'yaml';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { z } from 'astro/zod';
import { fail } from './markdown/fail.ts';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Validates a Markdown file's frontmatter against the collection schema and
 * fails with file:line:col of the offending field. Astro's own check names
 * the field but not where it is; this runs first so authors get both.
 */
export function checkFrontmatter(value: string, filePath: string, schema: z.ZodType): void {
  const file = new VFile({ path: filePath, value });
  const fence = FENCE.exec(value);
  if (!fence) fail(file, 'frontmatter-missing', 'Missing frontmatter: the file must start with a `---` block', { line: 1, column: 1 });

  const lines = new LineCounter();
  const doc = parseDocument(fence[1] ?? '', { lineCounter: lines, prettyErrors: false });
  const at = (offset: number) => toPoint(lines, offset);
  const [syntaxError] = doc.errors;
  if (syntaxError) fail(file, 'frontmatter-yaml', `Frontmatter is not valid YAML: ${syntaxError.message}`, at(syntaxError.pos[0]));

  const result = schema.safeParse(doc.toJS());
  if (result.success) return;
  const [issue] = result.error.issues;
  if (!issue) return;
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const field = path.join('.') || '(frontmatter)';
  const place = positionOf(doc, lines, path, issue.code === 'unrecognized_keys') ?? { line: 1, column: 1 };
  const found = doc.getIn(path, true) !== undefined;
  const problem =
    issue.code === 'unrecognized_keys'
      ? 'not a field of the schema (misspelt?)'
      : !found
        ? 'missing'
        : issue.message;
  fail(file, issue.code === 'unrecognized_keys' ? 'frontmatter-unknown-field' : 'frontmatter-field', `Frontmatter field \`${field}\`: ${problem}`, place);
}

/** Frontmatter starts on line 2 of the file, after the opening fence. */
function toPoint(lines: LineCounter, offset: number) {
  const { line, col } = lines.linePos(offset);
  return { line: line + 1, column: col };
}

/** Where a field's value (or, for an unknown field, its key) starts. */
function positionOf(doc: Document, lines: LineCounter, path: PropertyKey[], atKey: boolean) {
  if (atKey) {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
    const range = isScalar(pair?.key) ? pair.key.range : undefined;
    return range ? toPoint(lines, range[0]) : undefined;
  }
  const node = doc.getIn(path, true);
  const range = node && typeof node === 'object' && 'range' in node ? (node.range as [number, number, number] | null) : null;
  return range ? toPoint(lines, range[0]) : undefined;
}

/** "path:line:col: reason" for a content error, as editors and terminals expect. */
export function describeFailure(error: unknown): string {
  if (error instanceof VFileMessage) return `${error.file}:${error.line ?? 1}:${error.column ?? 1}: ${error.reason}`;
  return error instanceof Error ? error.message : String(error);
}
