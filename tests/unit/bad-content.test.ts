import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { renderFixture } from '../support/process.ts';

/** Each bad fixture must stop the build with its own rule at its own place. */
const cases: Array<[fixture: string, ruleId: string, line: number, column: number]> = [
  ['duplicate-id.md', 'duplicate-id', 5, 1],
  ['block-without-id.md', 'block-without-id', 5, 1],
  ['malformed-id.md', 'malformed-id', 5, 1],
  ['stray-fence.md', 'stray-directive-syntax', 8, 1],
  ['unclosed-brace.md', 'unclosed-attributes', 5, 9],
  ['unclosed-emendation.md', 'unclosed-attributes', 2, 38],
  ['unknown-directive.md', 'unknown-directive', 2, 15],
  ['text-outside-block.md', 'text-outside-block', 5, 1],
  ['emendation-without-reading.md', 'sic-without-reading', 2, 27],
  ['unclosed-block.md', 'block-not-one-paragraph', 1, 1],
  ['wrong-directive-form.md', 'wrong-directive-form', 5, 1],
  ['note-missing.md', 'note-missing', 2, 20],
  ['note-unreferenced.md', 'note-unreferenced', 5, 1],
  ['note-duplicate-id.md', 'duplicate-id', 11, 1],
  ['note-unknown-kind.md', 'note-kind', 5, 1],
  ['note-without-source.md', 'note-without-source', 5, 1],
  ['note-referenced-twice.md', 'note-referenced-twice', 2, 40],
  ['registry-missing.md', 'registry-missing', 1, 1],
];

describe('bad content stops the build with file:line:col', () => {
  it.each(cases)('%s', async (fixture, ruleId, line, column) => {
    const error = await renderFixture(fixture).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(VFileMessage);
    const failure = error as VFileMessage;
    expect(failure.ruleId).toBe(ruleId);
    expect(failure.source).toBe('edition');
    expect(failure.file).toBe(`tests/fixtures/content/${fixture}`);
    expect([failure.line, failure.column]).toEqual([line, column]);
    // What a terminal shows: path:line:col, then the reason.
    expect(String(failure)).toContain(`${line}:${column}`);
  });

  it('names what is wrong in words a writer can act on', async () => {
    const reason = (fixture: string) => renderFixture(fixture).then(() => '', (e: VFileMessage) => e.reason);
    expect(await reason('unclosed-brace.md')).toMatch(/never closed: `\{` in “:::block\{#p2/);
    expect(await reason('note-referenced-twice.md')).toMatch(/referenced twice \(first on line 2\)/);
    expect(await reason('unknown-directive.md')).toMatch(/known: :::block, ::section, :sic, :note, :::note/);
  });
});

/** A bad entry in a speech's terms list (`*.terms.yaml` beside it) stops the build at its line in the list. */
const termCases: Array<[fixture: string, ruleId: string, line: number, column: number]> = [
  ['terms-bad-yaml', 'terms-yaml', 4, 1],
  ['terms-bad-entry', 'terms-entry', 4, 5],
  ['terms-bad-field', 'terms-field', 5, 5],
  ['terms-not-in-speech', 'terms-not-in-speech', 3, 13],
  ['terms-duplicate', 'terms-duplicate', 6, 22],
];

describe('a bad terms list stops the build with terms.yaml:line:col', () => {
  it.each(termCases)('%s', async (fixture, ruleId, line, column) => {
    const error = await renderFixture(`${fixture}.md`).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(VFileMessage);
    const failure = error as VFileMessage;
    expect([failure.ruleId, failure.file, failure.line, failure.column]).toEqual([ruleId, `tests/fixtures/content/${fixture}.terms.yaml`, line, column]);
    expect(String(failure)).toContain(`${fixture}.terms.yaml:${line}:${column}`);
  });
});
