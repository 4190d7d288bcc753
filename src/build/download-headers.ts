/**
 * The response headers of the citation downloads, in the `_headers` format
 * Netlify and Cloudflare Pages read (a path line, then indented
 * `Name: value` lines): written into `dist/_headers` by the build
 * (integrations/download-headers.ts) and sent by the test server
 * (tools/serve-dist.ts), which reads them back from there.
 */
import { CITE_DIR, CITE_TEMPLATES, EXPORT_TYPES } from '../shared/export-formats.ts';

type Format = keyof typeof EXPORT_TYPES;
const isFormat = (ext: string): ext is Format => Object.hasOwn(EXPORT_TYPES, ext);

/** One rule a download: its exact path under `base` and its media type. */
export function downloadRules(files: string[], base: string): string {
  const rules = files
    .filter((file) => file !== CITE_TEMPLATES)
    .flatMap((file) => {
      const ext = file.slice(file.lastIndexOf('.') + 1);
      return isFormat(ext) ? [`${base}${CITE_DIR}/${file}\n  Content-Type: ${EXPORT_TYPES[ext]}`] : [];
    })
    .sort();
  return `\n# Citation downloads (written by the build): their media types, one exact path each, as every host reads those.\n${rules.join('\n')}\n`;
}

/** The Content-Type each exact path (no `*`) in a `_headers` file sets. */
export function contentTypes(headers: string): Map<string, string> {
  const types = new Map<string, string>();
  let path: string | undefined;
  for (const line of headers.split('\n')) {
    if (line.startsWith('/')) path = line.includes('*') ? undefined : line.trim();
    else if (path && /^\s+content-type:/i.test(line)) types.set(path, line.slice(line.indexOf(':') + 1).trim());
  }
  return types;
}
