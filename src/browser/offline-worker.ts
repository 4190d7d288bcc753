/**
 * The offline worker (built into `sw.js` by integrations/service-worker.ts,
 * which fills in VERSION, FILES and SEARCH_FILES). Once a reader has opened the
 * edition, its pages and their code are kept; the search's files (Pagefind's
 * runtime and index, the search's styles) once the page asks, in its idle time
 * after loading, unless the reader asked to save data; anything else of this
 * site is kept as it is used. Pages come from the network
 * while there is one, so a reader online always gets the current deploy; other
 * files (hashed names) from the cache first. A new deploy is a new VERSION: the
 * new worker fills its own cache and removes the old one. Responses are passed
 * on unchanged, each page keeping its own Content-Security-Policy.
 */
declare const VERSION: string;
declare const FILES: string[];
declare const SEARCH_FILES: string[];
import { CACHE_SEARCH } from '../shared/offline-messages.ts';

// The parts of the service worker API used here (the DOM and WebWorker type libraries clash in one program).
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface MessageEvent extends ExtendableEvent {
  data: unknown;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;
const CACHE = `edition-${VERSION}`;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new URL(file, scope).href)))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('edition-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => worker.clients.claim()),
  );
});

/**
 * A file is kept under its address without the query: Pagefind asks for its entry file with a
 * fresh `?ts=` each time, to pass the HTTP cache; one deploy, one copy. Pages keep their address.
 */
const keyOf = (request: Request) => (request.mode === 'navigate' ? request.url : request.url.replace(/[?#].*$/, ''));

/** Fetches and keeps a copy of what came back whole. */
async function fetchAndKeep(request: Request): Promise<Response> {
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    void caches.open(CACHE).then((cache) => cache.put(keyOf(request), copy));
  }
  return response;
}

async function page(request: Request): Promise<Response> {
  try {
    return await fetchAndKeep(request);
  } catch {
    // Offline: the page as last seen (whatever its ?query), or the site's own "not found".
    const kept = (await caches.match(request, { ignoreSearch: true })) ?? (await caches.match(new URL('404.html', scope).href));
    if (kept) return kept;
    throw new Error('offline, and this page was never opened');
  }
}

async function file(request: Request): Promise<Response> {
  return (await caches.match(keyOf(request))) ?? fetchAndKeep(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  event.respondWith(request.mode === 'navigate' ? page(request) : file(request));
});

/** Keeps each search file not kept yet; one that fails is fetched again when a search needs it. */
async function keepSearchFiles(): Promise<void> {
  const cache = await caches.open(CACHE);
  for (const file of SEARCH_FILES) {
    const url = new URL(file, scope).href;
    if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
  }
}

// The page is loaded and idle: the search's files too, unless the reader asked to save data.
worker.addEventListener('message', (event) => {
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  if (event.data === CACHE_SEARCH && !saveData) event.waitUntil(keepSearchFiles());
});
