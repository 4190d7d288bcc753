import type { Root } from 'hast';
import { findAndReplace } from 'hast-util-find-and-replace';
import { h } from 'hastscript';

/**
 * A run of Chinese characters (with the punctuation that joins them, such as
 * the middle dot in transcribed names). Pinyin stays outside: it is Latin text.
 */
const HAN_RUN = /[\u3400-\u9fff\uf900-\ufaff](?:[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef·]*[\u3400-\u9fff\uf900-\ufaff])?/gu;

/**
 * Marks Chinese inside English text with `lang="zh"`, so screen readers switch
 * voice and browsers pick a Chinese font. Elements already carrying a `lang`
 * are left as they are.
 */
export default function rehypeChineseLang() {
  return (tree: Root) => {
    findAndReplace(tree, [HAN_RUN, (match: string) => h('span', { lang: 'zh' }, match)], {
      ignore: (node) => node.type === 'element' && (node.properties.lang !== undefined || node.tagName === 'script'),
    });
  };
}
