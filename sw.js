// Måltal's service worker: after the first visit the app and its default data open without a
// network. The app's files are served from the cache; data files from the network when it
// answers (then cached), from the cache when not. The cache is named by the build's version
// (pkg/sw-version.js, written by scripts/build-css.sh), so a new build is cached whole before it
// is used: never a mix of old and new files. The page offers "Genindlæs" when a new version is ready.
importScripts('pkg/sw-version.js');

const VERSION = self.MALTAL_VERSION || 'dev';
const CACHE = `maltal-${VERSION}`;
const FILES = [
  './',
  'index.html',
  'index.js',
  'pkg/dkfds.css',
  // The fonts and icons pkg/dkfds.css refers to (listed by scripts/build.sh).
  ...(self.MALTAL_STYLE_FILES || []),
  'style/main.css',
  'style/icon.svg',
  'manifest.webmanifest',
  'tilgaengelighed.html',
  'tilgaengelighed.js',
  'accessibility.html',
  'pkg/maltal.js',
  'pkg/maltal_bg.wasm',
  'pkg/sw-version.js',
  'data/baseline.json',
];

self.addEventListener('install', (event) => {
  // cache: 'reload' fetches every file from the server, never from the browser's HTTP cache, so a
  // new version is never cached with an old file.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('maltal-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The only message accepted: the page asks a waiting new version to take over.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'maltal:opdater') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const navigation = request.mode === 'navigate';
  // Data files (data/baseline.json, a region's ?data= file) come from the network first, so a
  // replaced data file reaches users without a new build; the cached copy serves offline.
  const data = url.pathname.endsWith('.json') && !url.pathname.endsWith('manifest.webmanifest');
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      if (data) {
        try {
          const fresh = await fetch(request, { cache: 'no-cache' });
          if (fresh.ok) await cache.put(request, fresh.clone());
          return fresh;
        } catch (error) {
          const cached = await cache.match(request);
          if (cached) return cached;
          throw error;
        }
      }
      // Pages are matched without their query (?kommune=…, ?s=…).
      const cached = await cache.match(request, { ignoreSearch: navigation });
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        const fallback = navigation ? await cache.match('index.html') : undefined;
        if (fallback) return fallback;
        throw error;
      }
    }),
  );
});
