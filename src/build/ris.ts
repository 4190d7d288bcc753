/**
 * One CSL-JSON speech as a RIS record. citation-js writes a CSL speech as
 * `TY  - SOUND` (an audio recording) and drops its translator, meeting, place
 * and container; RIS has no speech type, and Zotero imports `SLIDE` as its
 * `presentation` (type Speech), so the record says that, with the tags
 * Zotero's RIS import reads for a presentation (tests/unit/cite-exports.test.ts).
 * A presentation in Zotero has no translator (its creators are presenter and
 * contributor; any other creator type is saved as presenter) and no container,
 * so both go in Extra (M2), as `variable: value` lines Zotero hands to its
 * citation processor: styles then credit the translation and name the edition.
 */
import type { CslItem } from './csl-item.ts';

type DateParts = [[number, number, number]];

/** RIS dates are YYYY/MM/DD/ (with the trailing slash for "other info"), zero-padded. */
const risDate = ({ 'date-parts': [[y, m, d]] }: { 'date-parts': DateParts }) =>
  `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}/`;

export function risRecord(item: CslItem): string {
  const tags: Array<[string, string]> = [
    ['TY', 'SLIDE'],
    ['TI', item.title],
    // AU: Zotero saves the primary creator of a presentation as its presenter.
    ...item.author.map((name): [string, string] => ['AU', `${name.family}, ${name.given}`]),
    ['T2', item['event-title']],
    ['CY', item['event-place']],
    ['DA', risDate(item.issued)],
    ['PY', String(item.issued['date-parts'][0][0])],
    ['M3', item.genre],
    ['LA', item.language],
    ['UR', item.URL],
    ...(item.accessed ? [['Y2', risDate(item.accessed)] as [string, string]] : []),
    ...item.translator.map((name): [string, string] => ['M2', `translator: ${name.literal}`]),
    ['M2', `container-title: ${item['container-title']}`],
  ];
  return [...tags, ['ER', '']].map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}
