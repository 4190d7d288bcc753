import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkFrontmatter, describeFailure } from '../../src/lib/frontmatter-check.ts';
import { speechSchema } from '../../src/lib/speech-schema.ts';

async function check(name: string) {
  const path = `tests/fixtures/frontmatter/${name}`;
  const value = await readFile(new URL(`../fixtures/frontmatter/${name}`, import.meta.url), 'utf8');
  try {
    checkFrontmatter(value, path, speechSchema);
    return undefined;
  } catch (error) {
    return describeFailure(error);
  }
}

describe('frontmatter that fails the schema names the field and where it is', () => {
  it('accepts the real speech frontmatter', async () => {
    expect(await check('good.md')).toBeUndefined();
  });

  it.each([
    ['missing-title.md', 'tests/fixtures/frontmatter/missing-title.md:1:1: Frontmatter field `title`: missing'],
    ['bad-date.md', 'tests/fixtures/frontmatter/bad-date.md:12:7: Frontmatter field `date`: expected an ISO date such as 2014-12-02'],
    ['bad-url.md', 'tests/fixtures/frontmatter/bad-url.md:17:8: Frontmatter field `translation.url`: Invalid URL'],
    ['unknown-field.md', 'tests/fixtures/frontmatter/unknown-field.md:14:1: Frontmatter field `languages`: not a field of the schema (misspelt?)'],
  ])('%s', async (name, expected) => {
    expect(await check(name)).toBe(expected);
  });

  it('reports YAML syntax errors with their position', async () => {
    expect(await check('bad-yaml.md')).toMatch(/^tests\/fixtures\/frontmatter\/bad-yaml\.md:\d+:\d+: Frontmatter is not valid YAML/);
  });
});
