import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parse as parseRis } from 'astrocite-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { speechSchema } from '../../src/build/speech-schema.ts';
import { speechItem } from '../../src/build/csl-item.ts';
import { EXPORTS } from '../../src/build/cite-exports.ts';

const markdown = await readFile(new URL('../../content/speeches/lu-wei-2014-12-02.md', import.meta.url), 'utf8');
const data = speechSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(markdown)![1]!));
const url = 'https://edition.example.org/#p12';
const item = speechItem(data, url);

/**
 * What Zotero's RIS import (zotero/translators, RIS.js) makes of a record, reduced to the
 * parts a speech touches. `importTypeMap` is the reverse of its `exportTypeMap`
 * (presentation: "SLIDE", audioRecording: "SOUND", conferencePaper: "CONF", …) plus
 * degenerate types (GEN: journalArticle, the default). Tags follow its `fieldMap` for
 * item type presentation (T2: meetingName, A2: creators/presenter, A4's __default
 * creators/translator, M3: presentationType, CY's __default place) and
 * `degenerateImportFieldMap` (M2: extra; `applyValue` joins repeated Extra values with
 * new lines). A tag with no field for the item type becomes a note, which the test counts as
 * lost. Zotero then saves the item: `Zotero.Item.prototype.setCreator` turns a creator type
 * the item type does not have into its primary one, and a presentation has only presenter
 * (primary) and contributor (Zotero's schema), so an author, or a translator, becomes a presenter.
 */
const ZOTERO_IMPORT_TYPES: Record<string, string> = {
  SLIDE: 'presentation', SOUND: 'audioRecording', CONF: 'conferencePaper', GEN: 'journalArticle', ELEC: 'webpage', UNPD: 'manuscript',
};
const ZOTERO_PRESENTATION_CREATORS = { primary: 'presenter', valid: ['presenter', 'contributor'] };
const ZOTERO_PRESENTATION_FIELDS: Record<string, string> = {
  TI: 'title', AU: 'creators/author', A2: 'creators/presenter', A4: 'creators/translator', T2: 'meetingName', CY: 'place',
  DA: 'date', PY: 'date', M3: 'presentationType', LA: 'language', UR: 'url', Y2: 'accessDate', M2: 'extra', ID: '__ignore',
};

function zoteroImport(ris: string) {
  // One tag a line: two characters, two spaces, a hyphen (RIS.js reads lines the same way).
  const tags = ris.split(/\r?\n/).map((line) => /^([A-Z][A-Z0-9])  - ?(.*)$/.exec(line)).filter((m) => m !== null).map((m) => [m[1]!, m[2]!.trim()] as const);
  const itemType = ZOTERO_IMPORT_TYPES[tags.find(([tag]) => tag === 'TY')?.[1] ?? 'GEN'] ?? 'journalArticle';
  const fields: Record<string, string[]> = {};
  const creators: Array<{ name: string; creatorType: string }> = [];
  const lost: string[] = [];
  for (const [tag, value] of tags) {
    if (tag === 'TY' || tag === 'ER' || !value) continue;
    const field = itemType === 'presentation' ? ZOTERO_PRESENTATION_FIELDS[tag] : undefined;
    if (!field) lost.push(tag);
    else if (field.startsWith('creators/')) {
      const type = field.slice('creators/'.length);
      creators.push({ name: value, creatorType: ZOTERO_PRESENTATION_CREATORS.valid.includes(type) ? type : ZOTERO_PRESENTATION_CREATORS.primary });
    } else if (field !== '__ignore') (fields[field] ??= []).push(value);
  }
  return { itemType, fields, creators, extra: (fields.extra ?? []).join('\n').split('\n'), lost };
}

describe('the RIS download', () => {
  const ris = EXPORTS.ris.write(item);

  it('is a presentation in Zotero, with presenter, translator, meeting, place, date, type and the edition, and nothing lost', () => {
    const { itemType, fields, creators, extra, lost } = zoteroImport(ris);
    expect(itemType).toBe('presentation');
    expect(lost).toEqual([]);
    // One presenter: the speaker (a translator tag would have made the translator a second presenter).
    expect(creators).toEqual([{ name: 'Lu, Wei', creatorType: 'presenter' }]);
    expect(fields).toMatchObject({
      title: [data.title],
      meetingName: [data.occasion],
      place: [data.city],
      presentationType: ['Speech'],
      language: [data.language],
      url: [url],
    });
    // Zotero passes Extra's `variable: value` lines to its citation processor as CSL variables:
    // the translation is credited and the edition named, as in the page's own citations.
    expect(extra).toEqual([`translator: ${data.translation.publisher}`, `container-title: ${data.edition.title}`]);
  });

  it('dates the speech as RIS wants it: YYYY/MM/DD/, zero-padded', () => {
    expect(ris.split(/\r?\n/)).toContain('DA  - 2014/12/02/');
  });

  it('parses with a parser that did not write it, to the same speech', () => {
    const [entry] = parseRis(ris);
    // astrocite reads SLIDE by its own table (as a figure): what Zotero makes of the record is
    // the mirror above; here, that another reader finds the same title, speaker and address.
    expect(entry).toMatchObject({ title: data.title, URL: url, author: [{ family: 'Lu', given: 'Wei' }] });
    // astrocite takes the year from PY; the full date's form is the test above.
    expect(entry!.issued!['date-parts']![0]![0]).toEqual('2014');
  });
});

// The entry types of standard biblatex (biblatex manual, section 2.1.1, "Regular Types"): a type
// outside it (@audio is not one) falls back to @misc's driver with a warning from biber.
const BIBLATEX_TYPES = new Set(['article', 'book', 'mvbook', 'inbook', 'bookinbook', 'suppbook', 'booklet', 'collection', 'mvcollection', 'incollection', 'suppcollection', 'dataset', 'manual', 'misc', 'online', 'patent', 'periodical', 'suppperiodical', 'proceedings', 'mvproceedings', 'inproceedings', 'reference', 'mvreference', 'inreference', 'report', 'set', 'software', 'thesis', 'unpublished', 'xdata']);

describe('the BibLaTeX download', () => {
  const bib = EXPORTS.bib.write(item);
  const { entries, errors } = parseBibtex(bib);

  it('is a standard biblatex @unpublished (a talk; Zotero’s BibLaTeX export writes a presentation so) with the speech’s type, meeting, place and dates', () => {
    expect(errors ?? []).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(BIBLATEX_TYPES.has(entry!.type)).toBe(true);
    expect(entry!.type).toBe('unpublished');
    expect(entry!.fields).toMatchObject({
      title: data.title, author: [{ lastName: 'Lu', firstName: 'Wei' }], type: 'Speech',
      eventtitle: data.occasion, venue: data.city, date: '2014-12-02', eventdate: '2014-12-02', url,
    });
    expect(JSON.stringify(entry!.fields.translator)).toContain(data.translation.publisher);
    // The edition, where @unpublished has room for it: how the speech is published here.
    expect(String(entry!.fields.howpublished)).toContain('Annotated Reading Edition');
    // Fields the @unpublished driver has no place for.
    expect(entry!.fields).not.toHaveProperty('entrysubtype');
    expect(entry!.fields).not.toHaveProperty('booktitle');
  });
});
