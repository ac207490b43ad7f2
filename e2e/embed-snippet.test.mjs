// Journeys of issue 13: the README's <iframe> snippet pasted as it is into a page of another
// origin (and the same listener as embed.js, for host pages whose CSP forbids inline script)
// makes the frame follow the content's height both ways; an embed shows only what a reader of
// the embedded goal needs; copying the share link says "Kopieret" only when the browser copied.
import { describe, test, before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { BASE_URL, launch, serveHtml, settled, waitUntil, watchCspViolations } from './support.mjs';
import { GoalCard } from './pages/calculator.mjs';

const APP_ORIGIN = new URL(BASE_URL).origin;
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const EMBED_JS = readFileSync(new URL('../embed.js', import.meta.url), 'utf8');
/** The address the README's snippets use for Måltal; a host page replaces only this. */
const PLACEHOLDER = 'https://maltal.example.dk/';

/** The README's code blocks of `lang`, in order. */
function codeBlocks(lang) {
  return [...README.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

/** The snippet of the "Embedding" section: the first html block with an iframe. */
const SNIPPET = codeBlocks('html').find((b) => b.includes('<iframe'));
/** Code lines without comments, to compare the inline listener with embed.js. */
const codeLines = (js) => js.split('\n').filter((l) => l.trim() && !l.trim().startsWith('//'));

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A region's page with `body` in it, `head` before it; Måltal's address put in for the placeholder. */
function hostPage(body, head = '') {
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Regionens side</title><link rel="icon" href="data:,">${head}</head>
<body><h1>Beskæftigelsesplan 2026</h1>
${body.replaceAll(PLACEHOLDER, `${APP_ORIGIN}/`)}
</body></html>`;
}

/** Opens `html` as a page of another origin; returns what a journey needs. */
async function openHost(html, options = {}) {
  const host = await serveHtml(html);
  const context = await browser.newContext({ locale: 'da-DK', ...options });
  await context.addInitScript(watchCspViolations);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(host.url);
  const frame = page.frameLocator('iframe');
  const close = async () => {
    await context.close();
    await host.close();
  };
  return { host, context, page, frame, problems, close };
}

/** Height of the frame element and of the app's content (body with margins) inside it. */
async function heights(page, frame) {
  const outer = await page.locator('iframe').evaluate((f) => f.clientHeight);
  const inner = await frame.locator('body').evaluate((b) => {
    const s = getComputedStyle(b);
    return Math.ceil(b.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom));
  });
  return { outer, inner };
}

/** The frame grows when the goal's table opens and shrinks when it closes, staying fitted. */
async function followsBothWays(page, frame) {
  const fits = (h) => h.inner > 300 && Math.abs(h.outer - h.inner) <= 2;
  const first = await waitUntil(() => heights(page, frame), fits, 'the frame to fit the rendered app', 15000);
  assert.notEqual(first.outer, 900, 'the frame left its initial 900 px');
  const card = new GoalCard(frame, 'langtidsledighed');
  await card.openTable();
  const open = await waitUntil(() => heights(page, frame), (h) => fits(h) && h.outer > first.outer + 100, 'the frame to grow with the table');
  await card.tableSummary.click();
  const closed = await waitUntil(() => heights(page, frame), (h) => fits(h) && h.outer < open.outer - 100, 'the frame to shrink when the table closes');
  assert.ok(Math.abs(closed.outer - first.outer) <= 2, `back to its first height (${first.outer} → ${open.outer} → ${closed.outer})`);
}

describe('the README snippet, pasted as it is into a page of another origin', () => {
  let h;
  before(async () => {
    assert.ok(SNIPPET, 'the README has an iframe snippet');
    assert.ok(SNIPPET.includes(PLACEHOLDER), `the snippet's address is ${PLACEHOLDER}`);
    h = await openHost(hostPage(SNIPPET));
    await h.frame.locator('#slider-langtidsledighed').waitFor({ timeout: 15000 });
  });
  after(() => h?.close());

  test('the iframe has a title and may write to the clipboard; its listener is embed.js', async () => {
    const attrs = await h.page.locator('iframe').evaluate((f) => ({ title: f.title, allow: f.getAttribute('allow') }));
    assert.match(attrs.title, /Måltal/);
    assert.equal(attrs.allow, 'clipboard-write');
    const inline = SNIPPET.match(/<script>\n([\s\S]*?)<\/script>/)?.[1] ?? '';
    assert.deepEqual(codeLines(inline), codeLines(EMBED_JS), 'the inline listener and embed.js are the same code');
  });

  test('the frame follows the content, growing and shrinking', async () => {
    assert.notEqual(new URL(h.host.url).origin, APP_ORIGIN, 'the host page is of another origin');
    await followsBothWays(h.page, h.frame);
  });

  test('a height from another window of the same origin, or a malformed one, is ignored', async () => {
    const before = (await heights(h.page, h.frame)).outer;
    await h.page.evaluate(() => {
      window.postMessage({ type: 'maltal:hoejde', hoejde: 50 }, '*');
    });
    await h.frame.locator('body').evaluate(() => {
      window.parent.postMessage({ type: 'maltal:hoejde', hoejde: 'x' }, '*');
      window.parent.postMessage({ type: 'maltal:hoejde', hoejde: -5 }, '*');
    });
    await new Promise((r) => setTimeout(r, 200));
    assert.equal((await heights(h.page, h.frame)).outer, before);
  });

  test('no console error, page error or CSP violation', () => {
    assert.deepEqual(h.problems, []);
  });
});

