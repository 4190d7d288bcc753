/** The citation downloads, by file extension, with the name a reader knows them by (one home for the build and the page). */
export const EXPORT_LABELS = { ris: 'RIS', bib: 'BibLaTeX', json: 'CSL-JSON' } as const;

/**
 * Their media types, as the build writes them into `_headers` for the host
 * (integrations/download-headers.ts) and the test server sends them: RIS's
 * registered-by-use type, BibTeX's, and CSL-JSON's registered one.
 */
export const EXPORT_TYPES = {
  ris: 'application/x-research-info-systems; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
} as const satisfies Record<keyof typeof EXPORT_LABELS, string>;

/** The directory of the downloads, and the one file in it that is not a download (the Cite panel's templates). */
export const CITE_DIR = 'cite';
export const CITE_TEMPLATES = 'templates.json';
