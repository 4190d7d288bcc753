/** The class of the "archived copy" link beside a note's source (the build's and the page's). */
export const ARCHIVED_CLASS = 'archived';

/** The Internet Archive's address for `url` as of `date` ("YYYY-MM-DD"); the Archive redirects it to the nearest capture. */
export const archiveUrl = (url: string, date: string) => `https://web.archive.org/web/${date.replace(/-/g, '')}000000/${url}`;
