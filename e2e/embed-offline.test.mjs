// Journeys of issue 7: Måltal embedded in an iframe on a region's page (another origin) sizes the
// frame by message, asks no other site for anything and breaks no CSP rule; after one visit it
// opens without a network; the single-file build works from file:// and saves there; the
// projector presentation and the participants' comparison work by keyboard alone.
import { describe, test, before, after } from 'node:test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { BASE_URL, describeViolations, launch, nextFrames, serveHtml, waitUntil, watchCspViolations } from './support.mjs';
import { CalculatorPage, GOAL_IDS, GoalCard } from './pages/calculator.mjs';
import { ScenarioPanel, danishNumber, median, participantFiles } from './pages/scenarios.mjs';
import { PresentationMode } from './pages/presentation.mjs';

const APP_ORIGIN = new URL(BASE_URL).origin;
const SINGLE_FILE = new URL('../dist/maltal.html', import.meta.url).toString();

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The region's page: an iframe of Måltal and a listener that sizes it by the app's messages. */
function hostPage(src) {
  return `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Regionens side</title><link rel="icon" href="data:,">
<style>iframe { width: 820px; height: 150px; border: 0; display: block; }</style></head>
<body><h1>Beskæftigelsesplan 2026</h1>
<iframe id="maltal" title="Måltal" src="${src}"></iframe>
<script>
  window.heights = [];
  window.foreignMessages = 0;
  const frame = document.getElementById('maltal');
  addEventListener('message', (event) => {
    if (event.origin !== ${JSON.stringify(APP_ORIGIN)} || event.source !== frame.contentWindow) { window.foreignMessages++; return; }
    const data = event.data;
    if (!data || data.type !== 'maltal:hoejde' || !Number.isFinite(data.hoejde)) return;
    window.heights.push(data.hoejde);
    frame.style.height = data.hoejde + 'px';
  });
</script></body></html>`;
}

