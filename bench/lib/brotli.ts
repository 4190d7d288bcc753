import { brotliCompressSync, constants } from 'node:zlib';

/** Brotli at the highest quality, as a CDN pre-compresses static files. */
export function brotliSize(data: string | Uint8Array): number {
  return brotliCompressSync(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
}
