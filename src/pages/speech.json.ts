import type { APIRoute } from 'astro';
import { getReaderSpeech, renderSpeech } from '../build/speech.ts';
import { speechExport } from '../build/open-data.ts';

/** The speech as open data, built with the site: metadata, verbatim paragraphs, notes. */
export const GET: APIRoute = async ({ site }) => {
  const speech = await getReaderSpeech();
  const { Content: _content, ...rendered } = await renderSpeech(speech);
  const base = new URL(import.meta.env.BASE_URL, site);
  const body = speechExport(speech.data, rendered, base.href, new URL('schemas/speech.schema.json', base).href);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