describe('embedded on a region\'s page of another origin', () => {
  let host;
  let context;
  let page;
  let frame;
  const requests = [];
  const problems = [];

  const heights = () => page.evaluate(() => window.heights);
  const frameHeight = () => page.locator('#maltal').evaluate((f) => f.clientHeight);
  /** Waits until the last message's height is `accept`ed and the frame has that height. */
  const waitForHeight = (accept, what, timeout = 5000) =>
    waitUntil(
      async () => ({ heights: await heights(), frame: await frameHeight() }),
      ({ heights: h, frame: f }) => h.length > 0 && accept(h.at(-1)) && f === h.at(-1),
      what,
      timeout,
    );

  before(async () => {
    const src = `${APP_ORIGIN}/?embed=1&kommune=751&maal=langtidsledighed`;
    host = await serveHtml(hostPage(src));
    context = await browser.newContext({ locale: 'da-DK' });
    await context.addInitScript(watchCspViolations);
    context.on('request', (r) => {
      let from;
      try {
        from = r.frame().url();
      } catch {
        from = 'service worker'; // a service worker's request has no frame
      }
      requests.push({ url: r.url(), frame: from });
    });
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(host.url);
    frame = page.frameLocator('#maltal');
    await frame.locator('#slider-langtidsledighed').waitFor({ timeout: 15000 });
  });
  after(async () => {
    await context?.close();
    await host?.close();
  });

  test('the frame shows the calculator for Aarhus with only the chosen goal, without header and footer', async () => {
    assert.equal(await frame.locator('input#kommune').inputValue(), 'Aarhus');
    assert.deepEqual(
      await frame.locator('section.goal-card h3').evaluateAll((hs) => hs.filter((h) => h.checkVisibility()).map((h) => h.id)),
      ['goal-langtidsledighed'],
      'only the goal in ?maal=',
    );
    assert.equal(await frame.locator('.site-top').getAttribute('hidden'), '', 'the language switcher and site header are hidden');
    assert.equal(await frame.locator('footer.site-footer').getAttribute('hidden'), '', 'the site footer is hidden');
    const drawn = await frame.locator('section.goal-card[aria-labelledby="goal-langtidsledighed"] canvas.chart-canvas').first().evaluate((c) => {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
      return false;
    });
    assert.ok(drawn, 'its chart is drawn');
  });

  test('height messages size the frame to its content, and follow it when a table opens', async () => {
    const first = await waitForHeight((h) => h > 600, 'a height message for the rendered calculator');
    const h1 = first.heights.at(-1);
    assert.equal(await page.evaluate(() => window.foreignMessages), 0, 'no message from elsewhere');
    const inner = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    assert.ok(Math.abs(inner - h1) <= 2, `the frame (${h1}px) fits the content (${inner}px)`);

    await new GoalCard(frame, 'langtidsledighed').openTable();
    const opened = await waitForHeight((h) => h > h1, 'a larger height once the table is open');
    assert.ok(opened.heights.at(-1) - h1 > 100, `the frame grew with the table (${h1} → ${opened.heights.at(-1)})`);
  });

  test('the frame shrinks again when the table is closed', async () => {
    const card = new GoalCard(frame, 'langtidsledighed');
    const open = (await heights()).at(-1);
    const content = async () => frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
    await card.tableSummary.click();
    await waitUntil(content, (c) => c < open - 100, 'the content to get shorter');
    const closed = await content();
    await waitForHeight((h) => Math.abs(h - closed) <= 2, `a height message of about ${closed}px after closing the table (content ${closed}px, frame ${open}px)`, 3000);
  });

  test('no request leaves the app\'s origin; the host page is the only other one', () => {
    const outside = requests.filter(({ url }) => {
      const u = new URL(url);
      if (u.protocol === 'data:' || u.protocol === 'blob:') return false;
      if (u.origin === APP_ORIGIN) return false;
      return !(u.origin === host.origin && u.pathname === '/');
    });
    assert.deepEqual(outside, [], 'requests to other origins');
    const fromFrame = requests.filter((r) => r.frame.startsWith(APP_ORIGIN));
    assert.ok(fromFrame.some((r) => r.url.endsWith('/pkg/maltal_bg.wasm')), 'the frame\'s requests are seen');
    assert.deepEqual(fromFrame.filter((r) => !r.url.startsWith(`${APP_ORIGIN}/`)), [], 'the frame asks only its own origin');
  });

  test('no CSP violation, console error or page error in the frame or the page', async () => {
    const appFrame = page.frames().find((f) => f.url().startsWith(APP_ORIGIN));
    assert.ok(appFrame, 'the app frame');
    assert.equal(await appFrame.evaluate(() => window.__cspWatched), true, 'violations are being listened for in the frame');
    const csp = await page.request.get(appFrame.url());
    assert.match(csp.headers()['content-security-policy'] ?? '', /default-src 'self'/, 'the frame is served with the strict CSP');
    assert.deepEqual(problems, []);
  });
});

