/** The parts of Pagefind's fragment data this edition reads. */
export interface PagefindAnchor {
  element: string;
  id: string;
  location: number;
}
export interface WeightedLocation {
  location: number;
  balanced_score: number;
}
export interface PageHits {
  content: string;
  anchors: PagefindAnchor[];
  weighted_locations: WeightedLocation[];
}

/** One paragraph or note with every hit that falls inside it. */
export interface BlockHits {
  id: string;
  /** Word positions in Pagefind's content where this block starts and ends. */
  start: number;
  end: number;
  /** Hit positions, ascending. */
  locations: number[];
  /** Matches: runs of adjacent hit words (a phrase counts once). */
  matches: number;
  /** Sum of the hits' weights: the block's relevance after coverage. */
  score: number;
  /** How many different searched words the block holds (a block with all of them ranks first). */
  coverage: number;
}

let lastSplit: { content: string; words: string[] } | undefined;

/**
 * Pagefind splits its content into words on whitespace (but not on U+FEFF).
 * The content is the same page for every search, so the last split is kept.
 */
export function contentWords(content: string): string[] {
  if (lastSplit?.content !== content) lastSplit = { content, words: content.split(/[^\S\uFEFF]+/) };
  return lastSplit.words;
}

/** Lower-case letters and digits only, so "Sovereignty," and "sovereignty" are one word. */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Groups Pagefind's page-level hits by the paragraph or note they fall in: each
 * hit belongs to the last anchor at or before it that `isBlock` accepts
 * (paragraph and note ids; the ids of phrases and titles inside them do not
 * start a block). Blocks are ranked by how many different words they hold,
 * then by the weight of their hits, then in reading order.
 */
export function groupHits(page: PageHits, isBlock: (anchor: PagefindAnchor) => boolean): BlockHits[] {
  const words = contentWords(page.content);
  const blocks = page.anchors.filter(isBlock).sort((a, b) => a.location - b.location);
  const byId = new Map<string, BlockHits & { keys: Set<string>; order: number }>();
  for (const hit of [...page.weighted_locations].sort((a, b) => a.location - b.location)) {
    let index = -1;
    for (let i = 0; i < blocks.length && blocks[i]!.location <= hit.location; i++) index = i;
    if (index < 0) continue;
    const anchor = blocks[index]!;
    let block = byId.get(anchor.id);
    if (!block) {
      const end = blocks[index + 1]?.location ?? words.length;
      block = { id: anchor.id, start: anchor.location, end, locations: [], matches: 0, score: 0, coverage: 0, keys: new Set(), order: index };
      byId.set(anchor.id, block);
    }
    if (block.locations.at(-1) === hit.location) continue;
    if (block.locations.at(-1) !== hit.location - 1) block.matches++;
    block.locations.push(hit.location);
    block.score += hit.balanced_score;
    block.keys.add(wordKey(words[hit.location] ?? ''));
  }
  return [...byId.values()]
    .map(({ keys, ...block }) => ({ ...block, coverage: keys.size }))
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.order - b.order)
    .map(({ order: _order, ...block }) => block);
}

/**
 * Every place a phrase occurs, word for word. Pagefind's own phrase search
 * reports one occurrence per page; a reader wants each paragraph that has it.
 * Words compare by letters and digits only, so case, punctuation and straight
 * or curly apostrophes do not matter ("China's" finds "China’s").
 */
export function phraseLocations(content: string, phrase: string[], score: number): WeightedLocation[] {
  const keys = contentWords(content).map(wordKey);
  const wanted = phrase.map(wordKey).filter(Boolean);
  const found: WeightedLocation[] = [];
  if (wanted.length === 0) return found;
  for (let i = 0; i + wanted.length <= keys.length; i++) {
    if (wanted.every((key, j) => keys[i + j] === key)) {
      for (let j = 0; j < wanted.length; j++) found.push({ location: i + j, balanced_score: score });
    }
  }
  return found;
}

/** A run of excerpt text, marked when it is a hit. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/**
 * Up to `length` words of a block around its first hit, hits marked. Parts are
 * plain strings: the caller turns them into text nodes, never into HTML.
 */
export function excerpt(content: string, block: BlockHits, length = 32): ExcerptPart[] {
  const words = contentWords(content);
  const first = block.locations[0] ?? block.start;
  const to = Math.min(block.end, Math.max(first - Math.floor(length / 3), block.start) + length);
  const from = Math.max(block.start, to - length);
  const hits = new Set(block.locations);
  const parts: ExcerptPart[] = [];
  const push = (text: string, hit: boolean) => {
    const last = parts.at(-1);
    if (last && !last.hit && !hit) last.text += text;
    else if (text) parts.push({ text, hit });
  };
  if (from > block.start) push('… ', false);
  for (let i = from; i < to; i++) {
    if (i > from) push(' ', false);
    const word = words[i] ?? '';
    if (!hits.has(i)) {
      push(word, false);
      continue;
    }
    // Mark the word, not the comma or quote stuck to it.
    const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
    push(before, false);
    push(core, true);
    push(after, false);
  }
  if (to < block.end) push(' …', false);
  return parts;
}
