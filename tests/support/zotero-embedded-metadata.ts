/**
 * What Zotero's browser connector saves from a page, read the way its
 * "Embedded Metadata" web translator (zotero/translators, `Embedded Metadata.js`
 * at commit dcd14d6f, lastUpdated 2024-06-13) and the RDF import translator it
 * hands DC/OG/Zotero tags to (`RDF.js` at commit 0dd01690) read them. Only the
 * rules this edition's tags can reach are mirrored; each names the function or
 * table it follows (the files have no stable line numbers across versions).
 * Written from reading those sources, not copied from them.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Element } from 'hast';

/** Embedded Metadata.js, `_prefixes`: namespaces a meta name may start with. */
const PREFIXES: Record<string, string> = {
  bib: 'http://purl.org/net/biblio#',
  bibo: 'http://purl.org/ontology/bibo/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  prism: 'http://prismstandard.org/namespaces/1.2/basic/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  z: 'http://www.zotero.org/namespaces/export#',
  eprint: 'http://purl.org/eprint/terms/',
  eprints: 'http://purl.org/eprint/terms/',
  og: 'http://ogp.me/ns#',
  article: 'http://ogp.me/ns/article#',
  so: 'http://schema.org/',
};
const ns = (prefix: keyof typeof PREFIXES, prop: string) => PREFIXES[prefix] + prop;

/** Embedded Metadata.js, `HIGHWIRE_MAPPINGS`, the fields this edition could set. */
const HIGHWIRE: Record<string, string> = {
  citation_title: 'title',
  citation_publication_date: 'date',
  citation_date: 'date',
  citation_journal_title: 'publicationTitle',
  citation_conference_title: 'conferenceName',
  citation_conference: 'conferenceName',
  citation_publisher: 'publisher',
  citation_public_url: 'url',
  citation_language: 'language',
};

/** Zotero's item types with the fields and creator types this check needs (Zotero schema; first creator type is the primary one). */
const ITEM_TYPES: Record<string, { fields: string[]; creators: string[] }> = {
  presentation: { fields: ['title', 'abstractNote', 'presentationType', 'date', 'place', 'meetingName', 'url', 'accessDate', 'language', 'shortTitle', 'rights', 'extra'], creators: ['presenter', 'contributor'] },
  conferencePaper: { fields: ['title', 'abstractNote', 'date', 'proceedingsTitle', 'conferenceName', 'place', 'publisher', 'url', 'accessDate', 'language', 'extra'], creators: ['author', 'contributor', 'editor', 'translator', 'seriesEditor'] },
  webpage: { fields: ['title', 'abstractNote', 'websiteTitle', 'websiteType', 'date', 'shortTitle', 'url', 'accessDate', 'language', 'rights', 'extra'], creators: ['author', 'contributor', 'translator'] },
  journalArticle: { fields: ['title', 'abstractNote', 'publicationTitle', 'date', 'url', 'accessDate', 'language', 'extra'], creators: ['author', 'contributor', 'editor', 'translator', 'reviewedAuthor'] },
};

export interface Creator {
  lastName: string;
  firstName?: string;
  creatorType: string;
}
export interface SavedItem {
  itemType: string;
  creators: Creator[];
  [field: string]: unknown;
}

/** `ZU.cleanAuthor` for "Family, Given" (comma) or "Given Family". */
function cleanAuthor(name: string, creatorType: string, useComma: boolean): Creator {
  if (useComma) {
    const [last, first] = name.split(/\s*,\s*/);
    return { lastName: last ?? '', firstName: first ?? '', creatorType };
  }
  const words = name.trim().split(/\s+/);
  const last = words.pop() ?? '';
  return words.length ? { lastName: last, firstName: words.join(' '), creatorType } : { lastName: last, creatorType };
}