describe('embed.js on a host page whose CSP forbids inline script', () => {
  let h;
  before(async () => {
    const iframe = SNIPPET.replace(/<script>[\s\S]*?<\/script>\n?/, '');
    const file = codeBlocks('html').find((b) => b.includes('embed.js'));
    assert.ok(file, 'the README shows the <script src=…/embed.js> form');
    const csp = `<meta http-equiv="Content-Security-Policy" content="script-src ${APP_ORIGIN}">`;
    h = await openHost(hostPage(iframe + file, csp));
    await h.frame.locator('#slider-langtidsledighed').waitFor({ timeout: 15000 });
  });
  after(() => h?.close());

  test('the frame follows the content, growing and shrinking', async () => {
    await followsBothWays(h.page, h.frame);
    assert.deepEqual(h.problems, []);
  });
});

/** Opens `path` of the app in a fresh context; waits for the goal `langtidsledighed`. */
async function openApp(path, options = {}) {
  const context = await browser.newContext({ locale: 'da-DK', ...options });
  await context.addInitScript(watchCspViolations);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(new URL(path, BASE_URL).toString());
  await page.locator('#slider-langtidsledighed').waitFor({ timeout: 15000 });
  await settled(page);
  return { context, page, problems };
}

/** How many of each part of the page there are (rendered, hidden or not). */
function countParts(page) {
  return page.evaluate(() => {
    const n = (sel) => document.querySelectorAll(sel).length;
    return {
      goalCards: n('section.goal-card'),
      fileInputs: n('input[type=file]'),
      scenarios: n('section.scenarios'),
      shareLink: n('#share-link'),
      presentationButton: n('#presentation-button'),
      dataSection: n('.data-section'),
      goalTools: n('.goal-tools') + n('button.add-goal'),
      overview: n('section.overview'),
      comparison: n('section.comparison'),
      comparisonChooser: n('select#comparison-goal'),
    };
  });
}

