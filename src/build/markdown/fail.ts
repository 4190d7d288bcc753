import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';

/** The name every content error carries as its source, beside its rule id. */
const SOURCE = 'edition';

/**
 * Stops the build with a content error at `at` (a node, or a point or position in the file),
 * named by `ruleId` so tools and tests can tell errors apart without reading the sentence.
 */
export function fail(file: VFile, ruleId: string, message: string, at: Node | Point | Position | undefined): never {
  const place = at && 'type' in at ? at.position : at;
  return file.fail(message, { place, ruleId, source: SOURCE });
}
