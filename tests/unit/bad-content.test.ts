import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { renderFixture } from './support/process.ts';

/** Each bad fixture must stop the build with its own message at its own place. */
const cases: Array<[fixture: string, message: RegExp, line: number, column: number]> = [
  ['duplicate-id.md', /Duplicate id `#p1`: already used on line 1/, 5, 1],
  ['block-without-id.md', /Block without an id/, 5, 1],
  ['malformed-id.md', /Malformed id `#Para_2`/, 5, 1],
  ['stray-fence.md', /Directive-like text did not parse: `:::`/, 8, 1],
  ['unclosed-brace.md', /Directive-like text did not parse: `:::`/, 5, 1],
  ['unclosed-emendation.md', /Directive-like text did not parse: `\{`/, 2, 38],
  ['unknown-directive.md', /Unknown directive `:gloss`; known: :::block, ::section, :sic, :note, :::note/, 2, 15],
  ['text-outside-block.md', /Text outside a block/, 5, 1],
  ['emendation-without-reading.md', /`:sic\[tends\]` needs the edition's reading/, 2, 27],
  ['unclosed-block.md', /Block `#p1` must hold exactly one paragraph .*closing `:::` missing/, 1, 1],
  ['wrong-directive-form.md', /`:::section` must be written `::section`/, 5, 1],
  ['note-missing.md', /`:note\[…\]\{#sunnyland\}` refers to a note that does not exist/, 2, 20],
  ['note-unreferenced.md', /Note `#sunnylands` is never referenced/, 5, 1],
  ['note-duplicate-id.md', /Duplicate id `#sunnylands`: already used on line 5/, 11, 1],
  ['note-unknown-kind.md', /Note `#sunnylands` has an unknown kind `place`; use one of: person, organisation/, 5, 1],
  ['note-without-source.md', /Note `#sunnylands` \(event\) states facts but names no source/, 5, 1],
  ['note-referenced-twice.md', /Note `#sunnylands` is referenced twice \(first on line 2\)/, 2, 40],
];

describe('bad content stops the build with file:line:col', () => {
  it.each(cases)('%s', async (fixture, message, line, column) => {
    const error = await renderFixture(fixture).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(VFileMessage);
    const failure = error as VFileMessage;
    expect(failure.reason).toMatch(message);
    expect(failure.file).toBe(`tests/fixtures/content/${fixture}`);
    expect([failure.line, failure.column]).toEqual([line, column]);
    // What a terminal shows: path:line:col, then the reason.
    expect(String(failure)).toContain(`${line}:${column}`);
  });
});
