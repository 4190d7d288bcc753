import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { readerSpeechFile } from './speech-files.ts';
import { BLOCK_SELECTOR } from '../../src/shared/markup.ts';

/** The built site the tests read files from: the one the test server serves (DIST_DIR, as in tools/serve-dist.ts). */
export const DIST = process.env.DIST_DIR ?? fileURLToPath(new URL('../../dist/', import.meta.url));

/** Pages every site-wide check visits. */
export const PAGES = ['/', '/notes/', '/about/', '/no-such-page/'] as const;

/** Each block's text with the edition's additions removed, as a reader's tool would compute it. */
export function witnessTexts(page: Page): Promise<string[]> {
  return page.$$eval(BLOCK_SELECTOR, (blocks) =>
    blocks.map((block) => {
      const copy = block.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-editorial]').forEach((el) => el.remove());
      return copy.textContent ?? '';
    }),
  );
}

/** The published blocks of the speech the reader shows, from the source capture kept in the repository. */
export const publishedBlocks = (): string[] => readerSpeechFile().published;

/** Collects uncaught page errors and any alert/confirm/prompt (a sign that injected script ran). */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return errors;
}

/** Selects the first occurrence of `words` inside `#id`, as a reader dragging over them would. */
export async function select(page: Page, id: string, words: string) {
  await page.evaluate(
    ([id, words]) => {
      const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`"${words}" not found in #${id}`);
    },
    [id, words] as const,
  );
}
