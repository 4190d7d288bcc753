/**
 * Citations rendered at build time by citeproc-js with the official CSL
 * styles (src/lib/csl/, see scripts/vendor-csl.ts), so the page ships no
 * citation processor. The page receives templates: the processor's own output
 * for a sentinel address and sentinel paragraph numbers, which the page
 * replaces (src/lib/cite-fill.ts); a unit test checks that every filled
 * template equals the processor's rendering of the real values.
 */
import CSL, { type Engine } from 'citeproc';
import type { SpeechData } from './speech-schema.ts';
import { speechItem, type CslItem } from './csl-item.ts';
import { SENTINEL, type CiteTemplates, type StyleName } from './cite-fill.ts';

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

export interface Rendered {
  /** The note (Chicago) or the in-text citation (MLA, APA), with the paragraph locator. */
  citation: string;
  /** The entry in the bibliography, works cited or reference list. */
  bibliography: string;
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
  const citation = engine.previewCitationCluster(
    { citationItems: [{ id: record.id, locator, label: 'paragraph' }], properties: { noteIndex: style?.note ? 1 : 0 } },
    [],
    [],
    'text',
  );
  const [, entries] = engine.makeBibliography();
  return { citation: citation.trim(), bibliography: entries.join('').trim() };
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
