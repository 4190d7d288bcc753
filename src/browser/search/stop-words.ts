/**
 * English function words. They count inside a phrase and when they are all a
 * reader typed, but never match, mark or rank a block on their own: "of" alone
 * is in nearly every paragraph and note.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by can do for from had has have he her his i if in into is it its me my no not of on or our ' +
    'she so than that the their them then there these they this those to too us was we were what when where which who will with you your'
  ).split(' '),
);
