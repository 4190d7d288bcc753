import { markSpans, type Mark, type Span } from './rank.ts';

/** A run of excerpt text, marked when it is a hit. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

/** The stretches of word `w` that spans cover, as [from, to] pairs. */
function marked(spans: Span[], words: string[], w: number): Array<[number, number]> {
  const length = (words[w] ?? '').length;
  return spans
    .filter((span) => span.start.word <= w && span.end.word >= w)
    .map((span) => [span.start.word === w ? span.start.from : 0, span.end.word === w ? span.end.to : length]);
}

/**
 * Up to `length` words of a block around its longest marked run (its first
 * match, for a query of one word), matches marked. Parts are plain strings:
 * the caller turns them into text nodes, never into HTML.
 */
export function excerpt(words: string[], block: { start: number; end: number; marks: Mark[] }, length = 32): ExcerptPart[] {
  const spans = markSpans(block.marks, words);
  const focus = spans.reduce<Span | undefined>((best, span) => (!best || span.end.word - span.start.word > best.end.word - best.start.word ? span : best), undefined);
  const first = focus?.start.word ?? block.start;
  const to = Math.min(block.end, Math.max(first - Math.floor(length / 3), block.start) + length);
  const from = Math.max(block.start, to - length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, hit: boolean) => {
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += text;
    else if (text) parts.push({ text, hit });
  };
  if (from > block.start) push('… ', false);
  for (let i = from; i < to; i++) {
    if (i > from) push(' ', spans.some((span) => span.start.word < i && span.end.word >= i));
    const word = words[i] ?? '';
    let at = 0;
    for (const [start, end] of marked(spans, words, i)) {
      push(word.slice(at, start), false);
      push(word.slice(start, end), true);
      at = end;
    }
    push(word.slice(at), false);
  }
  if (to < block.end) push(' …', false);
  return parts;
}
