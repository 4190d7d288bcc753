import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { speechSchema } from './build/speech-schema.ts';
import { SPEECHES_DIR } from './build/content-paths.ts';

const speeches = defineCollection({
  // deferRender: the Markdown is rendered as a module at build time, so a content
  // error stops the build instead of being logged and rendered as an empty page.
  loader: glob({ pattern: '*.md', base: `./${SPEECHES_DIR}`, deferRender: true }),
  schema: speechSchema,
});

export const collections = { speeches };
