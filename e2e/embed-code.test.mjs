// Journeys of issue 13 §3–4: the "Indlejr" dialog writes embed code that works as pasted on a
// page of another origin, copying it tells the truth, and a framed Måltal posts the documented
// maltal:valg message to its host page after a change.
import { describe, test, before, after } from 'node:test';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { BASE_URL, launch, serveHtml, waitUntil, watchCspViolations } from './support.mjs';

const APP_ORIGIN = new URL(BASE_URL).origin;
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const PLACEHOLDER = 'https://maltal.example.dk/';
const SNIPPET = [...README.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => m[1]).find((b) => b.includes('<iframe'));

/** A listener as a region's page would write it (README, "maltal:valg"): keeps every message. */
const COLLECTOR = `<script>
window.valg = [];
window.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'maltal:valg') window.valg.push({ origin: event.origin, data: event.data });
});
</script>`;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function openPage(url, options = {}) {
  const context = await browser.newContext({ locale: 'da-DK', ...options });
  await context.addInitScript(watchCspViolations);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { context, page, problems };
}

const hostPage = (body) => `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Regionens side</title>
<link rel="icon" href="data:,"></head><body><h1>Beskæftigelsesplan</h1>${COLLECTOR}${body}</body></html>`;

describe('a framed Måltal tells its host page the chosen targets (maltal:valg, version 1)', () => {
  let h;
  let host;
  before(async () => {
    host = await serveHtml(hostPage(SNIPPET.replaceAll(PLACEHOLDER, `${APP_ORIGIN}/`)));
    h = await openPage(host.url);
  });
  after(async () => {
    await h?.context.close();
    await host?.close();
  });

  const messages = () => h.page.evaluate(() => window.valg);
  const goal = (m, id) => m.data.maal.find((g) => g.id === id);

  test('after loading: the municipality, every goal with target, unit and measure, the data date', async () => {
    const [first] = await waitUntil(messages, (l) => l.length > 0, 'a maltal:valg message', 20000);
    assert.equal(first.origin, APP_ORIGIN);
    assert.equal(first.data.version, 1);
    assert.deepEqual(first.data.kommune, { kode: '751', navn: 'Aarhus' });
    assert.equal(first.data.sprog, 'da');
    assert.match(first.data.data_dato, /^\d{4}-\d{2}$/);
    const g = goal(first, 'langtidsledighed');
    assert.ok(g, 'the embedded goal is listed');
    assert.equal(g.enhed, 'personer');
    assert.ok(Number.isInteger(g.maalvaerdi) && g.maalvaerdi > 0, `a whole number of persons: ${g.maalvaerdi}`);
    assert.ok(['gennemsnit', 'maaned'].includes(g.opgoerelse));
    assert.equal(typeof g.aar, 'number');
  });

  test('a slider move sends the new target once it settles', async () => {
    const before = (await messages()).length;
    const shown = Number(await h.page.frameLocator('iframe').locator('#slider-langtidsledighed').inputValue());
    const slider = h.page.frameLocator('iframe').locator('#slider-langtidsledighed');
    for (let i = 0; i < 5; i++) await slider.press('ArrowLeft');
    const list = await waitUntil(messages, (l) => l.length > before, 'a message after the change', 5000);
    const last = list[list.length - 1];
    assert.ok(list.length - before <= 2, `one message per settled change, not per step (${list.length - before})`);
    assert.ok(goal(last, 'langtidsledighed').maalvaerdi < shown, 'the lower target is sent');
    assert.deepEqual(h.problems, []);
  });
});

describe('"Indlejr" writes the embed code for what the user is looking at', () => {
  test('the code names municipality and goal, copies truthfully, and works as pasted on another origin', async () => {
    const app = await openPage(new URL('?kommune=751', BASE_URL).toString(), { permissions: ['clipboard-read', 'clipboard-write'] });
    let host;
    try {
      const { page } = app;
      await page.locator('#slider-langtidsledighed').waitFor({ timeout: 15000 });
      await page.locator('#embed-button').click();
      const dialog = page.locator('#embed-dialog');
      await dialog.waitFor({ state: 'visible' });
      assert.equal(await page.locator('#embed-dialog-heading').textContent(), 'Indlejr Måltal på en anden side');
      await page.locator('#embed-goal').selectOption('langtidsledighed');
      await page.locator('#embed-height').fill('700');
      await page.locator('#embed-height').press('Tab');
      const code = await waitUntil(() => page.locator('#embed-code').inputValue(), (c) => c.includes('maal=langtidsledighed') && c.includes('height="700"'), 'the code to follow the choices');
      assert.match(code, /^<iframe title="Måltal – mål for beskæftigelsesindsatsen – Aarhus"/);
      assert.ok(code.includes('kommune=751'), code);
      assert.ok(code.includes('allow="clipboard-write"'));
      assert.ok(!code.includes('&s='), 'no scenario unless asked');
      await page.locator('#embed-copy').click();
      await waitUntil(() => page.locator('#embed-copy').textContent(), (t) => t === 'Kopieret', 'the button to say Kopieret');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
      // Esc closes, and the keyboard is back where it was.
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'embed-button');
      assert.deepEqual(app.problems, []);

      // The code, pasted as it is into a page of another origin: one goal, and the frame fits it.
      host = await serveHtml(hostPage(code));
      const h = await openPage(host.url);
      const frame = h.page.frameLocator('iframe');
      await frame.locator('#slider-langtidsledighed').waitFor({ timeout: 20000 });
      assert.equal(await frame.locator('.goal-card').count(), 1, 'one goal card');
      assert.equal(await frame.locator('input[type=file]').count(), 0, 'no file input');
      const fitted = await waitUntil(
        () => h.page.locator('iframe').evaluate((f) => f.clientHeight),
        (px) => px !== 700 && px > 300,
        'the frame to take its content height',
        15000,
      );
      assert.ok(fitted > 300);
      await h.context.close();
    } finally {
      await app.context.close();
      await host?.close();
    }
  });

  test('in English, with the own targets: the code carries the language and the scenario', async () => {
    const app = await openPage(new URL('?kommune=730&sprog=en', BASE_URL).toString());
    try {
      const { page } = app;
      await page.locator('#slider-langtidsledighed').waitFor({ timeout: 15000 });
      await page.locator('#embed-button').click();
      assert.equal(await page.locator('#embed-dialog-heading').textContent(), 'Embed Måltal in another page');
      await page.locator('#embed-own').check();
      const link = await waitUntil(() => page.locator('#embed-link').inputValue(), (l) => l.includes('&s='), 'the scenario in the address');
      const url = new URL(link);
      assert.equal(url.searchParams.get('embed'), '1');
      assert.equal(url.searchParams.get('kommune'), '730');
      assert.equal(url.searchParams.get('sprog'), 'en');
      assert.match(url.searchParams.get('s'), /^2\./);
      assert.deepEqual(app.problems, []);
    } finally {
      await app.context.close();
    }
  });
});
