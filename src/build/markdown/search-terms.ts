import { existsSync, readFileSync } from 'node:fs';
import type { Root } from 'hast';
import { VFile } from 'vfile';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import type { SearchTerm } from '../../shared/search-terms.ts';
import { fail } from './fail.ts';
import { speechData } from './page-data.ts';

/** Where a speech's terms list lives: beside it, `name.terms.yaml` for `name.md`. */
export const termsPath = (speechPath: string) => speechPath.replace(/\.md$/, '.terms.yaml');

const FIELDS = new Set(['reader', 'speech', 'note']);

/** Words as compared here: lower case, runs of letters and digits (Han characters one by one kept together). */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether `words` stand, in order and whole, in the published text. */
function inText(published: string, words: string): boolean {
  const wanted = wordsOf(words).join(' ');
  return wanted !== '' && ` ${wordsOf(published).join(' ')} `.includes(` ${wanted} `);
}

/**
 * Reads and checks the speech's terms list (`*.terms.yaml` beside it, optional): each entry
 * maps what a reader may write (`reader:`, a word or a list) to the speech's words
 * (`speech:`), which must stand in the published text. A bad entry stops the build at its
 * line in the list. The list is handed on as `terms` (page-data.ts), for the page that
 * publishes it to the search.
 */
export default function rehypeSearchTerms() {
  return (_tree: Root, file: VFile) => {
    const data = speechData(file);
    const path = termsPath(file.path);
    if (!existsSync(path)) {
      data.terms = [];
      return;
    }
    // Typed explicitly so TypeScript knows `list.fail` never returns.
    const list: VFile = new VFile({ path, value: readFileSync(path, 'utf8') });
    const lines = new LineCounter();
    const doc = parseDocument(String(list.value), { lineCounter: lines });
    const at = (node: YamlNode | null | undefined, offset = node?.range?.[0] ?? 0) => {
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    };
    if (doc.errors.length > 0) {
      const error = doc.errors[0]!;
      fail(list, 'terms-yaml', `The terms list is not valid YAML: ${error.message.split('\n')[0]}`, at(null, error.pos[0]));
    }
    const entries = doc.get('terms', true);
    if (!isSeq(entries)) fail(list, 'terms-yaml', 'The terms list needs a `terms:` list of entries (`- reader: …` / `speech: …`)', at(doc.contents));

    const published = (data.blocks ?? []).map((block) => block.text).join('\n');
    const seen = new Map<string, number>();
    const terms: SearchTerm[] = [];
    for (const entry of entries.items) {
      if (!isMap(entry)) fail(list, 'terms-entry', 'Each entry of `terms:` is a map: `- reader: hacking` then `speech: cyber attacks`', at(entry as YamlNode));
      const field = (name: string) => entry.items.find((pair: Pair) => isScalar(pair.key) && pair.key.value === name);
      for (const pair of entry.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!FIELDS.has(name)) fail(list, 'terms-field', `Unknown field \`${name}\` in a terms entry; known: reader, speech, note`, at(pair.key as YamlNode));
      }
      const reader = field('reader');
      const speech = field('speech');
      const readerNodes = isSeq(reader?.value) ? reader.value.items : reader?.value ? [reader.value] : [];
      const words = readerNodes.map((node) => (isScalar(node) && typeof node.value === 'string' ? node.value.trim() : ''));
      if (words.length === 0 || words.some((word) => !word)) {
        fail(list, 'terms-field', '`reader:` must be a word a reader may write, or a list of them (each a string)', at((reader?.value ?? entry) as YamlNode));
      }
      if (!isScalar(speech?.value) || typeof speech.value.value !== 'string' || !speech.value.value.trim()) {
        fail(list, 'terms-field', '`speech:` must be the speech’s words for the term, as a string', at((speech?.value ?? entry) as YamlNode));
      }
      const speechWords = String(speech.value.value).trim();
      if (!inText(published, speechWords)) {
        fail(list, 'terms-not-in-speech', `“${speechWords}” is not in the published text: \`speech:\` must be the speech’s own words`, at(speech.value));
      }
      words.forEach((word, i) => {
        const key = wordsOf(word).join(' ');
        const first = seen.get(key);
        if (first !== undefined) fail(list, 'terms-duplicate', `“${word}” is already a reader’s term (line ${first}); a term stands in one entry only`, at(readerNodes[i] as YamlNode));
        seen.set(key, at(readerNodes[i] as YamlNode).line);
      });
      terms.push({ reader: words, speech: speechWords });
    }
    data.terms = terms;
  };
}
