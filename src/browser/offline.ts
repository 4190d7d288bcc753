/**
 * Registers the offline worker (src/browser/offline-worker.ts) once the page has
 * loaded, so it never competes with the first view. Same origin, its own
 * scope: the site's base path.
 */
if ('serviceWorker' in navigator) {
  addEventListener('load', () => void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined), { once: true });
}