describe('an embed shows what a reader of the embedded goal needs', () => {
  test('with maal=: one goal card with its sentence, chart and source; no tools, files, overview or comparison', async () => {
    const { context, page, problems } = await openApp('?embed=1&kommune=751&maal=langtidsledighed');
    try {
      assert.deepEqual(await countParts(page), {
        goalCards: 1, fileInputs: 0, scenarios: 0, shareLink: 0, presentationButton: 0,
        dataSection: 0, goalTools: 0, overview: 0, comparison: 0, comparisonChooser: 0,
      });
      const card = new GoalCard(page, 'langtidsledighed');
      assert.match(await card.sentence.textContent(), /\S/, 'the goal\'s sentence');
      assert.ok(await card.chart.isVisible(), 'its chart');
      const source = await page.locator('p.chart-source').textContent();
      assert.match(source, /^Kilde: .+, data til \S+ \d{4}\./, `the publisher and the data's date: ${source}`);
      const body = await page.locator('body').innerText();
      assert.ok(!body.includes('baseline.json'), 'no file path is shown');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('with maal= and vis=maal,sammenligning: the comparison of that goal, without a chooser', async () => {
    const one = await openApp('?embed=1&kommune=751&maal=langtidsledighed&vis=maal,sammenligning');
    const all = await openApp('?embed=1&kommune=751');
    try {
      const parts = await countParts(one.page);
      assert.deepEqual([parts.goalCards, parts.comparison, parts.comparisonChooser, parts.overview], [1, 1, 0, 0]);
      // Without maal= the embed has every goal, the overview and the comparison's chooser, but no tools.
      const allParts = await countParts(all.page);
      assert.ok(allParts.goalCards > 1, 'every goal without maal=');
      assert.deepEqual(
        [allParts.overview, allParts.comparison, allParts.comparisonChooser, allParts.fileInputs, allParts.scenarios, allParts.presentationButton, allParts.goalTools],
        [1, 1, 1, 0, 0, 0, 0],
      );
      await all.page.locator('select#comparison-goal').selectOption({ label: await all.page.locator('h3#goal-langtidsledighed').textContent() });
      const summary = (p) => p.locator('p.comparison-summary').textContent();
      const expected = await waitUntil(() => summary(all.page), (s) => s.length > 0, 'the chosen comparison');
      await waitUntil(() => summary(one.page), (s) => s === expected, `the one goal's comparison to read "${expected}"`);
      assert.deepEqual([...one.problems, ...all.problems], []);
    } finally {
      await one.context.close();
      await all.context.close();
    }
  });

  test('outside embed mode the tools are all there', async () => {
    const { context, page } = await openApp('?kommune=751&maal=langtidsledighed');
    try {
      const parts = await countParts(page);
      assert.ok(parts.goalCards > 1 && parts.fileInputs >= 1 && parts.scenarios === 1 && parts.presentationButton === 1 && parts.dataSection === 1);
      assert.match(await page.locator('.data-section').innerText(), /Datafil: data\/baseline\.json/);
    } finally {
      await context.close();
    }
  });
});

describe('copying the share link says "Kopieret" only when the browser copied', () => {
  const shareParts = (root) => ({
    summary: root.locator('details.share > summary'),
    link: root.locator('input#share-link'),
    button: root.locator('button#share-copy'),
    status: root.locator('#share-copy-status'),
  });

  test('allowed: "Kopieret", and the clipboard holds the link', async () => {
    const { context, page, problems } = await openApp('?kommune=751', { permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const s = shareParts(page);
      await s.summary.click();
      assert.equal(await s.button.textContent(), 'Kopiér link');
      await s.button.click();
      await waitUntil(() => s.button.textContent(), (t) => t === 'Kopieret', 'the button to say Kopieret');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await s.link.inputValue());
      assert.equal(await s.status.textContent(), '');
      // Another target makes another link, which has not been copied.
      await page.locator('#slider-langtidsledighed').press('ArrowLeft');
      await waitUntil(() => s.button.textContent(), (t) => t === 'Kopiér link', 'the button to offer copying the new link');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  for (const [sprog, button, refused] of [
    ['da', 'Kopiér link', /^Browseren ville ikke kopiere\. Linket er markeret: kopiér det selv/],
    ['en', 'Copy link', /^The browser refused to copy\. The link is selected: copy it yourself/],
  ]) {
    test(`refused in a frame of another origin without clipboard permission (sprog=${sprog}): says so and selects the link`, async () => {
      const h = await openHost(hostPage(`<iframe title="Måltal" src="${PLACEHOLDER}?kommune=751&sprog=${sprog}" width="1000" height="1500"></iframe>`));
      try {
        const s = shareParts(h.frame);
        await s.summary.click();
        await s.button.click();
        await waitUntil(() => s.status.textContent(), (t) => refused.test(t), 'the refusal to be said');
        assert.equal(await s.button.textContent(), button, 'not "copied"');
        const selection = await s.link.evaluate((i) => ({
          focused: document.activeElement === i,
          whole: i.selectionStart === 0 && i.selectionEnd === i.value.length && i.value.length > 0,
        }));
        assert.deepEqual(selection, { focused: true, whole: true }, 'the link is focused and selected for copying by hand');
        // Chromium logs the refusal itself (the permissions policy); nothing else may go wrong.
        const refusal = /^console: Permissions policy violation: The Clipboard API has been blocked/;
        assert.deepEqual(h.problems.filter((p) => !refusal.test(p)), []);
      } finally {
        await h.close();
      }
    });
  }
});
