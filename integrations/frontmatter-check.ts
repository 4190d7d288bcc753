import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SPEECHES_DIR } from '../src/build/content-paths.ts';
import { checkFrontmatter, describeFailure } from '../src/build/frontmatter-check.ts';
import { speechSchema } from '../src/build/speech-schema.ts';

/** Stops dev and build before content sync when a speech's frontmatter is invalid. */
export default function frontmatterCheck(): AstroIntegration {
  return {
    name: 'frontmatter-check',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        const dir = join(fileURLToPath(config.root), SPEECHES_DIR);
        const names = (await readdir(dir)).filter((name) => name.endsWith('.md'));
        for (const name of names) {
          const path = join(SPEECHES_DIR, name);
          try {
            checkFrontmatter(await readFile(join(dir, name), 'utf8'), path, speechSchema);
          } catch (error) {
            // Astro prints only the message, so the location goes into it.
            throw new Error(describeFailure(error), { cause: error });
          }
        }
      },
    },
  };
}
