// The real speech files, as the tests read them: the Markdown, its frontmatter, and the
// published blocks of the source capture its frontmatter names.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SOURCES_DIR, SPEECHES_DIR } from '../../src/build/content-paths.ts';
import { captureBlocks } from '../../src/build/source-capture.ts';
import type { SpeechData } from '../../src/build/speech-schema.ts';

const root = new URL('../../', import.meta.url);

export interface SpeechFile {
  /** Path from the project root, as content errors name it. */
  path: string;
  markdown: string;
  data: SpeechData;
  /** The published blocks, from the capture named by `sourceCapture`. */
  published: string[];
}

export function speechFile(name: string): SpeechFile {
  const path = `${SPEECHES_DIR}/${name}`;
  const markdown = readFileSync(new URL(path, root), 'utf8');
  const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '') as SpeechData;
  const capture = readFileSync(new URL(`${SOURCES_DIR}/${data.sourceCapture}`, root), 'utf8');
  return { path, markdown, data, published: captureBlocks(capture, data) };
}

/** Every speech in the content. */
export const speechFiles = (): SpeechFile[] =>
  readdirSync(new URL(`${SPEECHES_DIR}/`, root))
    .filter((name) => name.endsWith('.md'))
    .map(speechFile);

/** The speech the reader at `/` shows: the earliest by date (as src/build/speech.ts picks it). */
export function readerSpeechFile(): SpeechFile {
  const [first] = speechFiles().sort((a, b) => new Date(a.data.date).getTime() - new Date(b.data.date).getTime());
  if (!first) throw new Error(`No speech in ${SPEECHES_DIR}/`);
  return first;
}

/** How many blocks the reader's speech has, counted in its Markdown (`:::block{…}`), for tests that must not hard-code it. */
export const readerBlockCount = (): number => (readerSpeechFile().markdown.match(/^:::block\{/gm) ?? []).length;
