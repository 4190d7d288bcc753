/**
 * Fills the build's citation templates (src/build/cite-render.ts) with the
 * address the reader is on and the paragraph or range being cited. Runs in the
 * page; holds no citation rules of its own.
 */
export type StyleName = 'Chicago' | 'MLA' | 'APA';
export type Form = 'citation' | 'bibliography';
/** A stretch of a citation as the style sets it: its text, and 1 when the style puts it in italics. */
export type Run = [text: string, italic?: 1];
/** Each form as plain text, and as runs whose texts join to exactly that text. */
export type Rendered = Record<Form, string> & { runs: Record<Form, Run[]> };
export type CiteTemplates = Record<StyleName, { single: Rendered; range: Rendered }>;

/** What each style calls its two forms, shown above each in the Cite panel. */
export const FORM_NAMES: Record<StyleName, Record<Form, string>> = {
  Chicago: { citation: 'Note', bibliography: 'Bibliography' },
  MLA: { citation: 'In-text citation', bibliography: 'Works cited' },
  APA: { citation: 'In-text citation', bibliography: 'Reference list' },
};

/** Stand-ins the processor renders as they are: an address no page has, paragraph numbers no speech has. */
export const SENTINEL = { url: 'https://cite.invalid/edition/#pN', first: '9001', last: '9002' } as const;

/** The CSL locator of a paragraph or a range: "12", "5–7". */
export const rangeLabel = (first: number, last: number) => (first === last ? String(first) : `${first}–${last}`);

export function fillCitations(templates: CiteTemplates, target: { url: string; first: number; last: number }): Record<StyleName, Rendered> {
  const fill = (text: string) =>
    text.split(SENTINEL.url).join(target.url).split(SENTINEL.first).join(String(target.first)).split(SENTINEL.last).join(String(target.last));
  const fillRuns = (runs: Run[]) => runs.map(([text, italic]): Run => (italic ? [fill(text), italic] : [fill(text)]));
  return Object.fromEntries(
    Object.entries(templates).map(([name, forms]) => {
      const form = target.first === target.last ? forms.single : forms.range;
      return [
        name,
        {
          citation: fill(form.citation),
          bibliography: fill(form.bibliography),
          runs: { citation: fillRuns(form.runs.citation), bibliography: fillRuns(form.runs.bibliography) },
        },
      ];
    }),
  ) as Record<StyleName, Rendered>;
}
