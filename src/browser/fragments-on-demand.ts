/**
 * Fragment handling most readers never need stays out of the first view: ranges, retired
 * ids, a fragment that names nothing and a text fragment in a browser without them load
 * fragments.ts when the address first names something that is not simply an element of the page.
 */
import { fragmentId } from './fragment-id.ts';

/** True when the address's fragment needs more than the browser's own :target. */
function fragmentNeedsHelp(): boolean {
  const id = fragmentId();
  if (id === '') return false;
  const found = document.getElementById(id);
  return !found || found.dataset.movedTo !== undefined || id.includes(':~:');
}

function checkFragment() {
  if (!fragmentNeedsHelp()) return;
  removeEventListener('hashchange', checkFragment);
  // fragments.ts handles this address when it loads, and every later one itself.
  void import('./fragments.ts');
}
addEventListener('hashchange', checkFragment);
checkFragment();
