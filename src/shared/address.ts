/**
 * The site's addresses, from one fact: the base path it is built under (BASE_PATH, `/` by default;
 * Vite writes it into every module at build time as `import.meta.env.BASE_URL`, always ending in `/`).
 * Pages and the browser's scripts ask here, never read the base themselves.
 */
export const BASE_PATH: string = import.meta.env.BASE_URL;

/** A path of the site under its base: `pathWithBase('notes/')` is `/notes/`, or `/edition/notes/` under a sub-path. */
export const pathWithBase = (path = ''): string => `${BASE_PATH}${path.replace(/^\/+/, '')}`;

/** The absolute address of a path of the site, on `site` (Astro's `site`: SITE_URL, or the local preview). */
export const absoluteUrl = (path: string, site: URL | string | undefined): URL => new URL(pathWithBase(path), site);
