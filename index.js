// Loads the WebAssembly app. No inline script: the page works under a strict CSP.
import init, { run } from './pkg/maltal.js';

// The data file is fetched while the wasm loads, not after it: the app's own request for the same
// address (`?data=`, else the default file, same site only – the app refuses others) is then
// answered by this preload.
function preloadData() {
  // As the app reads it: the last `data` that is not empty once trimmed.
  const given = new URLSearchParams(location.search).getAll('data').map((d) => d.trim()).filter(Boolean).pop();
  let address;
  try {
    address = new URL(given ?? 'data/baseline.json', location.href);
  } catch {
    return; // the app says what is wrong with the address
  }
  if (address.origin !== location.origin) return;
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = address.href;
  document.head.append(link);
}
preloadData();

const boot = document.getElementById('boot');
const message = document.getElementById('boot-message');

function fail(text, detail) {
  if (message) {
    message.textContent = text;
    message.classList.add('boot-error');
  }
  if (boot) {
    boot.setAttribute('role', 'alert');
    boot.querySelector('.spinner')?.remove();
  }
  if (detail) console.warn('Måltal kunne ikke starte:', detail);
}

// Embedded in an iframe (?embed=1): tell the parent page the content height, so the iframe can
// grow and shrink. Only a number is sent; the app listens to no messages at all.
function reportHeight() {
  const embedded = new URLSearchParams(location.search).get('embed') === '1';
  if (!embedded || window.parent === window) return;
  let last = 0;
  const send = () => {
    // The body's own height: it shrinks with the content (the document's scroll height never
    // goes below the iframe's current height).
    const style = getComputedStyle(document.body);
    const height = Math.ceil(document.body.getBoundingClientRect().height
      + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'maltal:hoejde', hoejde: height }, '*');
    }
  };
  new ResizeObserver(send).observe(document.body);
  send();
}

// Offline: cache the app after the first visit. Not possible from file:// (the single file
// needs no cache) – that rejection is expected and caught.
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  // A new version is cached and waiting; the user decides when to switch.
  const offerUpdate = () => {
    const note = document.getElementById('update-ready');
    if (note && navigator.serviceWorker.controller) note.hidden = false;
  };
  const watch = (worker) => {
    if (!worker) return;
    const check = () => { if (worker.state === 'installed') offerUpdate(); };
    worker.addEventListener('statechange', check);
    check();
  };
  // updateViaCache 'none': the browser asks the server for sw.js and pkg/sw-version.js on every
  // check, even where the web server lets browsers cache scripts.
  navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' }).then((registration) => {
    // The navigation itself may already have found, or even installed, the new version.
    if (registration.waiting) offerUpdate();
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
  }).catch((error) => console.warn('Måltal kan ikke gemmes til brug uden net:', error));
}

async function start() {
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    fail('Din browser kan ikke køre WebAssembly, som Måltal bruger. Prøv en nyere udgave af Edge, Chrome, Firefox eller Safari.');
    return;
  }
  try {
    await init();
    run();
    if (boot) boot.remove();
    reportHeight();
    registerServiceWorker();
  } catch (error) {
    fail('Måltal kunne ikke indlæses. Tjek forbindelsen, og genindlæs siden. Fortsætter fejlen, så kontakt den, der driver siden.', error);
  }
}

const reload = document.getElementById('update-reload');
if (reload) {
  reload.addEventListener('click', async () => {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration?.waiting) {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      registration.waiting.postMessage({ type: 'maltal:opdater' });
    } else {
      location.reload();
    }
  });
}

start();
