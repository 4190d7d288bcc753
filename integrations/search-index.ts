import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_EXCLUDES } from '../src/shared/search-excludes.ts';

/**
 * Builds the Pagefind index into `dist/pagefind/` once Astro has written the
 * pages, through Pagefind's Node API: one build command, no second CLI step
 * that a deploy could forget, and the exclusions live in code next to the
 * markup they describe. Only elements marked `data-pagefind-body` (the speech
 * and its notes on the reader) are indexed; site chrome never is.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...SEARCH_EXCLUDES] });
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`indexed ${added.page_count} page(s) into pagefind/`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
