// Journey of issue 13 §5: the release bundle (dist/maltal-web.zip, written by scripts/package.sh)
// unzipped and served by a plain static server (python3 -m http.server) is a working Måltal that
// asks no other origin for anything and opens offline after one visit; the zip holds the site,
// the server configurations and the guide, and every .br/.gz sibling is its file compressed.
// MALTAL_BUNDLE_URL=… runs the browser part against a bundle served elsewhere (e.g. nginx with
// deploy/nginx.conf).
import { describe, test, before, after } from 'node:test';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createServer } from 'node:net';
import assert from 'node:assert/strict';
import { launch, nextFrames, waitUntil } from './support.mjs';
import { CalculatorPage, GOAL_IDS } from './pages/calculator.mjs';

const ZIP = new URL('../dist/maltal-web.zip', import.meta.url).pathname;
const COMPRESSIBLE = /\.(wasm|js|mjs|css|json|html|svg|webmanifest|txt|md)$/;

let dir;
let site;
let server;
let bundleUrl = process.env.MALTAL_BUNDLE_URL;
let browser;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function* walk(root, path = root) {
  for (const name of readdirSync(path).sort()) {
    const full = join(path, name);
    if (statSync(full).isDirectory()) yield* walk(root, full);
    else yield relative(root, full);
  }
}

before(async () => {
  assert.ok(existsSync(ZIP), `${ZIP} exists (scripts/package.sh writes it)`);
  dir = mkdtempSync(join(tmpdir(), 'maltal-bundle-'));
  execFileSync('python3', ['-m', 'zipfile', '-e', ZIP, dir]);
  site = join(dir, 'maltal');
  if (!bundleUrl) {
    const port = await freePort();
    server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', site], { stdio: 'ignore' });
    bundleUrl = `http://127.0.0.1:${port}/`;
    await waitUntil(
      () => fetch(bundleUrl).then((r) => r.ok, () => false),
      (ok) => ok,
      `python3 -m http.server on ${bundleUrl}`,
      10000,
    );
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the release bundle', () => {
  test('holds the site, the server configurations and the guide, and nothing else', () => {
    const entries = [...walk(dir)];
    for (const f of ['VEJLEDNING.md', 'server/nginx.conf', 'server/apache.htaccess']) {
      assert.ok(entries.includes(f), `${f} is in the zip`);
    }
    const outside = entries.filter((e) => !e.startsWith('maltal/') && !['VEJLEDNING.md', 'server/nginx.conf', 'server/apache.htaccess'].includes(e));
    assert.deepEqual(outside, [], 'no other entry beside maltal/');
    const files = [...walk(site)];
    const listed = ['index.html', 'index.js', 'sw.js', 'embed.js', 'manifest.webmanifest', 'tilgaengelighed.html', 'tilgaengelighed.js', 'accessibility.html',
      'style/main.css', 'style/icon.svg', 'pkg/maltal.js', 'pkg/maltal_bg.wasm', 'pkg/sw-version.js', 'pkg/dkfds.css',
      'pkg/LICENSE-dkfds.md', 'pkg/fonts/LICENSE-IBMPlexSans.txt', 'data/baseline.json'];
    // The fonts and icons the service worker caches, as the bundle's own pkg/sw-version.js names them.
    const style = [...readFileSync(join(site, 'pkg/sw-version.js'), 'utf8').matchAll(/'(pkg\/[^']+)'/g)].map((m) => m[1]);
    assert.ok(style.some((f) => f.endsWith('.woff2')), `pkg/sw-version.js names the fonts: ${style}`);
    for (const f of [...listed, ...style]) assert.ok(files.includes(f), `maltal/${f} is in the zip`);
    for (const f of files) {
      assert.ok(!/^(target|node_modules|src|e2e|pkg\/compressed)\//.test(f) && !f.startsWith('data/raw'), `${f} does not belong in the bundle`);
    }
  });

  test('every compressible file outside data/ has .br and .gz siblings that decompress to it; data/ has none', () => {
    const files = [...walk(site)];
    const originals = files.filter((f) => COMPRESSIBLE.test(f));
    let checked = 0;
    for (const f of originals) {
      const bytes = readFileSync(join(site, f));
      if (f.startsWith('data/')) {
        assert.ok(!files.includes(`${f}.br`) && !files.includes(`${f}.gz`), `${f} has no compressed copy to go stale`);
        continue;
      }
      assert.ok(brotliDecompressSync(readFileSync(join(site, `${f}.br`))).equals(bytes), `${f}.br decompresses to ${f}`);
      assert.ok(gunzipSync(readFileSync(join(site, `${f}.gz`))).equals(bytes), `${f}.gz decompresses to ${f}`);
      checked += 1;
    }
    assert.ok(checked >= 20, `checked ${checked} files`);
    const wasm = statSync(join(site, 'pkg/maltal_bg.wasm')).size;
    assert.ok(statSync(join(site, 'pkg/maltal_bg.wasm.br')).size < wasm / 2, 'the wasm shrinks by brotli');
  });

  test('served by a plain static server it works, asks no other origin, and opens offline after one visit', { timeout: 90000 }, async () => {
    const origin = new URL(bundleUrl).origin;
    const calc = await CalculatorPage.open(browser, `${bundleUrl}?kommune=751`);
    const foreign = [];
    // Every request of the context from now on, the service worker's included.
    calc.context.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(r.url());
    });
    try {
      const page = calc.page;
      assert.equal(await calc.municipalityName(), 'Aarhus');
      for (const id of GOAL_IDS) assert.ok(await calc.goalCard(id).chartIsDrawn(), `the chart of ${id} is drawn`);
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
      // The service worker has cached its whole list (install finished before it took control).
      const cached = await page.evaluate(async () => {
        const names = [];
        for (const k of (await caches.keys()).filter((k) => k.startsWith('maltal-'))) {
          for (const r of await (await caches.open(k)).keys()) names.push(new URL(r.url).pathname);
        }
        return names;
      });
      const base = new URL(bundleUrl).pathname;
      for (const f of ['', 'pkg/maltal_bg.wasm', 'data/baseline.json', 'pkg/dkfds.css']) {
        assert.ok(cached.includes(`${base}${f}`), `${base}${f} is cached: ${cached}`);
      }

      await calc.context.setOffline(true);
      await page.reload();
      await calc.goalCard(GOAL_IDS[0]).slider.waitFor({ timeout: 15000 });
      await nextFrames(page);
      assert.equal(await page.evaluate(() => navigator.onLine), false, 'the browser is offline');
      assert.equal(await calc.municipalityName(), 'Aarhus', 'offline');
      for (const id of GOAL_IDS) assert.ok(await calc.goalCard(id).chartIsDrawn(), `the chart of ${id} is drawn offline`);
      const card = calc.goalCard('ledighed');
      const s0 = await card.sentenceText();
      await card.pressOnSlider('ArrowLeft');
      await card.waitForSentenceChange(s0);

      assert.deepEqual(calc.problems, [], 'no console error');
      // The first load (before the listener above) as the page itself saw it, then everything since.
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      foreign.push(...loaded.filter((u) => new URL(u).origin !== origin));
      assert.deepEqual(foreign, [], 'no request to another origin');
    } finally {
      await calc.close();
    }
  });
});
