import type { APIRoute } from 'astro';
import { absoluteUrl } from '../shared/address.ts';
import { loadReaderSpeech } from '../build/speech.ts';
import { annotationCollection } from '../build/open-data.ts';

/** The notes as a W3C Web Annotation collection, built with the site. */
export const GET: APIRoute = async ({ site }) => {
  const { speech: _entry, data, Content: _content, ...rendered } = await loadReaderSpeech();
  const base = absoluteUrl('', site);
  const body = annotationCollection(data, rendered, base.href, new URL('annotations.jsonld', base).href);
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
