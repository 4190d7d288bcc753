import { describe, expect, it } from 'vitest';
import { basePath, siteUrl, siteUrlWarning } from '../../src/build/deploy-config.ts';

describe('deployment settings from the environment', () => {
  it('defaults to the local preview server at the root', () => {
    expect(siteUrl({})).toBe('http://localhost:4321');
    expect(basePath({})).toBe('/');
  });

  it('normalises a sub-path to one leading and one trailing slash', () => {
    expect(basePath({ BASE_PATH: 'editions/lu-wei' })).toBe('/editions/lu-wei/');
    expect(basePath({ BASE_PATH: '//editions/lu-wei//' })).toBe('/editions/lu-wei/');
  });

  it('keeps only the origin of SITE_URL (the path belongs in BASE_PATH)', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org/some/path' })).toBe('https://example.org');
  });

  it('rejects a SITE_URL that is not a URL', () => {
    expect(() => siteUrl({ SITE_URL: 'example.org' })).toThrow();
  });

  it('warns once, plainly, when SITE_URL is missing, and says how to set it', () => {
    expect(siteUrlWarning({})).toMatch(/^SITE_URL is not set: canonical URLs.* will point at http:\/\/localhost:4321\. .*SITE_URL=https:\/\/.* npm run build$/);
    expect(siteUrlWarning({ SITE_URL: 'https://example.org' })).toBeUndefined();
  });
});
