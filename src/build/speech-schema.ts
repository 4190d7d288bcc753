import { z } from 'astro/zod';

const isoDate = z.coerce.date({ error: 'expected an ISO date such as 2014-12-02' });

/** Everything a citation of the speech needs, checked at build time. */
export const speechSchema = z
  .object({
    title: z.string().min(1),
    titleZh: z.string().min(1),
    description: z.string().min(20).max(300),
    speaker: z.string().min(1),
    speakerZh: z.string().min(1),
    /** The speaker's name split as reference managers want it (family name first in citations). */
    speakerName: z.object({ family: z.string().min(1), given: z.string().min(1) }).strict(),
    speakerOffice: z.string().min(1),
    occasion: z.string().min(1),
    place: z.string().min(1),
    /** The place as citations and reference managers give it (no country). */
    city: z.string().min(1),
    date: isoDate,
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as "en"'),
    translation: z
      .object({
        publisher: z.string().min(1),
        title: z.string().min(1),
        url: z.url(),
        date: isoDate,
      })
      .strict(),
    /** The text the translation renders, and the copies of it the notes rely on. */
    original: z
      .object({
        title: z.string().min(1),
        language: z.string().min(2),
        publisher: z.string().min(1),
        date: isoDate,
        copies: z.array(z.object({ label: z.string().min(1), url: z.url(), date: isoDate }).strict()).min(1),
      })
      .strict()
      .optional(),
    /** The day the notes' sources were last consulted: their Robust Links point to the Internet Archive at this date. */
    sourcesAccessed: isoDate,
    /** File name under content/source/ of the capture the text is checked against (by the tests). */
    sourceCapture: z.string().regex(/^[\w.-]+\.txt$/),
    /** The edition's own names, which the site's pages show around the speech. */
    edition: z
      .object({
        /** The edition's title, as citations and Open Graph give it. */
        name: z.string().min(1),
        /** The edition's title in citations, downloads and CITATION.cff (the name above is the site's). */
        title: z.string().min(1),
        /**
         * Who made it: a named entity (the project publishes no personal names), for what needs
         * someone (CITATION.cff's authors, the About and Notes pages' author tag). Citations
         * carry no editor: they name the edition by its title alone.
         */
        maker: z.string().min(1),
        /** The date of this version of the edition. */
        date: isoDate,
        /** The site's name in its header. */
        shortName: z.string().min(1),
        /** Follows each page's own title in the document title ("Notes · …"). */
        titleSuffix: z.string().min(1),
        /** Every page's footer: what is the source's and what is the edition's. */
        footer: z.string().min(1),
      })
      .strict(),
  })
  .strict();

export type SpeechData = z.infer<typeof speechSchema>;
