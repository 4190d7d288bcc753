/**
 * The search box's first-view part: the / shortcut, and loading the search
 * itself (src/browser/search/controller.ts) on first focus of the box or when the
 * address carries ?q=. Nothing else of search is paid for by a reader who
 * never searches.
 */
import { isTypingIn } from './reader-dom.ts';

const input = document.querySelector<HTMLInputElement>('#search-q');
let starting: Promise<void> | undefined;

function start() {
  starting ??= import('./search/controller.ts').then(
    (search) => search.startSearch(),
    () => (starting = undefined), // Offline for a moment: the next focus tries again.
  );
}

if (input) {
  input.addEventListener('focus', start, { once: true });
  // Until the search code has loaded and taken over the box, a keystroke is answered here.
  input.addEventListener('input', () => {
    const status = document.querySelector('[data-search-status]');
    if (status && !status.textContent) status.textContent = 'Loading the search index…';
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || isTypingIn(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    // Selected, so typing starts a new search and an arrow key edits the last one.
    input.focus();
    input.select();
  });
  if (new URLSearchParams(location.search).has('q')) start();
}
