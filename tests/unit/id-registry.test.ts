import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { renderFixture } from '../support/process.ts';

async function failure(fixture: string): Promise<VFileMessage> {
  const error = await renderFixture(fixture).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(VFileMessage);
  return error as VFileMessage;
}

describe('the id registry keeps published links alive', () => {
  it('stops the build at the registry line of a published id that is gone and not moved', async () => {
    const error = await failure('registry-gone.md');
    expect(error.ruleId).toBe('published-id-gone');
    expect(error.reason).toMatch(/Published id `p3` is gone from the speech.*under `moved:`/);
    expect(error.file).toBe('tests/fixtures/content/registry-gone.ids.yaml');
    expect([error.line, error.column]).toEqual([4, 5]);
  });

  it('stops the build at the speech line of a new id that is not registered', async () => {
    const error = await failure('registry-unlisted.md');
    expect(error.ruleId).toBe('unregistered-id');
    expect(error.file).toBe('tests/fixtures/content/registry-unlisted.md');
    expect([error.line, error.column]).toEqual([5, 1]);
  });

  it('stops the build when an id is moved to one that does not exist', async () => {
    const error = await failure('registry-moved-nowhere.md');
    expect(error.ruleId).toBe('moved-to-nothing');
    expect(error.file).toBe('tests/fixtures/content/registry-moved-nowhere.ids.yaml');
    expect([error.line, error.column]).toEqual([5, 7]);
  });

  it('keeps a moved id as an anchor at the start of its successor', async () => {
    const { html } = await renderFixture('registry-moved.md');
    expect(html).toContain('<p id="p2" data-block="" data-n="2"><span id="p3" data-moved-to="p2" data-editorial=""></span>');
  });
});
