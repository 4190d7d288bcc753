import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { speechData, type NoteKind, NOTE_KINDS, type NoteRecord } from './page-data.ts';
import { fail } from './fail.ts';
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { NOTE_CLASS, NOTE_KIND_CLASS, NOTE_MARK_CLASS, NOTE_NUMBER_CLASS, NOTE_PART, NOTE_REF_CLASS, VISUALLY_HIDDEN } from '../../shared/markup.ts';
import { EDITORIAL_PROP } from './hast-names.ts';

/** What each kind is called on the page: the kind is always said in words, never by colour alone. */
export const KIND_LABELS: Record<NoteKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  event: 'Event',
  concept: 'Concept',
  // A check of a figure, whatever it found: some figures could not be confirmed.
  figure: 'Figure check',
  translation: 'Translation',
  editorial: 'Editorial',
};

/** Headings for notes grouped by kind (the notes page). */
export const KIND_GROUPS: Record<NoteKind, string> = {
  person: 'People',
  organisation: 'Organisations',
  event: 'Events',
  concept: 'Concepts',
  figure: 'Figures checked',
  translation: 'Translation',
  editorial: 'Editorial notes',
};


/** Notes that state facts must name where a reader can check them. */
const NEEDS_SOURCE = new Set<NoteKind>(['person', 'organisation', 'event', 'concept', 'figure', 'translation']);

interface Reference {
  node: TextDirective;
  block: string;
  number: number;
}

/**
 * Notes: `:note[phrase]{#id}` marks a phrase in the text and links it to the
 * note `:::note{#id kind=… title="…"}` written between blocks. The phrase's
 * words stay witness text; everything the note adds is editorial. Each note is
 * moved to follow the block it annotates and becomes `<aside role="note">`.
 */
export default function remarkNotes() {
  return (tree: Root, file: VFile) => {
    const notes = collectNotes(tree, file);
    const references = collectReferences(tree, notes, file);

    for (const [id, note] of notes) {
      if (!references.has(id)) fail(file, 'note-unreferenced', `Note \`#${id}\` is never referenced: mark its phrase with \`:note[…]{#${id}}\``, note);
    }

    const records: NoteRecord[] = [];
    for (const [id, reference] of references) {
      const note = notes.get(id) as ContainerDirective;
      const kind = note.attributes?.kind as NoteKind;
      const title = note.attributes?.title as string;
      records.push({ id, number: reference.number, kind, title, block: reference.block, phrase: toString(reference.node) });
      renderReference(reference, id);
      renderNote(note, id, reference.number, kind, title);
    }

    tree.children = placeAfterBlocks(tree.children, records, notes);
    speechData(file).noteRecords = records;
  };
}

function collectNotes(tree: Root, file: VFile): Map<string, ContainerDirective> {
  const notes = new Map<string, ContainerDirective>();
  visitParents(tree, 'containerDirective', (node, ancestors) => {
    if (node.name !== 'note') return;
    if (ancestors.length > 1) fail(file, 'note-inside-block', 'A `:::note` must stand between blocks, not inside one', node);
    const id = node.attributes?.id;
    const kind = node.attributes?.kind;
    const title = node.attributes?.title?.trim();
    if (!id) fail(file, 'note-without-id', 'Note without an id: write `:::note{#id kind=… title="…"}`', node);
    if (!kind || !(NOTE_KINDS as readonly string[]).includes(kind)) {
      fail(file, 'note-kind', `Note \`#${id}\` has ${kind ? `an unknown kind \`${kind}\`` : 'no kind'}; use one of: ${NOTE_KINDS.join(', ')}`, node);
    }
    if (!title) fail(file, 'note-without-title', `Note \`#${id}\` needs a title: add \`title="…"\``, node);
    if (NEEDS_SOURCE.has(kind as NoteKind) && !sourcesOf(node)) {
      fail(
        file,
        'note-without-source',
        `Note \`#${id}\` (${kind}) states facts but names no source: end it with a list of sources, each with a link`,
        node,
      );
    }
    notes.set(id, node);
  });
  return notes;
}

/** The note's closing list, when every item in it carries a link. */
function sourcesOf(note: ContainerDirective): List | undefined {
  const last = note.children.at(-1);
  if (last?.type !== 'list' || last.children.length === 0) return undefined;
  const linked = last.children.every((item) => {
    let found = false;
    visit(item, 'link', () => {
      found = true;
    });
    return found;
  });
  return linked ? last : undefined;
}

