// /about/'s example citations are rendered when the site is built, at the address it was built for
// (SITE_URL, or the local preview's). Like the Cite panel, they show the address the reader is on.
import { pathWithBase } from '../shared/address.ts';
import { BUILT_ADDRESS_ATTR } from '../shared/markup.ts';

const here = new URL(pathWithBase(), location.origin).href;
for (const example of document.querySelectorAll<HTMLElement>(`[${BUILT_ADDRESS_ATTR}]`)) {
  const built = example.getAttribute(BUILT_ADDRESS_ATTR)!;
  if (built === here) continue;
  const walker = document.createTreeWalker(example, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) node.nodeValue = node.nodeValue!.replaceAll(built, here);
}
