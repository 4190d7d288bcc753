import { describe, expect, it } from 'vitest';
import { renderSpeechMarkdown } from '../support/process.ts';

const note = (body: string) => `:::block{#p1}
The :note[Ocean Platform]{#yingtai} meeting.
:::

:::note{#yingtai kind=editorial title="Yingtai (瀛台)"}
${body}
:::
`;

const snippet = (markdown: string) => renderSpeechMarkdown(markdown, 'snippet.md', { registry: false });

describe('Chinese inside English text', () => {
  it('is marked lang="zh", pinyin and English are not', async () => {
    const { html } = await snippet(note('The Chinese has 瀛台会 (Yíngtái huì), a place in Zhongnanhai.'));
    expect(html).toContain('The Chinese has <span lang="zh">瀛台会</span> (Yíngtái huì), a place in Zhongnanhai.');
  });

  it('keeps a transcribed name with its middle dot in one run, and covers note titles', async () => {
    const { html } = await snippet(note('Chinese reports write 凯瑟琳·诺韦利, then 中美 again.'));
    expect(html).toContain('<span lang="zh">凯瑟琳·诺韦利</span>, then <span lang="zh">中美</span> again.');
    expect(html).toContain('Yingtai (<span lang="zh">瀛台</span>)');
  });
});
