import type { SpeechData } from './speech-schema.ts';
import { isoDate } from '../shared/dates.ts';

/** One CSL-JSON record of the speech (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'speech';
  title: string;
  author: Array<{ family: string; given: string }>;
  translator: Array<{ literal: string }>;
  'container-title': string;
  genre: string;
  event: string;
  'event-title': string;
  'event-place': string;
  issued: { 'date-parts': [[number, number, number]] };
  'event-date': { 'date-parts': [[number, number, number]] };
  language: string;
  URL: string;
  accessed?: { 'date-parts': [[number, number, number]] };
}

const dateParts = (date: Date): [[number, number, number]] => {
  const [y, m, d] = isoDate(date).split('-').map(Number) as [number, number, number];
  return [[y, m, d]];
};

/**
 * The speech as the edition presents it, the one record every citation,
 * download and Zotero tag is made from: a speech (presenter, date, meeting,
 * place), in the published translation, within the edition (by its title
 * alone: no editor, as the edition publishes no personal names), at `url`
 * (the reader, or one paragraph or range of it).
 */
export function speechItem(data: SpeechData, url: string, accessed?: Date): CslItem {
  return {
    id: data.sourceCapture.replace(/\.txt$/, ''),
    type: 'speech',
    title: data.title,
    author: [data.speakerName],
    translator: [{ literal: data.translation.publisher }],
    'container-title': data.edition.title,
    genre: 'Speech',
    // CSL 1.0.1 calls the meeting "event", CSL 1.0.2 "event-title": give both.
    event: data.occasion,
    'event-title': data.occasion,
    'event-place': data.city,
    issued: { 'date-parts': dateParts(data.date) },
    // The day it was given at the meeting: MLA 9 dates a speech by its event (the style reads
    // event-date for type speech, not issued); Chicago and APA read issued.
    'event-date': { 'date-parts': dateParts(data.date) },
    language: data.language,
    URL: url,
    ...(accessed && { accessed: { 'date-parts': dateParts(accessed) } }),
  };
}
