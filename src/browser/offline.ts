/**
 * Registers the offline worker (src/browser/offline-worker.ts) once the page has
 * loaded, so it never competes with the first view. Same origin, its own
 * scope: the site's base path.
 *
 * It reads the base itself (the one place outside shared/address.ts): a script that imports
 * nothing is inlined into every page, and one import would cost each page two requests.
 */
if ('serviceWorker' in navigator) {
  addEventListener('load', () => void navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined), { once: true });
}
