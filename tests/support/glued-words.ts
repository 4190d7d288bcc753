// Finds words run together in a page's prose, as a reader would see them: across the edge of
// an inline element ("a" + <a>W3C</a> shown as "aW3C", <code>x</code> + "attribute") and at the
// seams a template leaves between text and an inserted value ("at the" + "7th" shown as
// "at the7th", "2014:" + "Mutual"). It reads the HTML, not a rendering, so it can run over
// every built page without a browser.
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface Glue {
  /** What the reader sees around the seam, with `|` at the seam. */
  context: string;
  rule: 'element-edge' | 'text-seam';
}

/** Elements that start a new line or box: text on either side of them is never run together. */
const BLOCKS = new Set(
  'address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section summary table tbody td tfoot th thead tr ul option select textarea button input label'.split(
    ' ',
  ),
);
/** Never shown as prose. */
/** Never shown as prose; `pre` keeps its own spacing (BibTeX, code). */
const SKIPPED = new Set(['script', 'style', 'template', 'title', 'meta', 'link', 'svg', 'math', 'noscript', 'pre']);
/** Code-like text, where `a:b` or `x2` is what was meant. */
const CODE = new Set(['code', 'kbd', 'samp', 'var']);
/** Set apart by CSS, never read into the words beside them: the ¶ number sits in the margin. */
const OUT_OF_FLOW = ['pn'];

const LATIN = /[\p{Script=Latin}\d]/u;
const LETTER = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;
/**
 * Both sides of an element edge that must not touch: two Latin letters or digits, or a Latin
 * letter against Chinese (digits inside Chinese text take no space: 近50家).
 */
function glued(before: string, after: string): boolean {
  if (LATIN.test(before) && LATIN.test(after)) return true;
  return (LETTER.test(before) && HAN.test(after)) || (HAN.test(before) && LETTER.test(after));
}

const classes = (el: Element) => (Array.isArray(el.properties.className) ? el.properties.className.map(String) : []);

/**
 * Inside one run of text: a word of two or more lowercase letters straight into a digit
 * ("its18", "on2"), a colon or semicolon straight into a word ("2014:Mutual"), a lowercase
 * word straight into Chinese or back ("is沟通").
 */
const TEXT_SEAMS = [/\b[a-z]{2,}(?=\d)/g, /[\p{L}\d][:;](?=\p{Lu}|\p{Ll}{2})/gu, /[a-z](?=\p{Script=Han})/gu, /\p{Script=Han}(?=[a-z])/gu];
const URLISH = /\b(?:https?|mailto|urn|doi):|\/\/|\w\.\w+\//;

interface Run {
  text: string;
  /** Offsets in `text` where an inline element starts or ends. */
  edges: number[];
  /** Offsets in `text` covered by code-like elements: [start, end). */
  code: [number, number][];
}

/** The page's prose cut into runs at block boundaries, with the edges of inline elements inside each run. */
function runs(tree: Root): Run[] {
  const done: Run[] = [];
  let run: Run = { text: '', edges: [], code: [] };
  const flush = () => {
    if (run.text.trim()) done.push(run);
    run = { text: '', edges: [], code: [] };
  };
  const walk = (node: Root | RootContent, exempt: boolean) => {
    if (node.type === 'text') {
      run.text += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const el = node as Element;
      if (SKIPPED.has(el.tagName) || classes(el).some((c) => OUT_OF_FLOW.includes(c))) return;
      if (BLOCKS.has(el.tagName)) {
        flush();
        el.children.forEach((child) => walk(child, false));
        flush();
        return;
      }
      // A note's number is set as a superscript: "phrase¹" is meant.
      const noteMark = el.tagName === 'sup';
      const start = run.text.length;
      if (!exempt && !noteMark) run.edges.push(start);
      el.children.forEach((child) => walk(child, exempt || noteMark));
      if (!exempt && !noteMark) run.edges.push(run.text.length);
      if (CODE.has(el.tagName)) run.code.push([start, run.text.length]);
      return;
    }
    node.children.forEach((child) => walk(child, exempt));
  };
  walk(tree, false);
  flush();
  return done;
}

function contextAt(text: string, at: number): string {
  const clip = (s: string) => s.replace(/\s+/g, ' ');
  return `${clip(text.slice(Math.max(0, at - 24), at)).trimStart()}|${clip(text.slice(at, at + 24)).trimEnd()}`;
}

/** Every place in the page's prose where two words touch that a reader would read apart. */
export function findGluedWords(html: string): Glue[] {
  const found: Glue[] = [];
  const seen = new Set<string>();
  const report = (text: string, at: number, rule: Glue['rule']) => {
    const context = contextAt(text, at);
    if (!seen.has(context)) found.push({ context, rule });
    seen.add(context);
  };
  for (const { text, edges, code } of runs(fromHtml(html))) {
    const inCode = (at: number) => code.some(([s, e]) => at > s && at < e);
    for (const at of new Set(edges)) {
      if (at === 0 || at >= text.length) continue;
      if (glued(text[at - 1]!, text[at]!)) report(text, at, 'element-edge');
    }
    for (const pattern of TEXT_SEAMS) {
      for (const match of text.matchAll(pattern)) {
        const at = match.index + match[0].length;
        if (inCode(at)) continue;
        const word = /\S*$/.exec(text.slice(0, at))![0] + /^\S*/.exec(text.slice(at))![0];
        if (URLISH.test(word)) continue;
        report(text, at, 'text-seam');
      }
    }
  }
  return found;
}
