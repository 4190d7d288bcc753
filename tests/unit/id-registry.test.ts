import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { renderFixture } from './support/process.ts';

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
    expect(error.reason).toMatch(/Published id `p3` is gone from the speech.*under `moved:`/);
    expect(error.file).toBe('tests/fixtures/content/registry-gone.ids.yaml');
    expect([error.line, error.column]).toEqual([4, 5]);
  });

  it('stops the build at the speech line of a new id that is not registered', async () => {
    const error = await failure('registry-unlisted.md');
    expect(error.reason).toMatch(/New id `#p2` is not in the id registry/);
    expect(error.file).toBe('tests/fixtures/content/registry-unlisted.md');
    expect([error.line, error.column]).toEqual([5, 1]);
  });

  it('stops the build when an id is moved to one that does not exist', async () => {
    const error = await failure('registry-moved-nowhere.md');
    expect(error.reason).toMatch(/`p2` is moved to `p9`, which is not a paragraph or note/);
    expect(error.file).toBe('tests/fixtures/content/registry-moved-nowhere.ids.yaml');
    expect([error.line, error.column]).toEqual([5, 7]);
  });

  it('keeps a moved id as an anchor at the start of its successor and hands the map to the page', async () => {
    const { html, frontmatter } = await renderFixture('registry-moved.md');
    expect(html).toContain('<p id="p2" data-block=""><span id="p3" data-moved-to="p2" data-editorial=""></span>');
    expect(frontmatter.movedIds).toEqual({ p3: 'p2' });
  });
});
