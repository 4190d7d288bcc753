import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { bodyOf, renderSpeechMarkdown } from '../support/process.ts';
import { witnessText } from '../../src/build/markdown/witness-text.ts';
import { readerSpeechFile } from '../support/speech-files.ts';
import { BLOCK_SELECTOR } from '../../src/shared/markup.ts';
import { readerBlockCount } from '../support/speech-files.ts';

const BLOCKS = readerBlockCount();

const speechFile = readerSpeechFile();
const rendered = await renderSpeechMarkdown(bodyOf(speechFile.markdown), speechFile.path);
const blocks = selectAll(BLOCK_SELECTOR, fromHtml(rendered.html, { fragment: true }));

describe('the speech as authored', () => {
  it('has its blocks, counted in the Markdown, with ids p1…pN in reading order', () => {
    expect(blocks.map((b) => b.properties.id)).toEqual(Array.from({ length: BLOCKS }, (_, i) => `p${i + 1}`));
  });

  it('matches the source capture block for block once editorial elements are removed', () => {
    expect(speechFile.published).toHaveLength(BLOCKS);
    expect(blocks.map(witnessText)).toEqual(speechFile.published);
  });

  it('numbers each block once, in reading order, as the data the pages read', () => {
    expect(blocks.map((b) => b.properties.dataN)).toEqual(Array.from({ length: BLOCKS }, (_, i) => `${i + 1}`));
    expect(rendered.speech.blocks?.map((b) => b.number)).toEqual(Array.from({ length: BLOCKS }, (_, i) => i + 1));
  });

  it('marks every translation slip the issue names, with the edition’s reading', () => {
    const pairs = (rendered.speech.emendations ?? []).map((e) => `${e.published} → ${e.reading}`);
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
