/**
 * The record as downloads for reference managers, written by citation-js from
 * the same CSL-JSON record the citations come from (build time only).
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import type { CslItem } from './csl-item.ts';

export const EXPORTS = {
  ris: { type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS', write: (item: CslItem) => new Cite([item]).format('ris') as string },
  // BibLaTeX keeps what BibTeX has no field for: the translator, the meeting, its place.
  bib: { type: 'application/x-bibtex; charset=utf-8', label: 'BibLaTeX', write: (item: CslItem) => (new Cite([item]).format('biblatex') as string).trim() + '\n' },
  json: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'CSL-JSON', write: (item: CslItem) => `${JSON.stringify([item], null, 2)}\n` },
} as const;

export type ExportFormat = keyof typeof EXPORTS;
