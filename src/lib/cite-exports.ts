/**
 * The record as downloads for reference managers, written by citation-js from
 * the same CSL-JSON record the citations come from (build time only).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import type { CslItem } from './csl-item.ts';
import { EXPORT_LABELS, EXPORT_TYPES } from './export-formats.ts';

export const EXPORTS = {
  ris: { type: EXPORT_TYPES.ris, label: EXPORT_LABELS.ris, write: (item: CslItem) => new Cite([item]).format('ris') as string },
  // BibLaTeX keeps what BibTeX has no field for: the translator, the meeting, its place.
  bib: { type: EXPORT_TYPES.bib, label: EXPORT_LABELS.bib, write: (item: CslItem) => (new Cite([item]).format('biblatex') as string).trim() + '\n' },
  json: { type: EXPORT_TYPES.json, label: EXPORT_LABELS.json, write: (item: CslItem) => `${JSON.stringify([item], null, 2)}\n` },
} as const;

export type ExportFormat = keyof typeof EXPORTS;
