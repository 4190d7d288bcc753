/**
 * Registers the offline worker (src/browser/offline-worker.ts) once the page has
 * loaded, so it never competes with the first view. Same origin, its own
 * scope: the site's base path. Then, when the browser is idle, asks it to keep
 * the search's files too, so search works offline even before a first search
 * (the worker declines when the reader asked to save data).
 *
 * It reads the base itself (the one place outside shared/address.ts): a script that imports
 * nothing it shares with other scripts is inlined into every page, and a shared import would
 * cost each page two requests. The message's name is its own import, inlined as a string.
 */
import { CACHE_SEARCH } from '../shared/offline-messages.ts';

if ('serviceWorker' in navigator) {
  addEventListener(
    'load',
    () =>
      void navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`)
        .then(() => navigator.serviceWorker.ready)
        .then((ready) => requestIdleCallback(() => ready.active?.postMessage(CACHE_SEARCH)))
        .catch(() => undefined),
    { once: true },
  );
}
