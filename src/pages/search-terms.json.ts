import type { APIRoute } from 'astro';
import { loadReaderSpeech } from '../build/speech.ts';

/** The speech's terms list for the search (src/shared/search-terms.ts), fetched on its first query. */
export const GET: APIRoute = async () => {
  const { terms } = await loadReaderSpeech();
  return new Response(JSON.stringify({ terms }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
