import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

/**
 * The house's rules, read off the imports by dependency-cruiser: code bundled into pages
 * (src/browser/) reaches only browser/ and shared/ (and the stylesheets it loads), shared/ imports
 * only shared/ (docs/house.md says why), neither uses Node's modules, and no module imports itself round a circle. Type-only imports count: a circle
 * of types is still a circle a reader has to untangle.
 */
const RULES: NonNullable<NonNullable<Parameters<typeof cruise>[1]>['ruleSet']> = {
  forbidden: [
    { name: 'no-import-cycle', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'browser-imports-browser-or-shared',
      severity: 'error',
      from: { path: '(^|/)src/browser/' },
      to: { dependencyTypesNot: ['npm', 'npm-dev'], pathNot: '(^|/)src/(browser|shared|styles)/' },
    },
    { name: 'browser-and-shared-use-no-node', severity: 'error', from: { path: '(^|/)src/(browser|shared)/' }, to: { dependencyTypes: ['core'] } },
    {
      name: 'shared-imports-only-shared',
      severity: 'error',
      from: { path: '(^|/)src/shared/' },
      to: { dependencyTypesNot: ['npm', 'npm-dev'], pathNot: '(^|/)src/shared/' },
    },
  ],
};

async function violations(paths: string[]): Promise<string[]> {
  const result = await cruise(paths, {
    tsPreCompilationDeps: true,
    exclude: { path: ['node_modules', ...(paths.some((p) => p.startsWith('tests/fixtures')) ? [] : ['^tests/fixtures/'])] },
    validate: true,
    ruleSet: RULES,
  });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser gave a report, not a result');
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('the house', () => {
  it('has no import cycle, and browser/ and shared/ import only what they may', async () => {
    expect(await violations(['src', 'integrations', 'tools', 'bench', 'tests', 'astro.config.mjs', 'playwright.config.ts'])).toEqual([]);
  }, 30_000);

  it('the rules catch a circle, a browser module reaching into build/, and a shared module importing local code', async () => {
    const found = await violations(['tests/fixtures/house']);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no-import-cycle: .*loop-a\.ts → .*loop-b\.ts$/),
        expect.stringMatching(/^browser-imports-browser-or-shared: .*reads-build\.ts → .*build\/loop-a\.ts$/),
        expect.stringMatching(/^shared-imports-only-shared: .*imports-local\.ts → .*build\/loop-b\.ts$/),
      ]),
    );
  }, 30_000);
});
