/**
 * What a page may ask the offline worker (src/browser/offline-worker.ts), by postMessage.
 * The one home of the names: the page's registration script (src/browser/offline.ts) and the
 * worker both import it (each is built with it inlined).
 */

/** "Keep the search's files now": sent once the page is loaded and the browser is idle. */
export const CACHE_SEARCH = 'cache-search';
