import { readFile } from 'node:fs/promises';
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { speechRemarkPlugins, speechRehypePlugins } from '../../../src/markdown/pipeline.ts';

/** The same remark/rehype chain Astro runs on a speech, without Astro. */
export async function renderSpeechMarkdown(value: string, path = 'test.md', initialFrontmatter: Record<string, unknown> = {}) {
  const file = new VFile({ path, value, data: { astro: { frontmatter: initialFrontmatter } } });
  const processor = unified()
    .use(remarkParse)
    .use(speechRemarkPlugins as PluggableList)
    .use(remarkRehype)
    .use(speechRehypePlugins as PluggableList)
    .use(rehypeStringify);
  const result = await processor.process(file);
  const frontmatter = (result.data.astro as { frontmatter: Record<string, unknown> }).frontmatter;
  return { html: String(result), frontmatter };
}

export async function renderFixture(name: string) {
  const path = new URL(`../../fixtures/content/${name}`, import.meta.url);
  return renderSpeechMarkdown(await readFile(path, 'utf8'), `tests/fixtures/content/${name}`);
}

/** Strips a leading frontmatter block, as Astro does before rendering (keeping line numbers). */
export function bodyOf(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, (fm) => fm.replace(/[^\n]/g, ''));
}
