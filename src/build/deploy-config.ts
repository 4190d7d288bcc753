/**
 * Where the built site will live. Both come from the environment so one build
 * can target a domain root or a sub-path without editing code.
 */
type Env = Record<string, string | undefined>;

const DEFAULT_SITE = 'http://localhost:4321';

/** Absolute origin (plus optional path) used for canonical URLs and citations. */
export function siteUrl(env: Env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE;
  const url = new URL(raw);
  return url.origin;
}

/** Sub-path the site is served under, always with a leading slash. */
export function basePath(env: Env): string {
  const raw = env.BASE_PATH?.trim() || '/';
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The one warning a build without SITE_URL prints: what will be wrong, and how to set it. */
export function siteUrlWarning(env: Env): string | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return `SITE_URL is not set: canonical URLs, citation tags, the sitemap, speech.json, annotations.jsonld and the citation downloads will point at ${DEFAULT_SITE}. Build for the address the site will have: SITE_URL=https://your.domain npm run build`;
}
