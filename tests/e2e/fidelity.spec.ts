import { expect, test } from '@playwright/test';
import { publishedBlocks, witnessTexts } from '../support/pages.ts';
import { readerBlockCount } from '../support/speech-files.ts';

const BLOCKS = readerBlockCount();

for (const javaScriptEnabled of [true, false]) {
  test.describe(`witness text ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test('every block equals the source capture once [data-editorial] is removed', async ({ page }) => {
      await page.goto('/');
      const texts = await witnessTexts(page);
      const published = publishedBlocks();
      expect(published).toHaveLength(BLOCKS);
      expect(texts).toHaveLength(BLOCKS);
      texts.forEach((text, i) => expect(text, `block ${i + 1}`).toBe(published[i]));
    });
  });
}

test('both the published slip and the edition’s reading are in the page text', async ({ page }) => {
  await page.goto('/');
  const p6 = page.locator('#p6');
  await expect(p6).toContainText('general tends');
  await expect(p6.locator('[data-editorial]').filter({ hasText: 'trends' })).toHaveCount(1);
  await expect(page.locator('#p11')).toContainText('Dongjing');
  await expect(page.locator('#p11 .corr[data-editorial]')).toContainText('Jingdong');
});

test('the Chinese title and name are marked as Chinese', async ({ page }) => {
  await page.goto('/');
  const head = page.locator('.speech-head');
  await expect(head.locator('[lang="zh"]').filter({ hasText: '沟通中互信 合作中共赢' })).toBeVisible();
  await expect(head.locator('[lang="zh"]').filter({ hasText: '鲁炜' })).toBeVisible();
});
