/**
 * The offline worker (built into `sw.js` by integrations/service-worker.ts,
 * which fills in VERSION and FILES). Once a reader has opened the edition, its
 * pages and their code are kept; anything else of this site (the search's
 * files, once searched) is kept as it is used. Pages come from the network
 * while there is one, so a reader online always gets the current deploy; other
 * files (hashed names) from the cache first. A new deploy is a new VERSION: the
 * new worker fills its own cache and removes the old one. Responses are passed
 * on unchanged, each page keeping its own Content-Security-Policy.
 */
declare const VERSION: string;
declare const FILES: string[];

// The parts of the service worker API used here (the DOM and WebWorker type libraries clash in one program).
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
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