describe('embed options', () => {
  test('tema=kontrast and vis=maal,oversigt: the theme is set and the comparison is left out', async () => {
    const calc = await CalculatorPage.open(browser, '?embed=1&kommune=751&tema=kontrast&vis=maal,oversigt');
    try {
      assert.equal(await calc.page.evaluate(() => document.documentElement.dataset.tema), 'kontrast');
      assert.equal(await calc.comparisonTable.count(), 0, 'no comparison');
      assert.equal(await calc.page.locator('table.overview-table tbody tr[data-goal]').count(), GOAL_IDS.length, 'the overview');
      assert.equal(await calc.goalCards.count(), GOAL_IDS.length, 'the goal cards');
      assert.equal(await calc.page.locator('.notices').count(), 0, 'no notice');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });

  for (const tema of ['moerk', 'kontrast']) {
    test(`tema=${tema}: axe-core finds no serious or critical violation (colour contrast included)`, async (t) => {
      const calc = await CalculatorPage.open(browser, `?kommune=751&tema=${tema}`);
      try {
        // Open the tables too, so their text is checked against the theme's background.
        await calc.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        const { serious, lesser } = await calc.axe();
        for (const line of describeViolations(lesser)) t.diagnostic(`axe, tema=${tema} (below serious): ${line}`);
        assert.deepEqual(serious.map((v) => v.id), [], describeViolations(serious).join('\n'));
      } finally {
        await calc.close();
      }
    });
  }

  test('unknown tema and vis values are named in a notice; the page still works', async () => {
    const calc = await CalculatorPage.open(browser, '?embed=1&tema=blaa&vis=kort');
    try {
      await calc.waitForNotice(/tema=«blaa»/);
      await calc.waitForNotice(/«kort»/);
      assert.equal(await calc.page.evaluate(() => document.documentElement.dataset.tema), 'lys', 'the light theme');
      assert.ok(await calc.goalCard(GOAL_IDS[0]).chartIsDrawn());
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});

describe('offline after one visit', () => {
  test('the app reloads and works with the network off', async () => {
    const calc = await CalculatorPage.open(browser, '?kommune=751');
    try {
      const page = calc.page;
      await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 10000 });
      const cached = await page.evaluate(async () => {
        const keys = await caches.keys();
        const names = [];
        for (const k of keys.filter((k) => k.startsWith('maltal-'))) {
          for (const r of await (await caches.open(k)).keys()) names.push(new URL(r.url).pathname);
        }
        return { keys, names };
      });
      assert.equal(cached.keys.filter((k) => k.startsWith('maltal-')).length, 1, `one versioned cache: ${cached.keys}`);
      for (const path of ['/', '/index.js', '/pkg/maltal.js', '/pkg/maltal_bg.wasm', '/data/baseline.json']) {
        assert.ok(cached.names.includes(path), `${path} is cached`);
      }

      const card = calc.goalCard('ledighed');
      await calc.context.setOffline(true);
      await page.reload();
      await card.slider.waitFor({ timeout: 15000 });
      await nextFrames(page);
      assert.equal(await page.evaluate(() => navigator.onLine), false, 'the browser is offline');
      assert.equal(await calc.municipalityName(), 'Aarhus');
      for (const id of GOAL_IDS) assert.ok(await calc.goalCard(id).chartIsDrawn(), `the chart of ${id} is drawn offline`);
      assert.equal(await page.locator('table.overview-table tbody tr[data-goal]').count(), GOAL_IDS.length);

      // Still a working calculator: a target can be set.
      const s0 = await card.sentenceText();
      await card.pressOnSlider('ArrowLeft');
      await card.waitForSentenceChange(s0);

      // Another address of the app (other query) opens offline too.
      await page.goto(`${APP_ORIGIN}/?kommune=101`);
      await card.slider.waitFor({ timeout: 15000 });
      assert.equal(await calc.municipalityName(), 'København');
      assert.deepEqual(calc.problems, [], 'no console error offline');

      // The network really is off for the page: a file that is not cached cannot be fetched.
      const probe = await page.evaluate(async () => {
        try {
          await fetch(`data/baseline.json?probe=${Date.now()}`);
          return 'fetched';
        } catch {
          return 'failed';
        }
      });
      assert.equal(probe, 'failed', 'an uncached request fails');
    } finally {
      await calc.close();
    }
  });
});

/**
 * Serves a copy of the built app from a temporary folder with scripts/serve.py (the same CSP
 * and headers), so a test can publish a "new version" without touching the repository.
 */
async function serveCopy() {
  const { cpSync, mkdirSync, mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { spawn } = await import('node:child_process');
  const { createServer } = await import('node:net');
  const repo = new URL('..', import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), 'maltal-update-'));
  mkdirSync(join(dir, 'data'));
  for (const f of ['index.html', 'index.js', 'sw.js', 'manifest.webmanifest', 'tilgaengelighed.html', 'tilgaengelighed.js', 'accessibility.html', 'style', 'pkg', 'data/baseline.json']) {
    cpSync(join(repo, f), join(dir, f), { recursive: true });
  }
  const port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = probe.address();
      probe.close(() => resolve(p));
    });
  });
  const server = spawn('python3', [join(repo, 'scripts/serve.py'), String(port), dir], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  await waitUntil(
    () => fetch(url).then((r) => r.ok, () => false),
    (ok) => ok,
    'the copy of the app to be served',
  );
  return {
    url,
    dir,
    close: () => {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens Aarhus on a served copy of the app and waits until its service worker controls it. */
async function openCopyOnce() {
  const site = await serveCopy();
  try {
    const calc = await CalculatorPage.open(browser, `${site.url}?kommune=751`);
    await calc.page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 10000 });
    return { site, calc };
  } catch (error) {
    site.close();
    throw error;
  }
}

describe('a new version is published', () => {
  test('the open app says a newer version is ready; "Genindlæs" switches to it whole', { timeout: 60000 }, async () => {
    const { site, calc } = await openCopyOnce();
    try {
      const page = calc.page;
      const cacheNames = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('maltal-')));
      const [oldCache] = await cacheNames();
      assert.ok(oldCache, 'the first version is cached');
      assert.equal(await page.locator('#update-ready').isVisible(), false, 'no update notice at first');

      // The region uploads a new build: a new version file (what scripts/build.sh writes).
      const versionFile = join(site.dir, 'pkg/sw-version.js');
      writeFileSync(versionFile, readFileSync(versionFile, 'utf8').replace(/MALTAL_VERSION = "[^"]*"/, 'MALTAL_VERSION = "e2e-ny-udgave"'));

      await page.reload();
      await calc.goalCard('ledighed').slider.waitFor({ timeout: 15000 });
      const notice = page.locator('#update-ready');
      await notice.waitFor({ state: 'visible', timeout: 15000 });
      assert.match(await notice.innerText(), /ny udgave af Måltal/);

      // The new worker takes over and the page reloads itself.
      const reloaded = page.waitForEvent('load', { timeout: 15000 });
      await page.locator('#update-reload').click();
      await reloaded;
      await calc.goalCard('ledighed').slider.waitFor({ timeout: 15000 });
      await waitUntil(cacheNames, (names) => names.length === 1 && names[0] === 'maltal-e2e-ny-udgave', 'only the new version\'s cache');
      assert.equal(await calc.municipalityName(), 'Aarhus', 'the user\'s choice survives the switch');
      assert.equal(await page.locator('#update-ready').isVisible(), false, 'the notice is gone after the switch');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
      site.close();
    }
  });
});

