import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

interface SpeechExport {
  title: string;
  speaker: string;
  occasion: string;
  date: string;
  paragraphs: Array<{ id: string; text: string }>;
  notes: Array<{ paragraph: string; title: string; html: string; sources: Array<{ text: string; url?: string }> }>;
}

export interface BarePages {
  /** The speech's words only. */
  speech: string;
  /** The speech and its notes with their sources: the words the reader's text floor counts. */
  speechAndNotes: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function bareNote(note: SpeechExport['notes'][number]): string {
  const sources = note.sources.map((s) => `<li>${escape(s.text)}${s.url ? `. <a href="${escape(s.url)}">${escape(s.url)}</a>` : ''}</li>`);
  return `<aside><h2>${escape(note.title)}</h2>${note.html}<p>Sources</p><ul>${sources.join('')}</ul></aside>`;
}

function document(speech: SpeechExport, withNotes: boolean): string {
  const byline = `${speech.speaker}, ${speech.occasion}, ${speech.date}`;
  const body = speech.paragraphs.flatMap((p) => [
    `<p>${escape(p.text)}</p>`,
    ...(withNotes ? speech.notes.filter((n) => n.paragraph === p.id).map(bareNote) : []),
  ]);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No favicon request: a 404 in the console would cost the bare page points it should not lose.
    '<link rel="icon" href="data:,">',
    `<title>${escape(speech.title)}</title>`,
    `<meta name="description" content="${escape(byline)}">`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escape(speech.title)}</h1>`,
    `<p>${escape(byline)}</p>`,
    ...body,
    '</main>',
    '</body>',
    '</html>',
  ].join('\n');
}

async function write(served: string, path: string, html: string): Promise<string> {
  const dir = join(served, path);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'index.html'), html);
  await writeFile(join(dir, 'index.html.br'), brotliCompressSync(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  return `/${path}/`;
}

/**
 * The speech as bare HTML, no styles and no scripts, written from dist/speech.json into
 * `served` (a compressed copy of dist/) with brotli twins: the pages the reader's
 * Lighthouse LCP is compared with. Note HTML is the edition's own, built from its content.
 */
export async function writeBarePages(served: string): Promise<BarePages> {
  const speech = JSON.parse(await readFile(join(served, 'speech.json'), 'utf8')) as SpeechExport;
  return {
    speech: await write(served, 'bare', document(speech, false)),
    speechAndNotes: await write(served, 'bare-notes', document(speech, true)),
  };
}
