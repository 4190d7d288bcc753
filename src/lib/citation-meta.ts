import type { SpeechData } from './speech-schema.ts';
import { isoDate } from './dates.ts';

/** Highwire Press `citation_*` tags, as Zotero, Google Scholar and other reference tools read them. */
export function citationMeta(data: SpeechData, pageUrl: string): Array<{ name: string; content: string }> {
  const slashed = (date: Date) => isoDate(date).replace(/-/g, '/');
  const author = `${data.speakerName.family}, ${data.speakerName.given}`;
  return [
    { name: 'citation_title', content: data.title },
    { name: 'citation_author', content: author },
    { name: 'citation_publication_date', content: slashed(data.date) },
    { name: 'citation_conference_title', content: data.occasion },
    { name: 'citation_publisher', content: data.translation.publisher },
    { name: 'citation_online_date', content: slashed(data.translation.date) },
    { name: 'citation_public_url', content: pageUrl },
    { name: 'citation_language', content: data.language },
  ];
}
