/**
 * The unit search compares: a run of letters and digits inside one of the
 * index's words (Pagefind splits on whitespace only), so "win-win", "Sino-US"
 * and "JD.com" are two tokens each and a reader may type them with a space.
 * Apostrophes stay inside a token ("China’s" is one); the key drops a
 * possessive 's, other apostrophes, case and accents, so "china", "China's"
 * and "CHINA’S" compare equal.
 */
export interface Token {
  /** The index's word position (Pagefind's location) the token lies in. */
  word: number;
  /** Where the token starts and ends inside that word, in UTF-16 units. */
  from: number;
  to: number;
  key: string;
}

const PART = /[\p{L}\p{N}'’]+/gu;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether the text holds a letter or a digit: what words, and so searches, are made of. */
export const hasWordCharacter = (text: string): boolean => WORD_CHARACTER.test(text);
const HAN = /\p{Script=Han}/u;

export const isHan = (key: string): boolean => HAN.test(key);

const PLAIN = /^[A-Za-z0-9]+$/;

export function tokenKey(text: string): string {
  if (PLAIN.test(text)) return text.toLowerCase();
  // "China’s" is "China": a reader typing "China market" means "China’s market".
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');
}

/** The tokens of one word, at word position `word`. */
export function tokenize(text: string, word = 0): Token[] {
  // Most words are plain letters with perhaps a comma or stop after them.
  const plain = /^([A-Za-z0-9]+)[,.;:!?]?$/.exec(text);
  if (plain) return [{ word, from: 0, to: plain[1]!.length, key: plain[1]!.toLowerCase() }];
  const tokens: Token[] = [];
  for (const match of text.matchAll(PART)) {
    const lead = /^['’]*/.exec(match[0])![0].length;
    const core = match[0].slice(lead).replace(/['’]+$/, '');
    const key = tokenKey(core);
    if (key) tokens.push({ word, from: match.index + lead, to: match.index + lead + core.length, key });
  }
  return tokens;
}
