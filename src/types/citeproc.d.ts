/** The part of citeproc-js (npm `citeproc`, no types of its own) the build uses. */
declare module 'citeproc' {
  export interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  export interface Citation {
    citationItems: Array<{ id: string; locator?: string; label?: string }>;
    properties: { noteIndex: number };
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string);
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    previewCitationCluster(citation: Citation, before: unknown[], after: unknown[], format: 'text' | 'html'): string;
    makeBibliography(): [unknown, string[]];
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
