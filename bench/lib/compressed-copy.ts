import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Types a CDN compresses; Pagefind's index files are gzip already and stay as they are. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.webmanifest']);

/**
 * A copy of dist/ with a `.br` beside every compressible file, so the static
 * server answers with brotli as a CDN would (sirv serves the `.br` when the
 * browser accepts it). Returns the copy's path.
 */
export async function compressedCopy(dist: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'lu-wei-bench-'));
  await cp(dist, copy, { recursive: true });
  const entries = await readdir(copy, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const path = join(entry.parentPath, entry.name);
    const body = await readFile(path);
    await writeFile(`${path}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return copy;
}
