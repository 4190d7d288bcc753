import type { APIRoute } from 'astro';
import { absoluteUrl } from '../shared/address.ts';
import { loadReaderSpeech } from '../build/speech.ts';
import { speechExport } from '../build/open-data.ts';

/** The speech as open data, built with the site: metadata, verbatim paragraphs, notes. */
export const GET: APIRoute = async ({ site }) => {
  const { speech: _entry, data, Content: _content, ...rendered } = await loadReaderSpeech();
  const base = absoluteUrl('', site);
  const body = speechExport(data, rendered, base.href, new URL('schemas/speech.schema.json', base).href);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
