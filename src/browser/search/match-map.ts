import type { Corpus } from './corpus.ts';
import type { Ranking } from './rank.ts';

/** One paragraph of the speech on the map of a search's results. */
export interface BlockCount {
  id: string;
  /** The matches the results mark in it: its `hits`, the spans the highlight on arrival marks. */
  count: number;
}

/** Every paragraph of the speech in reading order, with how many matches the ranking marks in it. */
export function matchMap(corpus: Corpus, ranking: Ranking): BlockCount[] {
  const hits = new Map(ranking.speech.map((block) => [block.id, block.hits]));
  return corpus.blocks.filter((block) => !block.note).map(({ id }) => ({ id, count: hits.get(id) ?? 0 }));
}
