import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkDirectiveGuard, { type DirectiveForms } from './directive-guard.ts';
import remarkIds from './ids.ts';
import remarkSpeechBlocks from './speech-blocks.ts';
import remarkSections from './sections.ts';
import remarkEmendations from './emendations.ts';
import remarkNotes from './notes.ts';
import rehypeBlockPermalinks from './block-permalinks.ts';
import rehypeSpeechOutline from './speech-outline.ts';
import rehypeNoteIndex from './note-index.ts';
import rehypeChineseLang from './chinese-lang.ts';
import rehypeIdRegistry from './id-registry.ts';
import rehypeSearchTerms from './search-terms.ts';

/** The directives a speech file may use, and the form each takes. */
export const directiveForms: DirectiveForms = {
  block: ['containerDirective'],
  section: ['leafDirective'],
  sic: ['textDirective'],
  // `:note[phrase]{#id}` marks the phrase; `:::note{#id kind=… title=…}` holds the note.
  note: ['textDirective', 'containerDirective'],
};

/** Order matters: parse, reject bad syntax and ids, then transform. */
export const speechRemarkPlugins: RemarkPlugins = [
  remarkDirective,
  [remarkDirectiveGuard, { forms: directiveForms }],
  remarkIds,
  remarkSections,
  remarkEmendations,
  remarkNotes,
  remarkSpeechBlocks,
];

export const speechRehypePlugins: RehypePlugins = [rehypeSpeechOutline, rehypeSearchTerms, rehypeBlockPermalinks, rehypeChineseLang, rehypeNoteIndex, rehypeIdRegistry];