function collectReferences(tree: Root, notes: Map<string, ContainerDirective>, file: VFile): Map<string, Reference> {
  const references = new Map<string, Reference>();
  visitParents(tree, 'textDirective', (node, ancestors) => {
    if (node.name !== 'note') return;
    const id = node.attributes?.id;
    if (!id) fail(file, 'note-ref-without-id', '`:note[…]` needs the id of its note: `{#id}`', node);
    if (!toString(node).trim()) fail(file, 'note-ref-empty', `\`:note[]{#${id}}\` marks no words: put the annotated phrase in the brackets`, node);
    if (!notes.has(id)) fail(file, 'note-missing', `\`:note[…]{#${id}}\` refers to a note that does not exist: add \`:::note{#${id} …}\``, node);
    const earlier = references.get(id);
    if (earlier) fail(file, 'note-referenced-twice', `Note \`#${id}\` is referenced twice (first on line ${earlier.node.position?.start.line})`, node);
    const block = ancestors.findLast((a): a is ContainerDirective => a.type === 'containerDirective' && a.name === 'block');
    if (!block?.attributes?.id) fail(file, 'note-ref-outside-block', `\`:note[…]{#${id}}\` must stand inside a \`:::block\``, node);
    references.set(id, { node, block: block.attributes.id, number: references.size + 1 });
  });
  return references;
}

/** The phrase becomes a link to its note, followed by an editorial note number. */
function renderReference({ node, number }: Reference, id: string) {
  const marker: PhrasingContent = {
    type: 'emphasis',
    data: {
      hName: 'sup',
      hProperties: { className: [NOTE_MARK_CLASS], [EDITORIAL_PROP]: '' },
      hChildren: [h(`span.${VISUALLY_HIDDEN}`, ' note '), { type: 'text', value: String(number) }],
    },
    children: [],
  };
  node.children.push(marker);
  node.data = { hName: 'a', hProperties: { className: [NOTE_REF_CLASS], id: `ref-${id}`, href: `#${id}` } };
}

function renderNote(note: ContainerDirective, id: string, number: number, kind: NoteKind, title: string) {
  const head: Paragraph = {
    type: 'paragraph',
    data: {
      hName: 'p',
      hProperties: { className: [NOTE_PART.head] },
      // h(null, …) turns the plain strings into text nodes.
      hChildren: h(null, [
        // The whole title is the note's permalink; following it opens the note.
        h(`a.${NOTE_NUMBER_CLASS}`, { href: `#${id}` }, [h(`span.${VISUALLY_HIDDEN}`, 'Note '), h('span', String(number)), ' ', h('b', { id: `${id}-t` }, title)]),
        ' ',
        h(`span.${NOTE_KIND_CLASS}`, KIND_LABELS[kind]),
      ]).children as ElementContent[],
    },
    children: [],
  };
  const sources = sourcesOf(note);
  if (sources) {
    sources.data = { hProperties: { className: [NOTE_PART.sources] } };
    readableLinks(sources);
    const label: Paragraph = {
      type: 'paragraph',
      data: { hProperties: { className: [NOTE_PART.sourcesLabel] } },
      children: [{ type: 'text', value: 'Sources' }],
    };
    note.children.splice(note.children.indexOf(sources), 0, label);
  }
  const close: Paragraph = {
    type: 'paragraph',
    data: {
      hName: 'p',
      hProperties: { className: [NOTE_PART.close] },
      hChildren: [h('a', { href: `#ref-${id}` }, ['Close', h(`span.${VISUALLY_HIDDEN}`, ' note')])],
    },
    children: [],
  };
  // Close comes right after the title line, so on a phone's sheet it sits at the top, always in reach.
  note.children = [head, close, ...note.children];
  note.data = {
    hName: 'aside',
    hProperties: { id, className: [NOTE_CLASS], role: 'note', ariaLabelledby: `${id}-t`, dataKind: kind, [EDITORIAL_PROP]: '' },
  };
}

/**
 * A source's address shown as its text (`<https://…>`) is shown decoded: readers (and printers)
 * get `…/新闻/…`, which wraps like words, instead of lines of `%E4%B8…`. The link itself is unchanged.
 */
function readableLinks(list: List) {
  visit(list, 'link', (link) => {
    const [only] = link.children;
    if (link.children.length !== 1 || only?.type !== 'text' || only.value !== link.url) return;
    try {
      only.value = decodeURI(link.url);
    } catch {
      // A malformed escape: keep the address as written.
    }
  });
}

/** Drops notes from where they were written and puts each right after the block it annotates. */
function placeAfterBlocks(children: RootContent[], records: NoteRecord[], notes: Map<string, ContainerDirective>): RootContent[] {
  const placed: RootContent[] = [];
  for (const node of children) {
    if (node.type === 'containerDirective' && node.name === 'note') continue;
    placed.push(node);
    if (node.type === 'containerDirective' && node.name === 'block') {
      for (const record of records) {
        if (record.block === node.attributes?.id) placed.push(notes.get(record.id) as ContainerDirective);
      }
    }
  }
  return placed;
}
