// Marks the rail's entry for the part of the page being read (aria-current="location"): the last
// entry whose target has passed the top third of the screen (entries are in the page's order).
// The rail works without this.
import { RAIL_SELECTOR } from '../shared/markup.ts';

const rail = document.querySelector<HTMLElement>(RAIL_SELECTOR);
const links = [...(rail?.querySelectorAll('a') ?? [])];
let frame = 0;

function markCurrent() {
  frame = 0;
  const current = links.findLast((link) => document.getElementById(link.hash.slice(1))!.getBoundingClientRect().top < innerHeight / 3);
  for (const link of links) link.ariaCurrent = link === current ? 'location' : null;
  // Where the rail is taller than the screen and scrolls inside itself, the marked entry stays in its view.
  const { scrollTop, clientHeight } = rail!;
  const at = current?.offsetTop ?? 0;
  if (rail!.scrollHeight > clientHeight && (at < scrollTop || at > scrollTop + clientHeight - 32)) rail!.scrollTop = at - clientHeight / 3;
}

if (rail) {
  // Where the stylesheet sets the rail beside the text (sticky), its disclosure is open, for every reader.
  if (getComputedStyle(rail).position === 'sticky') rail.querySelector('details')!.open = true;
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(markCurrent)), { passive: true });
  markCurrent();
}
