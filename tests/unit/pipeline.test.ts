import { describe, expect, it } from 'vitest';
import { renderFixture } from '../support/process.ts';

describe('the speech pipeline on well-formed content', () => {
  it('turns each block into a paragraph carrying its own id and a numbered permalink', async () => {
    const { html } = await renderFixture('good.md');
    expect(html).toContain('<p id="p1" data-block="" data-n="1">');
    expect(html).toContain('<a class="pn" href="#p2" data-editorial=""><span class="visually-hidden">Paragraph </span>2</a>');
    expect(html.match(/data-block=""/g)).toHaveLength(3);
  });

  it('keeps the published words of an emendation and marks the reading as editorial', async () => {
    const { html } = await renderFixture('good.md');
    expect(html).toContain(
      '<span class="sic">tends</span><span class="corr" data-editorial=""> [<span class="visually-hidden">read: </span>trends]</span>',
    );
  });

  it('renders sections as editorial headings and does not leak the lead marker', async () => {
    const { html } = await renderFixture('good.md');
    expect(html).toContain('<h2 id="greeting" class="section-head" data-section="" data-editorial="">Greeting</h2>');
    expect(html).not.toContain('data-lead');
  });

  it('hands the page an outline quoting the opening sentence of lead blocks', async () => {
    const { speech } = await renderFixture('good.md');
    expect(speech.outline).toEqual([
      {
        id: 'greeting',
        title: 'Greeting',
        first: 1,
        last: 2,
        entries: [{ id: 'p1', number: 1, lead: 'Respected madam Catherine Novelli, welcome.' }],
      },
      { id: 'thanks', title: 'Thanks', first: 3, last: 3, entries: [{ id: 'p3', number: 3, lead: 'Thank you, everyone!' }] },
    ]);
    expect(speech.blocks?.map((b) => [b.id, b.number])).toEqual([
      ['p1', 1],
      ['p2', 2],
      ['p3', 3],
    ]);
  });

  it('lists emendations with the block they stand in', async () => {
    const { speech } = await renderFixture('good.md');
    expect(speech.emendations).toEqual([{ block: 'p2', published: 'tends', reading: 'trends' }]);
  });
});
