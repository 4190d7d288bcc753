import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every custom property a stylesheet reads is declared in one (tokens.css, or the rule that owns it),
// so a renamed token cannot leave a rule reading nothing (a font shorthand with an undefined
// var() is dropped whole, silently). A var() with a fallback may name a property set by script.
const dir = new URL('../../src/styles/', import.meta.url);
const sheets = readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => ({ file: f, css: readFileSync(new URL(f, dir), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') }));
const declared = new Set(sheets.flatMap(({ css }) => [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])));

describe('the stylesheets', () => {
  it('read only custom properties that a stylesheet declares', () => {
    const missing = sheets.flatMap(({ file, css }) =>
      [...css.matchAll(/var\(\s*(--[\w-]+)\s*([,)])/g)].filter(([, name, end]) => end === ')' && !declared.has(name!)).map(([, name]) => `${file}: ${name}`),
    );
    expect(missing).toEqual([]);
  });
});
