import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { publishedBlocks, witnessTexts } from '../support/pages.ts';
import { NOTE_SELECTOR } from '../../src/shared/markup.ts';

async function validator(name: string) {
  const schema = JSON.parse(await readFile(new URL(`../../public/schemas/${name}`, import.meta.url), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

interface SpeechJson {
  paragraphs: Array<{ id: string; number: number; url: string; text: string }>;
  notes: Array<{ id: string; paragraph: string; paragraphNumber: number; phrase: string; url: string; text: string; sources: unknown[]; kind: string }>;
}
interface Annotation {
  id: string;
  target: { source: string; selector: [{ value: string }, { exact: string; prefix: string; suffix: string }] };
}

test.describe('/speech.json', () => {
  test('is served as JSON and matches its published schema', async ({ request }) => {
    const response = await request.get('/speech.json');
    expect(response.headers()['content-type']).toContain('application/json');
    const data = await response.json();
    const validate = await validator('speech.schema.json');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    // The schema is not vacuous: a paragraph without its text fails it.
    const broken = structuredClone(data);
    delete broken.paragraphs[0].text;
    expect(validate(broken)).toBe(false);
  });

  test('holds every paragraph word for word, as the reader shows it and as it was published', async ({ request, page }) => {
    const data: SpeechJson = await (await request.get('/speech.json')).json();
    await page.goto('/');
    const shown = await witnessTexts(page);
    expect(data.paragraphs.map((p) => p.text)).toEqual(shown);
    const texts = data.paragraphs.map((p) => p.text);
    expect(texts).toEqual(publishedBlocks());
    expect(data.paragraphs.map((p) => p.number)).toEqual(shown.map((_, i) => i + 1));
  });

  test('holds every note with the published words it annotates, linked to the reader', async ({ request, page }) => {
    const data: SpeechJson = await (await request.get('/speech.json')).json();
    await page.goto('/');
    expect(data.notes).toHaveLength(await page.locator(NOTE_SELECTOR).count());
    const textOf = new Map(data.paragraphs.map((p) => [p.id, p]));
    for (const note of data.notes) {
      expect(textOf.get(note.paragraph)?.text, note.id).toContain(note.phrase);
      expect(textOf.get(note.paragraph)?.number).toBe(note.paragraphNumber);
      expect(new URL(note.url).hash).toBe(`#${note.id}`);
      await expect(page.locator(`#${note.paragraph} a.note-ref[href="#${note.id}"]`)).toHaveCount(1);
      if (note.kind !== 'editorial') expect(note.sources.length, note.id).toBeGreaterThan(0);
      // Robust Links: every linked source has its archived copy and the day it was consulted.
      for (const source of note.sources as Array<{ url?: string; versionUrl?: string; versionDate?: string }>) {
        if (!source.url) continue;
        expect(source.versionUrl, source.url).toBe(`https://web.archive.org/web/${source.versionDate?.replace(/-/g, '')}000000/${source.url}`);
      }
      expect(note.text).not.toContain('Sources');
    }
  });
});

test.describe('/annotations.jsonld', () => {
  test('is a Web Annotation collection matching its published schema, one annotation per note', async ({ request }) => {
    const response = await request.get('/annotations.jsonld');
    const data = await response.json();
    const validate = await validator('annotations.schema.json');
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const speech: SpeechJson = await (await request.get('/speech.json')).json();
    expect(data.total).toBe(speech.notes.length);
    expect(data.first.items).toHaveLength(speech.notes.length);
  });

  test('targets each phrase in its paragraph: the quote and its context are the published words', async ({ request, page }) => {
    const data = await (await request.get('/annotations.jsonld')).json();
    const speech: SpeechJson = await (await request.get('/speech.json')).json();
    await page.goto('/');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const textOf = new Map(speech.paragraphs.map((p) => [p.id, p.text]));
    for (const annotation of data.first.items as Annotation[]) {
      const [fragment, quote] = annotation.target.selector;
      expect(annotation.target.source).toBe(canonical);
      const text = textOf.get(fragment.value) ?? '';
      expect(text, annotation.id).toContain(quote.exact);
      expect(text, annotation.id).toContain(quote.prefix + quote.exact + quote.suffix);
      expect(quote.prefix.length + quote.suffix.length).toBeGreaterThan(0);
    }
  });
});

test('the reader and the About page point to the data', async ({ page }) => {
  for (const path of ['/', '/about/']) {
    await page.goto(path);
    await expect(page.locator('link[rel="alternate"][type="application/json"]')).toHaveAttribute('href', '/speech.json');
    await expect(page.locator('link[rel="alternate"][type="application/ld+json"]')).toHaveAttribute('href', '/annotations.jsonld');
  }
  await expect(page.getByRole('link', { name: 'speech.json', exact: true })).toHaveAttribute('href', '/speech.json');
  await expect(page.getByRole('link', { name: 'annotations.jsonld', exact: true })).toHaveAttribute('href', '/annotations.jsonld');
});
