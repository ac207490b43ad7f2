// Loads the WebAssembly app. No inline script: the page works under a strict CSP.
import init, { run } from './pkg/maltal.js';

const boot = document.getElementById('boot');
const message = document.getElementById('boot-message');

function fail(text, detail) {
  if (message) {
    message.textContent = text;
    message.classList.add('boot-error');
  }
  if (boot) boot.setAttribute('role', 'alert');
  if (detail) console.warn('Måltal kunne ikke starte:', detail);
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
  } catch (error) {
    fail('Måltal kunne ikke indlæses. Tjek forbindelsen, og genindlæs siden. Fortsætter fejlen, så kontakt den, der driver siden.', error);
  }
}

start();
