/**
 * Ready-to-paste citations of one paragraph, in Chicago (notes and
 * bibliography), MLA 9, APA 7 and BibTeX. Plain text, so they paste anywhere;
 * shared by the About page (with placeholders, no JavaScript) and the reader's
 * Cite panel (with the paragraph and today's date).
 */
export interface CitationSource {
  speaker: { family: string; given: string };
  title: string;
  occasion: string;
  place: string;
  /** The day of the speech, "YYYY-MM-DD". */
  date: string;
  translator: string;
  edition: string;
}

export interface CitationTarget {
  /** The paragraph number, or a placeholder such as "N". */
  paragraph: string;
  url: string;
  /** The day the reader consulted the edition, "YYYY-MM-DD", or a placeholder. */
  accessed: string;
}

export type CitationStyle = 'Chicago' | 'MLA' | 'APA' | 'BibTeX';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Year, month index and day of a "YYYY-MM-DD" date; undefined for a placeholder. */
function parts(date: string): [number, number, number] | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? [Number(match[1]), Number(match[2]) - 1, Number(match[3])] : undefined;
}

const monthDayYear = (date: string) => {
  const p = parts(date);
  return p ? `${MONTHS[p[1]]} ${p[2]}, ${p[0]}` : date;
};
const dayMonYear = (date: string) => {
  const p = parts(date);
  return p ? `${p[2]} ${MLA_MONTHS[p[1]]} ${p[0]}` : date;
};

/** The four citations of one paragraph. Titles stay as published (no case changes). */
export function citations(source: CitationSource, target: CitationTarget): Record<CitationStyle, string> {
  const { speaker, title, occasion, place, date, translator, edition } = source;
  const { paragraph, url, accessed } = target;
  const year = date.slice(0, 4);
  const [, month = 0, day = 1] = parts(date) ?? [];
  const key = `${speaker.family}${year}-p${paragraph}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
  return {
    // Chinese names keep their order (family name first) in Chicago running text.
    Chicago: `${speaker.family} ${speaker.given}, “${title}” (speech, ${occasion}, ${place}, ${monthDayYear(date)}), trans. ${translator}, ¶ ${paragraph}, in ${edition}, ${url}, accessed ${monthDayYear(accessed)}.`,
    MLA: `${speaker.family}, ${speaker.given}. “${title}.” ${occasion}, ${dayMonYear(date)}, ${place}. Translated by ${translator}, par. ${paragraph}. ${edition}, ${url}. Accessed ${dayMonYear(accessed)}.`,
    APA: `${speaker.family}, ${speaker.given.charAt(0)}. (${year}, ${MONTHS[month]} ${day}). ${title} [Speech, ${occasion}, ${place}; ${translator}, Trans.]. In ${edition} (para. ${paragraph}). Retrieved ${monthDayYear(accessed)}, from ${url}`,
    BibTeX: [
      `@misc{${key},`,
      `  author = {${speaker.family}, ${speaker.given}},`,
      `  title = {{${title}}},`,
      `  howpublished = {Speech, ${occasion}, ${place}},`,
      `  year = {${year}},`,
      `  month = ${BIBTEX_MONTHS[month]},`,
      `  day = {${day}},`,
      `  note = {Translated by ${translator}. Paragraph ${paragraph}, in ${edition}},`,
      `  url = {${url}},`,
      `  urldate = {${accessed}}`,
      '}',
    ].join('\n'),
  };
}
