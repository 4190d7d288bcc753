import { readFile } from 'node:fs/promises';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { speechRemarkPlugins, speechRehypePlugins } from '../../src/build/markdown/pipeline.ts';
import rehypeIdRegistry from '../../src/build/markdown/id-registry.ts';
import type { SpeechPageData } from '../../src/build/markdown/page-data.ts';

/**
 * The same remark/rehype chain Astro runs on a speech, without Astro. A snippet written
 * inside a test has no id registry beside it: `{ registry: false }` leaves that one check out.
 * `frontmatter` is what Astro hands the plugins (the speech's, for the Robust Links' date).
 */
export async function renderSpeechMarkdown(
  value: string,
  path: string,
  options: { registry?: boolean; frontmatter?: Record<string, unknown> } = {},
) {
  const rehypePlugins = options.registry === false ? speechRehypePlugins.filter((plugin) => plugin !== rehypeIdRegistry) : speechRehypePlugins;
  const file = new VFile({ path, value, data: { astro: { frontmatter: options.frontmatter ?? {} } } });
  const processor = unified()
    .use(remarkParse)
    .use(speechRemarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(rehypePlugins as PluggableList)
    .use(rehypeStringify);
  const result = await processor.process(file);
  // What Astro hands the page as `remarkPluginFrontmatter.speech`.
  const speech = (result.data.astro as { frontmatter: { speech: Partial<SpeechPageData> } }).frontmatter.speech;
  return { html: String(result), speech };
}

export async function renderFixture(name: string) {
  const path = new URL(`../fixtures/content/${name}`, import.meta.url);
  return renderSpeechMarkdown(await readFile(path, 'utf8'), `tests/fixtures/content/${name}`);
}

/** Strips a leading frontmatter block, as Astro does before rendering (keeping line numbers). */
export function bodyOf(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ''));
}
