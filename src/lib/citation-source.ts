import type { CitationSource } from './citations.ts';
import type { SpeechData } from './speech-schema.ts';
import { isoDate } from './dates.ts';
import { EDITION_NAME } from './edition.ts';

/** What a citation of the speech needs, from its frontmatter. */
export function citationSource(data: SpeechData): CitationSource {
  return {
    speaker: data.speakerName,
    title: data.title,
    occasion: data.occasion,
    place: data.place,
    date: isoDate(data.date),
    translator: data.translation.publisher,
    edition: EDITION_NAME,
  };
}
