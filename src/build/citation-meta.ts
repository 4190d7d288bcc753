import type { SpeechData } from './speech-schema.ts';
import { isoDate } from '../shared/dates.ts';

export type MetaTag = { name: string; content: string };

/**
 * The reader's tags for reference managers. Highwire `citation_*` tags (Google
 * Scholar, Zotero) give title, speaker and date (the URL and language come from
 * the canonical link and `<html lang>`, which Zotero reads too); no
 * `citation_conference_title`, which would make Zotero's Embedded Metadata
 * translator save a conference paper. Zotero's own `z:itemType` makes the item
 * a presentation, and the tags its RDF import reads give what a presentation
 * has: `DC.type` (Speech), `bib.presentedAt` (the meeting), `eprints.event_location`
 * (the place) and `DC.description` (Zotero's Extra field when `z:itemType` is set),
 * which credits the translation as a CSL variable. tests/e2e/zotero.spec.ts
 * reads the built page by those translators' rules.
 */
export function citationMeta(data: SpeechData): MetaTag[] {
  const slashed = (date: Date) => isoDate(date).replace(/-/g, '/');
  return [
    { name: 'citation_title', content: data.title },
    { name: 'citation_author', content: `${data.speakerName.family}, ${data.speakerName.given}` },
    { name: 'citation_publication_date', content: slashed(data.date) },
    { name: 'z:itemType', content: 'presentation' },
    { name: 'DC.type', content: 'Speech' },
    { name: 'bib.presentedAt', content: data.occasion },
    { name: 'eprints.event_location', content: data.city },
    { name: 'DC.description', content: `translator: ${data.translation.publisher}` },
  ];
}

/** The edition's own pages (About, Notes): who made them and when, as Zotero's translator reads them. */
export function editionMeta(data: SpeechData): MetaTag[] {
  return [
    { name: 'author', content: data.edition.maker },
    { name: 'DC.date', content: isoDate(data.edition.date) },
  ];
}
