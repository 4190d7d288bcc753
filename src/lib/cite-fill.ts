/**
 * Fills the build's citation templates (src/lib/cite-render.ts) with the
 * address the reader is on and the paragraph or range being cited. Runs in the
 * page; holds no citation rules of its own.
 */
export type StyleName = 'Chicago' | 'MLA' | 'APA';
export type Rendered = { citation: string; bibliography: string };
export type CiteTemplates = Record<StyleName, { single: Rendered; range: Rendered }>;

/** Stand-ins the processor renders as they are: an address no page has, paragraph numbers no speech has. */
export const SENTINEL = { url: 'https://cite.invalid/edition/#pN', first: '9001', last: '9002' } as const;

/** The CSL locator of a paragraph or a range: "12", "5–7". */
export const rangeLabel = (first: number, last: number) => (first === last ? String(first) : `${first}–${last}`);

export function fillCitations(templates: CiteTemplates, target: { url: string; first: number; last: number }): Record<StyleName, Rendered> {
  const fill = (text: string) =>
    text.split(SENTINEL.url).join(target.url).split(SENTINEL.first).join(String(target.first)).split(SENTINEL.last).join(String(target.last));
  return Object.fromEntries(
    Object.entries(templates).map(([name, forms]) => {
      const form = target.first === target.last ? forms.single : forms.range;
      return [name, { citation: fill(form.citation), bibliography: fill(form.bibliography) }];
    }),
  ) as Record<StyleName, Rendered>;
}
