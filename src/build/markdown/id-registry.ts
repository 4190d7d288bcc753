import { existsSync, readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { fail } from './fail.ts';
import { BLOCK_PROP, EDITORIAL_PROP } from './hast-names.ts';

/** Where a speech's registry lives: beside it, `name.ids.yaml` for `name.md`. */
export const registryPath = (speechPath: string) => speechPath.replace(/\.md$/, '.ids.yaml');

/** The paragraph and note ids of a rendered speech, each with its element. */
function publishedElements(tree: Root): Map<string, Element> {
  const found = new Map<string, Element>();
  visit(tree, 'element', (node) => {
    const isBlock = node.properties[BLOCK_PROP] !== undefined;
    const isNote = node.tagName === 'aside' && node.properties.role === 'note';
    if ((isBlock || isNote) && typeof node.properties.id === 'string') found.set(node.properties.id, node);
  });
  return found;
}

/**
 * Links to a paragraph or note live on in papers and bookmarks, so an id once
 * published may never disappear. The registry (`*.ids.yaml` beside the speech)
 * lists every published id under `published:`, and under `moved:` maps an id
 * that had to go to its successor. The build fails, at the registry's line, when
 * a published id is gone and not moved, or moved to an id that does not exist;
 * and, at the speech's line, when a new id is not yet registered. For each moved
 * id an empty anchor is left at the start of its successor, so old links still
 * arrive (the reader's script then moves the address to the new id).
 */
export default function rehypeIdRegistry() {
  return (tree: Root, file: VFile) => {
    const path = registryPath(file.path);
    if (!existsSync(path)) {
      fail(file, 'registry-missing', `No id registry beside the speech: create ${path} listing every paragraph and note id under \`published:\``, { line: 1, column: 1 });
    }
    // Typed explicitly so TypeScript knows `registry.fail` never returns.
    const registry: VFile = new VFile({ path, value: readFileSync(path, 'utf8') });
    const lines = new LineCounter();
    const doc = parseDocument(String(registry.value), { lineCounter: lines });
    const at = (node: YamlNode | null | undefined) => {
      const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
      return { line, column: col };
    };
    if (doc.errors.length > 0) fail(registry, 'registry-yaml', `The id registry is not valid YAML: ${doc.errors[0]!.message}`, at(null));

    const published = doc.get('published', true);
    const movedMap = doc.get('moved', true);
    if (!isSeq(published)) fail(registry, 'registry-published', 'The id registry needs a `published:` list of every paragraph and note id', at(doc.contents));
    const moved = new Map<string, { to: string; node: YamlNode }>();
    if (movedMap !== undefined && movedMap !== null) {
      if (!isMap(movedMap)) fail(registry, 'registry-moved', '`moved:` must map each retired id to its successor (`old: new`)', at(movedMap as YamlNode));
      for (const pair of movedMap.items) {
        if (isScalar(pair.key) && isScalar(pair.value)) moved.set(String(pair.key.value), { to: String(pair.value.value), node: pair.value });
      }
    }

    const elements = publishedElements(tree);
    const listed = new Set<string>();
    for (const item of published.items) {
      const id = isScalar(item) ? String(item.value) : '';
      listed.add(id);
      if (elements.has(id) || moved.has(id)) continue;
      fail(
        registry,
        'published-id-gone',
        `Published id \`${id}\` is gone from the speech; links to it would break. Put it back, or map it to its successor under \`moved:\` (\`${id}: new-id\`)`,
        at(item as YamlNode),
      );
    }
    for (const [id, { to, node }] of moved) {
      const target = elements.get(to);
      if (!target) fail(registry, 'moved-to-nothing', `\`${id}\` is moved to \`${to}\`, which is not a paragraph or note of the speech`, at(node));
      // An empty anchor keeps the old link landing in the right place without JavaScript.
      target.children.unshift(h('span', { id, dataMovedTo: to, [EDITORIAL_PROP]: '' }));
    }
    for (const [id, element] of elements) {
      if (!listed.has(id)) {
        fail(file, 'unregistered-id', `New id \`#${id}\` is not in the id registry (${path}): add it under \`published:\``, element);
      }
    }
  };
}
