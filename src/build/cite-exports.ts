/**
 * The record as downloads for reference managers, written from the same
 * CSL-JSON record the citations come from (build time only).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem } from './csl-item.ts';
import { EXPORT_LABELS, EXPORT_TYPES } from '../shared/export-formats.ts';
import { risRecord } from './ris.ts';

interface BibEntry { type: string; label: string; properties: Record<string, string> }

/**
 * citation-js writes a CSL speech as `@audio` with `entrysubtype`, which standard
 * biblatex has no driver for; a talk is `@unpublished` (biblatex manual, 2.1.1),
 * which is also what Zotero's BibLaTeX export writes for a presentation. Its
 * `type` field names the kind of work, and the edition the speech is read in goes
 * in `howpublished` (@unpublished has no booktitle). Values stay as citation-js
 * escaped them for LaTeX.
 */
const RENAMED_FOR_UNPUBLISHED: Record<string, string> = { entrysubtype: 'type', booktitle: 'howpublished' };

function biblatexSpeech(item: CslItem): string {
  const [entry] = new Cite([item]).format('biblatex', { format: 'object' }) as BibEntry[];
  const fields = Object.entries(entry!.properties).map(([field, value]) => `\t${RENAMED_FOR_UNPUBLISHED[field] ?? field} = {${value}},`);
  return `@unpublished{${entry!.label},\n${fields.join('\n')}\n}\n`;
}

export const EXPORTS = {
  ris: { type: EXPORT_TYPES.ris, label: EXPORT_LABELS.ris, write: risRecord },
  // BibLaTeX keeps what BibTeX has no field for: the translator, the meeting, its place.
  bib: { type: EXPORT_TYPES.bib, label: EXPORT_LABELS.bib, write: biblatexSpeech },
  json: { type: EXPORT_TYPES.json, label: EXPORT_LABELS.json, write: (item: CslItem) => `${JSON.stringify([item], null, 2)}\n` },
} as const;

export type ExportFormat = keyof typeof EXPORTS;
