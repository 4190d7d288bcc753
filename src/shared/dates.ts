/** "2 December 2014": the date style of the source and of citations. */
export function formatDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "2014-12-02", for `datetime` attributes and metadata. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
