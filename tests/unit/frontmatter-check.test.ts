import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { checkFrontmatter, describeFailure } from '../../src/build/frontmatter-check.ts';
import { SPEECHES_DIR } from '../../src/build/content-paths.ts';
import { speechSchema } from '../../src/build/speech-schema.ts';

const root = new URL('../../', import.meta.url);

async function check(path: string): Promise<VFileMessage | undefined> {
  try {
    checkFrontmatter(await readFile(new URL(path, root), 'utf8'), path, speechSchema);
    return undefined;
  } catch (error) {
    if (error instanceof VFileMessage) return error;
    throw error;
  }
}

describe('frontmatter that fails the schema names the field and where it is', () => {
  it('accepts the frontmatter of every speech in the content', async () => {
    const speeches = (await readdir(new URL(`${SPEECHES_DIR}/`, root))).filter((name) => name.endsWith('.md'));
    expect(speeches.length).toBeGreaterThan(0);
    for (const name of speeches) expect(await check(`${SPEECHES_DIR}/${name}`), name).toBeUndefined();
  });

  it.each([
    ['missing-title.md', 'frontmatter-field', 'tests/fixtures/frontmatter/missing-title.md:1:1: Frontmatter field `title`: missing'],
    ['bad-date.md', 'frontmatter-field', 'tests/fixtures/frontmatter/bad-date.md:12:7: Frontmatter field `date`: expected an ISO date such as 2014-12-02'],
    ['bad-url.md', 'frontmatter-field', 'tests/fixtures/frontmatter/bad-url.md:17:8: Frontmatter field `translation.url`: Invalid URL'],
    [
      'unknown-field.md',
      'frontmatter-unknown-field',
      'tests/fixtures/frontmatter/unknown-field.md:14:1: Frontmatter field `languages`: not a field of the schema (misspelt?)',
    ],
  ])('%s', async (name, ruleId, described) => {
    const error = await check(`tests/fixtures/frontmatter/${name}`);
    expect(error?.ruleId).toBe(ruleId);
    expect(describeFailure(error)).toBe(described);
  });

  it('reports YAML syntax errors with their position', async () => {
    const error = await check('tests/fixtures/frontmatter/bad-yaml.md');
    expect(error?.ruleId).toBe('frontmatter-yaml');
    expect(describeFailure(error)).toMatch(/^tests\/fixtures\/frontmatter\/bad-yaml\.md:\d+:\d+: Frontmatter is not valid YAML/);
  });
});
