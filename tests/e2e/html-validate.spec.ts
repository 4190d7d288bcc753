import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST as dist } from '../support/pages.ts';
import { HtmlValidate } from 'html-validate';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

test.describe('built HTML', () => {
  test('every page in dist/ passes html-validate (recommended + document presets)', async () => {
    const files = await htmlFiles(dist);
    expect(files.length).toBeGreaterThanOrEqual(3);
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended', 'html-validate:document'],
      // Integrity hashes guard files from other origins; every script here is same-origin,
      // served with the page it belongs to (and no page loads anything from elsewhere).
      rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
    });
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(await readFile(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${relative(dist, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
