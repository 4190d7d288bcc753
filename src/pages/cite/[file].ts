import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../../shared/address.ts';
import { getReaderSpeech, loadReaderSpeech } from '../../build/speech.ts';
import { speechItem } from '../../build/csl-item.ts';
import { EXPORTS, type ExportFormat } from '../../build/cite-exports.ts';
import { citeTemplates } from '../../build/cite-render.ts';
import { CITE_TEMPLATES } from '../../shared/export-formats.ts';

/**
 * Built with the site: `/cite/speech.{json,ris,bib}` and `/cite/p12.{json,ris,bib}`
 * (one per paragraph), at SITE_URL; and `/cite/templates.json`, the rendered
 * citations the reader's Cite panel fills in.
 */
export const getStaticPaths = (async () => {
  const { blocks } = await loadReaderSpeech();
  const targets = ['speech', ...blocks.map((b) => b.id)];
  return [
    { params: { file: CITE_TEMPLATES }, props: { target: '', format: 'templates' as const } },
    ...targets.flatMap((target) => (Object.keys(EXPORTS) as ExportFormat[]).map((format) => ({ params: { file: `${target}.${format}` }, props: { target, format } }))),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { target, format } = props as { target: string; format: ExportFormat | 'templates' };
  const { data } = await getReaderSpeech();
  if (format === 'templates') return new Response(JSON.stringify(citeTemplates(data)), { headers: { 'content-type': 'application/json' } });
  const reader = absoluteUrl('', site).href;
  const item = speechItem(data, target === 'speech' ? reader : `${reader}#${target}`);
  return new Response(EXPORTS[format].write(item), { headers: { 'content-type': EXPORTS[format].type } });
};
