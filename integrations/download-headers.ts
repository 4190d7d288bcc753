import type { AstroIntegration } from 'astro';
import { appendFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CITE_DIR } from '../src/shared/export-formats.ts';
import { downloadRules } from '../src/build/download-headers.ts';

/**
 * Adds the citation downloads' media types to `dist/_headers` (copied from
 * public/_headers): static hosts guess a type from the extension and know
 * none for .ris or .bib, and would send CSL-JSON as plain JSON.
 */
export default function downloadHeaders(base: string): AstroIntegration {
  return {
    name: 'download-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = await readdir(join(root, CITE_DIR)).catch(() => [] as string[]);
        await appendFile(join(root, '_headers'), downloadRules(files, base));
      },
    },
  };
}
