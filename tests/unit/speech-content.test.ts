import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { bodyOf, renderSpeechMarkdown } from './support/process.ts';
import { witnessText } from '../../src/markdown/witness-text.ts';
import { captureBlocks } from '../../src/lib/source-capture.ts';

const root = new URL('../../', import.meta.url);
const markdown = await readFile(new URL('content/speeches/lu-wei-2014-12-02.md', root), 'utf8');
const capture = await readFile(new URL('content/source/lu-wei-2014-12-02.txt', root), 'utf8');
const rendered = await renderSpeechMarkdown(bodyOf(markdown), 'content/speeches/lu-wei-2014-12-02.md');
const blocks = selectAll('[data-block]', fromHtml(rendered.html, { fragment: true }));

describe('the speech as authored', () => {
  it('has 18 blocks with ids p1…p18 in reading order', () => {
    expect(blocks.map((b) => b.properties.id)).toEqual(Array.from({ length: 18 }, (_, i) => `p${i + 1}`));
  });

  it('matches the source capture block for block once editorial elements are removed', () => {
    const texts = blocks.map(witnessText);
    const published = captureBlocks(capture, texts[0] ?? '', texts.at(-1) ?? '');
    expect(texts).toEqual(published);
  });

  it('marks every translation slip the issue names, with the edition’s reading', () => {
    const pairs = (rendered.frontmatter.emendations as Array<{ published: string; reading: string }>).map(
      (e) => `${e.published} → ${e.reading}`,
    );
    expect(pairs).toEqual(
      expect.arrayContaining([
        'tends → trends',
        'designation → destination',
        'pints → points',
        'governments → governance',
        's if → as if',
        'even thought → even though',
        'large of small → large or small',
        'resect → respect',
        'Mundi → Mundie',
        'Dongjing → Jingdong',
      ]),
    );
  });
});
