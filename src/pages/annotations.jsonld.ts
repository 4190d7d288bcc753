import type { APIRoute } from 'astro';
import { getReaderSpeech, renderSpeech } from '../build/speech.ts';
import { annotationCollection } from '../build/open-data.ts';

/** The notes as a W3C Web Annotation collection, built with the site. */
export const GET: APIRoute = async ({ site }) => {
  const speech = await getReaderSpeech();
  const { Content: _content, ...rendered } = await renderSpeech(speech);
  const base = new URL(import.meta.env.BASE_URL, site);
  const body = annotationCollection(speech.data, rendered, base.href, new URL('annotations.jsonld', base).href);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
