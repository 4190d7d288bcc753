/** The edition's own name, as citations and Open Graph give it. */
export const EDITION_NAME = 'Lu Wei, 2 December 2014: a reading edition';
