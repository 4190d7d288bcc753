/** The citation downloads, by file extension, with the name a reader knows them by (one home for the build and the page). */
export const EXPORT_LABELS = { ris: 'RIS', bib: 'BibLaTeX', json: 'CSL-JSON' } as const;
