import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { renderFixture, renderSpeechMarkdown } from '../support/process.ts';
import { witnessText } from '../../src/build/markdown/witness-text.ts';

describe('notes', () => {
  it('turns the marked phrase into a link to its note without changing the witness words', async () => {
    const { html } = await renderFixture('notes-good.md');
    const tree = fromHtml(html, { fragment: true });
    const ref = select('#p1 a.note-ref', tree);
    expect(ref?.properties.href).toBe('#sunnylands');
    expect(ref?.properties.id).toBe('ref-sunnylands');
    expect(witnessText(select('#p1', tree)!)).toBe('From the Annenberg “estate meeting” to the Ocean Platform.');
  });

  it('numbers notes in the order their phrases are read, and places each after its block', async () => {
    const { html } = await renderFixture('notes-good.md');
    const tree = fromHtml(html, { fragment: true });
    const order = tree.children.flatMap((el) => (el.type === 'element' ? [String(el.properties.id)] : []));
    expect(order).toEqual(['p1', 'sunnylands', 'yingtai', 'p2']);
    expect(html).toMatch(/<sup class="note-mark" data-editorial=""><span class="visually-hidden"> note <\/span>1<\/sup>/);
  });

  it('renders each note as a named aside that states its kind in words and links to itself', async () => {
    const { html } = await renderFixture('notes-good.md');
    const aside = select('aside#sunnylands', fromHtml(html, { fragment: true }));
    expect(aside?.properties).toMatchObject({ role: 'note', ariaLabelledBy: ['sunnylands-t'], dataKind: 'event' });
    expect(html).toContain('<span class="note-kind">Event</span>');
    expect(html).toContain('<a class="note-n" href="#sunnylands">');
    expect(html).toContain('<p class="note-src">Sources</p><ul class="note-sources">');
    expect(html).toContain('<a href="#ref-sunnylands">Close<span class="visually-hidden"> note</span></a>');
  });

  it('hands the pages an index of notes with their phrase, block and body', async () => {
    const { speech } = await renderFixture('notes-good.md');
    const [first] = speech.notes!;
    expect(first).toMatchObject({ id: 'sunnylands', number: 1, kind: 'event', block: 'p1', phrase: '“estate meeting”' });
    expect(first?.text).toMatch(/^Xi Jinping and Barack Obama met at Sunnylands/);
    expect(first?.html).toContain('<a href="https://example.org/remarks">');
  });

  it('separates a note’s own words from its sources, and locates its phrase in the published words', async () => {
    const { speech } = await renderFixture('notes-good.md');
    const [sunnylands, editorial] = speech.notes!;
    expect(sunnylands?.text).toBe('Xi Jinping and Barack Obama met at Sunnylands on 7–8 June 2013.');
    expect(sunnylands?.bodyHtml).toBe('<p>Xi Jinping and Barack Obama met at Sunnylands on 7–8 June 2013.</p>');
    expect(sunnylands?.sources).toEqual([{ text: 'The White House, “Remarks”, 7 June 2013', url: 'https://example.org/remarks' }]);
    expect(editorial?.sources).toEqual([]);
    const [p1] = speech.blocks!;
    expect(p1?.text).toBe('From the Annenberg “estate meeting” to the Ocean Platform.');
    expect(p1?.text.slice(sunnylands!.offset).startsWith('“estate meeting”')).toBe(true);
    expect(p1?.text.slice(editorial!.offset)).toBe('Ocean Platform.');
  });

  it('shows a source address given as its own text decoded, so it wraps like words; the link is unchanged', async () => {
    const url = 'https://example.org/xinwen/%E9%B2%81%E7%82%9C/1';
    const { html } = await renderSpeechMarkdown(
      `:::block{#p1}\nThe :note[forum]{#forum} met.\n:::\n\n:::note{#forum kind=event title="Forum"}\nIt met.\n\n- Xinhua, “Report”. <${url}>\n:::\n`,
      'test.md',
      { registry: false },
    );
    const link = select('.note-sources a', fromHtml(html, { fragment: true }));
    expect(link?.properties.href).toBe(url);
    expect(toString(link!)).toBe('https://example.org/xinwen/鲁炜/1');
  });

  it('puts Close right after the title line, so a phone’s sheet has it at the top', async () => {
    const { html } = await renderFixture('notes-good.md');
    const aside = select('aside#sunnylands', fromHtml(html, { fragment: true }))!;
    const classes = aside.children.flatMap((c) => (c.type === 'element' ? [String((c.properties.className as string[])?.[0])] : []));
    expect(classes.slice(0, 2)).toEqual(['note-head', 'note-close']);
  });
});
