/**
 * Corrections the edition applies to the official CSL styles it vendors
 * (tools/vendor-csl.ts writes them into src/build/csl/ after every update;
 * `node tools/vendor-csl.ts --patch` applies them to the files already there).
 * Each is a defect in the upstream style, named with where it is reported, and
 * each is idempotent: patching a patched style changes nothing.
 */
export interface CslPatch {
  style: string;
  why: string;
  apply: (xml: string) => string;
}

/** Replaces `from` once; a style that has neither `from` nor `to` has changed upstream and the patch must be looked at again. */
const replaceOnce = (from: string, to: string) => (xml: string) => {
  if (xml.includes(to)) return xml;
  if (!xml.includes(from)) throw new Error(`CSL patch no longer applies: ${JSON.stringify(from.trim().slice(0, 80))}`);
  return xml.replace(from, to);
};

export const CSL_PATCHES: CslPatch[] = [
  {
    style: 'modern-language-association',
    why:
      'The in-text citation joins a non-page locator to its label with no space ("para.12"); ' +
      'MLA Handbook 9th ed. 6.22–23 puts a space. Reported upstream as citation-style-language/styles#7569 (open) and #7597.',
    apply: replaceOnce(
      '<group>\n              <label variable="locator" form="short"/>',
      '<group delimiter=" ">\n              <label variable="locator" form="short"/>',
    ),
  },
  {
    style: 'modern-language-association',
    why:
      'MLA abbreviates paragraph as "par.", plural "pars." (MLA Handbook 9th ed., appendix 1); ' +
      'the style takes the en-US locale’s "para." (the Chicago and APA form), so the style’s own locale says it.',
    apply: replaceOnce(
      '      <term name="translator" form="short">trans.</term>\n    </terms>',
      '      <term name="translator" form="short">trans.</term>\n      <term name="paragraph" form="short">\n        <single>par.</single>\n        <multiple>pars.</multiple>\n      </term>\n    </terms>',
    ),
  },
];

export function patchStyle(id: string, xml: string): string {
  return CSL_PATCHES.filter((patch) => patch.style === id).reduce((text, patch) => patch.apply(text), xml);
}