describe('a replaced data file', () => {
  test('reaches a user who has visited before, without a new build; offline the saved copy serves', { timeout: 60000 }, async () => {
    const { site, calc } = await openCopyOnce();
    try {
      const page = calc.page;
      assert.equal(await calc.municipalityName(), 'Aarhus');

      // The region uploads next year's file: here, the same file with Aarhus renamed.
      const dataFile = join(site.dir, 'data/baseline.json');
      const data = JSON.parse(readFileSync(dataFile, 'utf8'));
      data.municipalities.find((m) => m.code === '751').name = 'Aarhus (ny datafil)';
      writeFileSync(dataFile, JSON.stringify(data));

      await page.reload();
      await calc.goalCard('ledighed').slider.waitFor({ timeout: 15000 });
      await waitUntil(() => calc.municipalityName(), (n) => n === 'Aarhus (ny datafil)', 'the new file\'s name');

      await calc.context.setOffline(true);
      await page.reload();
      await calc.goalCard('ledighed').slider.waitFor({ timeout: 15000 });
      assert.equal(await calc.municipalityName(), 'Aarhus (ny datafil)', 'offline: the copy saved from the last visit');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
      site.close();
    }
  });
});

describe('the single file (dist/maltal.html) from file://', () => {
  test('renders charts and the overview, and saves the user\'s work in the browser', async () => {
    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    try {
      await page.goto(SINGLE_FILE);
      const card = new GoalCard(page, 'ledighed');
      await card.slider.waitFor({ timeout: 20000 });
      await nextFrames(page);
      for (const id of GOAL_IDS) assert.ok(await new GoalCard(page, id).chartIsDrawn(), `the chart of ${id} is drawn`);
      assert.equal(await page.locator('table.overview-table tbody tr[data-goal]').count(), GOAL_IDS.length, 'the overview rows');
      // The inlined design system applies whole (its first rule included) with its own font.
      assert.equal(await page.locator('#kommune').evaluate((e) => getComputedStyle(e).boxSizing), 'border-box');
      await page.evaluate(() => document.fonts.ready);
      const loaded = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('IBM Plex Sans') && f.status === 'loaded').length);
      assert.ok(loaded >= 2, `IBM Plex Sans is loaded from the file (${loaded} faces)`);

      const s0 = await card.sentenceText();
      await card.pressOnSlider('PageDown');
      const s1 = await card.waitForSentenceChange(s0);
      const stored = await waitUntil(
        () => page.evaluate(() => localStorage.getItem('maltal.scenarier')),
        (t) => t !== null && JSON.parse(t).scenarier?.[0]?.ambitioner?.ledighed !== undefined,
        'the edit to be saved in localStorage',
      );
      assert.equal(JSON.parse(stored).version, 2);

      // Opened again without the link in the address: the saved target comes back.
      await page.goto(SINGLE_FILE);
      await card.slider.waitFor({ timeout: 20000 });
      assert.equal(await card.sentenceText(), s1, 'the saved target after reopening the file');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

describe('presentation mode by keyboard', () => {
  let calc;
  let show;
  /** The calculator's own h1 (the presentation has an h1 of its own). */
  const calculatorTitle = () => calc.page.locator('.title-row h1');
  before(async () => {
    calc = await CalculatorPage.open(browser, '?kommune=751');
    show = new PresentationMode(calc);
  });
  after(async () => {
    await calc?.close();
  });

  test('Enter opens it with the focus; arrows step through the goals; Escape leaves', async () => {
    const titles = await calc.goalCards.locator('h3').allTextContents();
    const target1 = danishNumber((await calc.overviewCells(GOAL_IDS[0]))[1]);
    await show.openByKeyboard();
    assert.equal(await calculatorTitle().count(), 0, 'the calculator gives way');
    await show.waitForPlace(1, 4);
    assert.equal(await show.placeText(), 'Aarhus · mål 1 / 4');
    assert.equal((await show.title.textContent()).trim(), titles[0].trim());
    assert.equal(danishNumber(await show.target.textContent()), target1, 'the first goal\'s target');

    await calc.page.keyboard.press('ArrowRight');
    await show.waitForPlace(2, 4);
    assert.equal((await show.title.textContent()).trim(), titles[1].trim());
    await calc.page.keyboard.press('ArrowLeft');
    await show.waitForPlace(1, 4);
    await calc.page.keyboard.press('ArrowLeft');
    await show.waitForPlace(4, 4);
    assert.equal((await show.title.textContent()).trim(), titles[3].trim(), 'from the first, back to the last');

    await calc.page.keyboard.press('Escape');
    await show.root.waitFor({ state: 'detached' });
    await calculatorTitle().waitFor();
    await nextFrames(calc.page);
    assert.ok(await calc.goalCard(GOAL_IDS[0]).chartIsDrawn(), 'the calculator is back');
  });

  test('leaving puts the focus back on the "Præsentation (projektor)" button', async () => {
    if (await show.root.count() === 0) await show.openByKeyboard();
    await calc.page.keyboard.press('Escape');
    await show.root.waitFor({ state: 'detached' });
    const focused = await show.focused();
    assert.match(focused, /^button\b.*«Præsentation \(projektor\)»$/, `the focus after Escape: ${focused}`);
  });

  test('with the shortcuts turned off the arrows and Escape do nothing; the button still leaves', async () => {
    await show.openByKeyboard();
    await show.waitForPlace(1, 4);
    await show.tabTo(show.keysBox);
    assert.equal(await show.keysBox.isChecked(), true, 'the shortcuts are on by default');
    await calc.page.keyboard.press('Space');
    await waitUntil(() => show.keysBox.isChecked(), (c) => c === false, 'the shortcuts box unticked');

    await show.root.focus();
    await calc.page.keyboard.press('ArrowRight');
    await calc.page.keyboard.press('Escape');
    await nextFrames(calc.page);
    assert.equal(await show.root.count(), 1, 'Escape does not leave');
    assert.ok((await show.placeText()).endsWith('mål 1 / 4'), 'ArrowRight does not step');

    await show.tabTo(show.exitButton);
    await calc.page.keyboard.press('Enter');
    await show.root.waitFor({ state: 'detached' });
    await calculatorTitle().waitFor();
    assert.deepEqual(calc.problems, []);
  });
});

describe('participants\' comparison by keyboard', () => {
  test('after loading the files, the comparison is reached, shown and changed with the keyboard', async () => {
    const calc = await CalculatorPage.open(browser, '?kommune=751');
    const panel = new ScenarioPanel(calc);
    const page = calc.page;
    try {
      // Open "Del, gem, udskriv og sammenlign" by keyboard.
      await panel.shareSummary.focus();
      await page.keyboard.press('Enter');
      await waitUntil(() => panel.share.evaluate((d) => d.open), (o) => o, 'the share box to open');
      const { text } = await panel.saveScenario();
      const people = ['Anna', 'Bo', 'Cecilie', 'Dorte'].map((forfatter, k) => ({
        forfatter,
        navn: `Bud ${k + 1}`,
        ambitioner: { ledighed: { vaerdi: [6200, 7000, 6600, 6300][k] } },
      }));
      await panel.importFiles(participantFiles(text, people));

      // From the file field, Tab reaches "Sammenlign alle deltagere"; Enter compares them.
      await panel.files.focus();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Sammenlign alle deltagere (scenarier med forfatter)');
      await page.keyboard.press('Enter');
      await panel.comparisonTable.waitFor();
      let { head, rows } = await panel.comparisonData();
      assert.deepEqual(head.slice(1, 5), ['Bud 1 – Aarhus', 'Bud 2 – Aarhus', 'Bud 3 – Aarhus', 'Bud 4 – Aarhus']);
      assert.deepEqual(rows[0].slice(5), ['6.200', '6.450', '7.000'], 'ledighed: Mindst, Median (of an even count), Størst');

      // Space on a participant's box leaves them out.
      await page.keyboard.press('Tab'); // compare-0 (the scenario without an author)
      await page.keyboard.press('Tab'); // compare-1 (Bud 1)
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'compare-1');
      await page.keyboard.press('Space');
      await waitUntil(() => panel.comparisonData(), (d) => d.head.length === 1 + 3 + 3, 'three participants in the table');
      ({ head, rows } = await panel.comparisonData());
      assert.deepEqual(head.slice(1, 4), ['Bud 2 – Aarhus', 'Bud 3 – Aarhus', 'Bud 4 – Aarhus']);
      for (const row of rows) {
        const values = row.slice(1, 4).map(danishNumber);
        const [lo, mid, hi] = row.slice(4).map(danishNumber);
        assert.deepEqual([lo, mid, hi], [Math.min(...values), median(values), Math.max(...values)], `${row[0]}: the spread of ${row.slice(1, 4)}`);
      }
      assert.ok(await panel.comparisonChartIsDrawn(), 'the comparison chart is drawn');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});
