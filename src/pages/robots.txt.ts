import type { APIRoute } from 'astro';
import { absoluteUrl } from '../shared/address.ts';

/** Everything may be crawled; the sitemap's address follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml', site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
