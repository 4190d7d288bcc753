// Marks the rail's entry for the part of the page being read (aria-current="location"): the last
// entry whose target has passed the top third of the screen. The rail works without this.
import { RAIL_SELECTOR } from '../shared/markup.ts';

const links = [...document.querySelectorAll<HTMLAnchorElement>(`${RAIL_SELECTOR} a[href^="#"]`)];
const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
let frame = 0;

function markCurrent() {
  frame = 0;
  const line = innerHeight / 3;
  let current = -1;
  targets.forEach((target, i) => {
    if (target && target.getBoundingClientRect().top <= line) current = i;
  });
  links.forEach((link, i) => (i === current ? link.setAttribute('aria-current', 'location') : link.removeAttribute('aria-current')));
}

if (links.length) {
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(markCurrent)), { passive: true });
  markCurrent();
}
