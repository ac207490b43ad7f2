// Shared helpers for the end-to-end journeys: launch Debian's Chromium through playwright-core
// (never a downloaded browser) and collect console errors so a journey fails on any of them.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.MALTAL_URL ?? 'http://127.0.0.1:8080/';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens a page that records console errors, page errors and CSP violations. `contextOptions`
 * go to `browser.newContext` (e.g. `{ viewport: { width: 320, height: 640 } }`).
 */
export async function openPage(browser, path = '', contextOptions = {}) {
  const context = await browser.newContext({ locale: 'da-DK', ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.goto(new URL(path, BASE_URL).toString());
  return { context, page, problems };
}

/** Resolves after `n` animation frames in the page (the app measures and draws on the next one). */
/**
 * Waits until the calculator is built: the goal cards are built one per frame after the first and
 * then get their realism badges, and say `aria-busy` until then.
 */
export async function settled(page, timeout = 20000) {
  await page.locator('.goal-cards[aria-busy="true"]').waitFor({ state: 'detached', timeout });
}

export async function nextFrames(page, n = 2) {
  await page.evaluate(
    (count) =>
      new Promise((resolve) => {
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );
}

/**
 * Polls `read()` until `accept(value)` holds; returns the last value. Throws with `what` and the
 * last value seen when `timeout` ms pass, so a failing wait says what it waited for.
 */
export async function waitUntil(read, accept, what, timeout = 5000) {
  const end = Date.now() + timeout;
  let value;
  for (;;) {
    value = await read();
    if (accept(value)) return value;
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(value)}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

let axeSource;
const SERIOUS = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the page and splits the violations by impact.
 *
 * axe is injected with `page.evaluate(source)`, which goes through the DevTools protocol and is
 * not subject to the page's CSP. (`page.addScriptTag({ content })` adds an inline <script>, which
 * `script-src 'self'` rightly blocks, and the blocked script is logged as a console error.) So no
 * CSP bypass is needed and the scan sees the page exactly as served.
 */
export async function axeScan(page, { context = 'document', options = {} } = {}) {
  axeSource ??= readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(
    async ({ context, options }) => {
      const target = context === 'document' ? document : context;
      const result = await window.axe.run(target, { resultTypes: ['violations'], ...options });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
      }));
    },
    { context, options },
  );
  return {
    violations,
    serious: violations.filter((v) => SERIOUS.has(v.impact)),
    lesser: violations.filter((v) => !SERIOUS.has(v.impact)),
  };
}

/** One line per violation (rule id, impact, help, first targets), for test output. */
export function describeViolations(violations) {
  return violations.map((v) => {
    const where = v.nodes.slice(0, 3).map((n) => n.target).join(', ');
    const more = v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '';
    return `${v.id} [${v.impact}] ${v.help}: ${where}${more}`;
  });
}

/**
 * Serves `html` (a string, or a function of the request URL returning one) from a throwaway HTTP
 * server on another loopback port — a host page of another origin, e.g. for an iframe. Returns
 * `{ url, origin, close() }`.
 */
export async function serveHtml(html) {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(typeof html === 'function' ? html(req.url) : html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: `${origin}/`,
    origin,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * A context init script that turns every CSP violation in any frame into a console error (so
 * `openPage`'s problem list sees it) and marks the frame as watched (`window.__cspWatched`).
 */
export function watchCspViolations() {
  window.__cspWatched = true;
  addEventListener('securitypolicyviolation', (e) => {
    console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
  });
}

/** Clicks the download button of `format` in `root` and returns the file's name and bytes. */
export async function download(page, root, format) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    root.locator(`button.chart-download[data-format="${format}"]`).first().click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** The text of every `<text>` element of an SVG document (plotters writes one per line). */
export function svgTexts(svg) {
  return [...svg.matchAll(/<text[^>]*>\s*([^<]*?)\s*<\/text>/g)].map((m) => m[1]);
}
