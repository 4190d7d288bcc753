import type { CitationSource } from './citations.ts';
import type { SpeechData } from './speech-schema.ts';
import { isoDate } from './dates.ts';

/** What a citation of the speech needs, from its frontmatter. */
export function citationSource(data: SpeechData): CitationSource {
  return {
    speaker: data.speakerName,
    title: data.title,
    occasion: data.occasion,
    place: data.place,
    date: isoDate(data.date),
    translator: data.translation.publisher,
    edition: data.edition.name,
  };
}
