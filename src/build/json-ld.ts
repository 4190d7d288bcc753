import type { SpeechData } from './speech-schema.ts';
import { isoDate as day } from '../shared/dates.ts';

/** schema.org description of the speech for search engines and reference tools. */
export function speechJsonLd(data: SpeechData, pageUrl: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    url: pageUrl,
    name: data.title,
    alternateName: data.titleZh,
    dateCreated: day(data.date),
    inLanguage: data.language,
    author: { '@type': 'Person', name: data.speaker, alternateName: data.speakerZh, jobTitle: data.speakerOffice },
    locationCreated: { '@type': 'Place', name: data.place },
    isBasedOn: {
      '@type': 'CreativeWork',
      url: data.translation.url,
      datePublished: day(data.translation.date),
      publisher: { '@type': 'Organization', name: data.translation.publisher },
    },
  };
}
