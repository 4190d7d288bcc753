import type { SpeechData } from './speech-schema.ts';
import { paragraphNumbers, type RenderedSpeech } from './speech.ts';
import { isoDate } from '../shared/dates.ts';

/** How many characters of context a TextQuoteSelector carries on each side of the quote. */
const CONTEXT = 32;

/** The speech as data (`/speech.json`): metadata, the verbatim paragraphs, the notes. */
export function speechExport(data: SpeechData, speech: Omit<RenderedSpeech, 'Content'>, readerUrl: string, schemaUrl: string) {
  const numberOf = paragraphNumbers(speech.blocks);
  return {
    $schema: schemaUrl,
    title: data.title,
    titleZh: data.titleZh,
    speaker: data.speaker,
    speakerZh: data.speakerZh,
    speakerOffice: data.speakerOffice,
    occasion: data.occasion,
    place: data.place,
    date: isoDate(data.date),
    language: data.language,
    translation: { publisher: data.translation.publisher, title: data.translation.title, url: data.translation.url, date: isoDate(data.translation.date) },
    ...(data.original && {
      original: {
        title: data.original.title,
        language: data.original.language,
        publisher: data.original.publisher,
        date: isoDate(data.original.date),
        copies: data.original.copies.map((c) => ({ label: c.label, url: c.url, date: isoDate(c.date) })),
      },
    }),
    edition: { url: readerUrl },
    paragraphs: speech.blocks.map((b) => ({ id: b.id, number: b.number, url: `${readerUrl}#${b.id}`, text: b.text })),
    notes: speech.notes.map((n) => ({
      id: n.id,
      number: n.number,
      kind: n.kind,
      title: n.title,
      url: `${readerUrl}#${n.id}`,
      paragraph: n.block,
      paragraphNumber: numberOf.get(n.block),
      phrase: n.phrase,
      text: n.text,
      html: n.bodyHtml,
      sources: n.sources,
    })),
    emendations: speech.emendations.map((e) => ({ paragraph: e.block, published: e.published, reading: e.reading })),
  };
}

/**
 * The notes as a W3C Web Annotation collection (`/annotations.jsonld`): each
 * note is an Annotation whose target is its phrase in the reader, found by the
 * paragraph's id and by the quoted words with their context.
 */
export function annotationCollection(data: SpeechData, speech: Omit<RenderedSpeech, 'Content'>, readerUrl: string, collectionUrl: string) {
  const textOf = new Map(speech.blocks.map((b) => [b.id, b.text]));
  const items = speech.notes.map((n) => {
    const text = textOf.get(n.block) ?? '';
    const end = n.offset + n.phrase.length;
    return {
      id: `${readerUrl}#${n.id}`,
      type: 'Annotation',
      // Notes describe what the text names; editorial notes comment on the edition's reading.
      motivation: n.kind === 'editorial' ? 'commenting' : 'describing',
      body: { type: 'TextualBody', format: 'text/html', language: 'en', value: n.bodyHtml },
      target: {
        source: readerUrl,
        selector: [
          { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3986', value: n.block },
          {
            type: 'TextQuoteSelector',
            exact: n.phrase,
            prefix: text.slice(Math.max(0, n.offset - CONTEXT), n.offset),
            suffix: text.slice(end, end + CONTEXT),
          },
        ],
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collectionUrl,
    type: 'AnnotationCollection',
    label: `Notes on “${data.title}” (${data.speaker}, ${isoDate(data.date)})`,
    total: items.length,
    first: { id: `${collectionUrl}#page1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