/** The item Zotero would save from one HTML page at `url`. */
export function savedItem(html: string, url: string): SavedItem {
  const tree = fromHtml(html);
  const head = selectAll('head meta', tree) as Element[];
  const metas = head
    .map((m) => ({ name: String(m.properties.name ?? m.properties.property ?? ''), content: String(m.properties.content ?? '') }))
    .filter((m) => m.name && m.content);
  const statements = new Map<string, string[]>();
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  // Embedded Metadata.js, init(): each name is split at . : _ ; a known
  // prefix makes an RDF statement, a citation_* name may set the Highwire item type.
  for (const { name, content } of metas) {
    for (const tag of name.split(/\s+/)) {
      const parts = tag.split(/[.:_]/);
      let prefix: string | undefined;
      let prefixLength = 0;
      if (parts.length > 2 && PREFIXES[parts[1]!.toLowerCase()]) {
        prefix = parts[1]!.toLowerCase();
        prefixLength = parts[0]!.length + parts[1]!.length + 1;
      } else {
        prefix = parts[0]!.toLowerCase();
        prefixLength = parts[0]!.length;
      }
      if (PREFIXES[prefix]) {
        let prop = tag.slice(prefixLength + 1);
        prop = prop.charAt(0).toLowerCase() + prop.slice(1);
        const key = PREFIXES[prefix] + prop;
        statements.set(key, [...(statements.get(key) ?? []), content]);
        continue;
      }
      switch (tag.slice(tag.lastIndexOf('citation_'))) {
        case 'citation_journal_title':
          hwType = 'journalArticle';
          break;
        case 'citation_conference_title':
        case 'citation_conference':
          hwType = 'conferencePaper';
          break;
        case 'citation_title':
          hwTypeGuess ??= 'journalArticle';
          break;
      }
    }
  }
  const first = (...keys: string[]) => keys.map((k) => statements.get(k)?.[0]).find((v) => v !== undefined);
  const meta = (name: string) => metas.find((m) => m.name === name)?.content;
  const metaEnding = (name: string) => metas.filter((m) => m.name.endsWith(name)).map((m) => m.content);

  // RDF.js detectType(): Zotero's own type, then og:type, then dc:type;
  // Embedded Metadata.js init(): a Highwire type wins over all of them.
  const zType = first(ns('z', 'itemType'), ns('z', 'type'));
  const ogType = first(ns('og', 'type'));
  const dcType = first(ns('dc', 'type'), ns('dcterms', 'type'));
  const t = {
    zotero: zType && ITEM_TYPES[zType] ? zType : undefined,
    og: ogType === 'website' ? 'webpage' : undefined,
    ogGuess: ogType === 'article' ? 'journalArticle' : undefined,
    dc: dcType && ITEM_TYPES[dcType] ? dcType : undefined,
    dcGuess: dcType?.toLowerCase() === 'event' ? 'presentation' : dcType?.toLowerCase() === 'text' ? 'journalArticle' : undefined,
  };
  const defaultUnknownType = hwTypeGuess ?? (statements.size ? 'webpage' : undefined);
  const itemType = hwType ?? t.zotero ?? t.og ?? t.dc ?? defaultUnknownType ?? t.ogGuess ?? t.dcGuess ?? 'webpage';

  // RDF.js importItem(): the fields a speech needs.
  const item: SavedItem = { itemType, creators: [] };
  const isZoteroRdf = zType !== undefined;
  item.title = first(ns('dc', 'title'), ns('dcterms', 'title'), ns('og', 'title'));
  for (const creatorType of ITEM_TYPES[itemType]?.creators ?? []) {
    const names =
      creatorType === 'author'
        ? statements.get(ns('dc', 'creator')) ?? statements.get(ns('dcterms', 'creator')) ?? statements.get(ns('dc', 'contributor'))
        : creatorType === 'presenter'
          ? statements.get(ns('z', 'presenters'))
          : creatorType === 'editor' || creatorType === 'contributor'
            ? statements.get(ns('bib', `${creatorType}s`))
            : statements.get(ns('z', `${creatorType}s`));
    for (const name of names ?? []) item.creators.push(cleanAuthor(name, creatorType, name.includes(',')));
  }
  item.presentationType = item.websiteType = dcType;
  item.conferenceName = first(ns('bib', 'presentedAt')) ?? first(ns('eprints', 'event_title'));
  item.meetingName = item.conferenceName;
  item.place = first(ns('eprints', 'place_of_pub'), ns('eprints', 'event_location'));
  item.date = first(ns('article', 'published_time'), ns('dc', 'date.issued'), ns('dcterms', 'issued'), ns('dc', 'date'), ns('dcterms', 'date'));
  item.language = first(ns('dc', 'language'), ns('dcterms', 'language'));
  item.url = first(ns('og', 'url'));
  item.abstractNote = first(ns('og', 'description'), ns('dcterms', 'abstract'));
  if (isZoteroRdf) item.extra = first(ns('dc', 'description'));
  else item.abstractNote ??= first(ns('dc', 'description'), ns('dcterms', 'description'));

  // Embedded Metadata.js addHighwireMetadata(): Highwire fields overwrite,
  // citation_author / citation_editor replace the RDF creators when present.
  for (const [name, field] of Object.entries(HIGHWIRE)) {
    const value = metaEnding(name)[0];
    if (value?.trim()) item[field] = value.trim();
  }
  const highwireCreators = [
    ...metaEnding('citation_author').map((a) => cleanAuthor(a, 'author', a.includes(','))),
    ...metaEnding('citation_editor').map((a) => cleanAuthor(a, 'editor', a.includes(','))),
  ];
  if (highwireCreators.length) item.creators = highwireCreators;
  if (hwType) item.itemType = hwType;
  item.date ??= meta('citation_online_date');

  // addLowQualityMetadata(): fall back to <title>, meta author, description, canonical, lang, time[datetime].
  item.title ??= (selectAll('title', tree)[0] as Element | undefined)?.children.map((c) => ('value' in c ? c.value : '')).join('');
  if (!item.creators.length) for (const a of metas.filter((m) => m.name.toLowerCase() === 'author')) item.creators.push(cleanAuthor(a.content, 'author', a.content.includes(',')));
  item.abstractNote ??= meta('description');
  const canonical = (selectAll('link[rel="canonical"]', tree)[0] as Element | undefined)?.properties.href;
  item.url ??= canonical ? String(canonical) : url;
  item.language ??= String((selectAll('html', tree)[0] as Element | undefined)?.properties.lang ?? '');
  item.date ??= (selectAll('time[datetime]', tree)[0] as Element | undefined)?.properties.dateTime as string | undefined;

  // On save, Zotero keeps only the fields the item type has, and turns a creator type the
  // item type lacks into its primary one (zotero/zotero, chrome/content/zotero/xpcom/data/item.js,
  // Item.prototype.setCreator: "Invalid creator type … changing to primary creator").
  const spec = ITEM_TYPES[item.itemType];
  const saved: SavedItem = { itemType: item.itemType, creators: [] };
  if (!spec) return { ...item };
  for (const field of spec.fields) if (item[field] !== undefined && item[field] !== '') saved[field] = item[field];
  saved.creators = item.creators.map((c) => ({ ...c, creatorType: spec.creators.includes(c.creatorType) ? c.creatorType : spec.creators[0]! }));
  return saved;
}
