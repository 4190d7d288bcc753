/**
 * Citations rendered at build time by citeproc-js with the official CSL
 * styles (src/build/csl/, see tools/vendor-csl.ts), so the page ships no
 * citation processor. The page receives templates: the processor's own output
 * for a sentinel address and sentinel paragraph numbers, which the page
 * replaces (src/shared/cite-fill.ts); a unit test checks that every filled
 * template equals the processor's rendering of the real values.
 */
import CSL, { type Engine } from 'citeproc';
import type { SpeechData } from './speech-schema.ts';
import { speechItem, type CslItem } from './csl-item.ts';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SENTINEL, type CiteTemplates, type Rendered, type Run, type StyleName } from '../shared/cite-fill.ts';

export const CITE_STYLES: ReadonlyArray<{ name: StyleName; id: string; note: boolean }> = [
  { name: 'Chicago', id: 'chicago-note-bibliography', note: true },
  { name: 'MLA', id: 'modern-language-association', note: false },
  { name: 'APA', id: 'apa', note: false },
];

// Read as text by the bundler, so the build finds them wherever it puts this module.
import locale from './csl/locales-en-US.xml?raw';
import chicago from './csl/chicago-note-bibliography.csl?raw';
import mla from './csl/modern-language-association.csl?raw';
import apa from './csl/apa.csl?raw';

const STYLE_XML: Record<string, string> = { 'chicago-note-bibliography': chicago, 'modern-language-association': mla, apa };

/**
 * The note (Chicago) or in-text citation (MLA, APA) with the paragraph locator,
 * and the entry in the bibliography, works cited or reference list: as text,
 * and as runs that keep the style's italics (from the processor's HTML output).
 */
export type { Rendered };

/** The processor's HTML as runs of text, italic or not (CSL's flip-flop sets nested italics upright with a style). */
function runsOf(html: string): Run[] {
  const runs: Run[] = [];
  const walk = (node: RootContent | Root, italic: boolean) => {
    if (node.type === 'text') {
      const last = runs.at(-1);
      if (last && !!last[1] === italic) last[0] += node.value;
      else runs.push(italic ? [node.value, 1] : [node.value]);
    } else if (node.type === 'element' || node.type === 'root') {
      let inner = italic;
      if (node.type === 'element') {
        if (node.tagName === 'i' || node.tagName === 'em') inner = true;
        else if (/font-style:\s*normal/.test(String(node.properties.style ?? ''))) inner = false;
      }
      for (const child of node.children) walk(child, inner);
    }
  };
  walk(fromHtml(html, { fragment: true }), false);
  // As the text form is trimmed.
  if (runs[0]) runs[0][0] = runs[0][0].trimStart();
  if (runs.at(-1)) runs.at(-1)![0] = runs.at(-1)![0].trimEnd();
  return runs.filter(([text]) => text !== '');
}

const items = new Map<string, CslItem>();
const engines = new Map<string, Engine>();
const ids = new Map<string, string>();

/** One engine per style: parsing a style takes about a second, rendering with it a few milliseconds. */
function engineFor(styleId: string): Engine {
  let engine = engines.get(styleId);
  if (!engine) {
    engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id: string) => items.get(id) }, STYLE_XML[styleId]!, 'en-US');
    engine.setOutputFormat('text');
    engines.set(styleId, engine);
  }
  return engine;
}

/** One style's citation of `item` at paragraph `locator` ("12", "5–7"), as plain text. */
export function renderStyle(styleId: string, item: CslItem, locator: string): Rendered {
  const style = CITE_STYLES.find((s) => s.id === styleId);
  // Each distinct record gets its own id, so the engine's item cache never serves a stale URL.
  const key = JSON.stringify(item);
  if (!ids.has(key)) ids.set(key, `${item.id}-${ids.size + 1}`);
  const record = { ...item, id: ids.get(key)! };
  items.set(record.id, record);
  const engine = engineFor(styleId);
  engine.updateItems([record.id]);
  const cluster = { citationItems: [{ id: record.id, locator, label: 'paragraph' }], properties: { noteIndex: style?.note ? 1 : 0 } };
  const citation = engine.previewCitationCluster(cluster, [], [], 'text');
  const citationHtml = engine.previewCitationCluster(cluster, [], [], 'html');
  const [, entries] = engine.makeBibliography();
  engine.setOutputFormat('html');
  const [, htmlEntries] = engine.makeBibliography();
  engine.setOutputFormat('text');
  return {
    citation: citation.trim(),
    bibliography: entries.join('').trim(),
    runs: { citation: runsOf(citationHtml), bibliography: runsOf(htmlEntries.join('')) },
  };
}

/** The templates the reader's Cite panel fills in: one paragraph, and a range. */
export function citeTemplates(data: SpeechData): CiteTemplates {
  const item = speechItem(data, SENTINEL.url);
  return Object.fromEntries(
    CITE_STYLES.map(({ name, id }) => {
      const single = renderStyle(id, item, SENTINEL.first);
      const range = renderStyle(id, item, `${SENTINEL.first}–${SENTINEL.last}`);
      return [name, { single, range }];
    }),
  ) as CiteTemplates;
}
