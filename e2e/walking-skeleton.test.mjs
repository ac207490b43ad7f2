// Smoke test: the built app starts under the strict CSP, draws every chart, fills the overview,
// and logs no error. (The journeys in calculator.test.mjs and data-errors.test.mjs go further.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './support.mjs';
import { CalculatorPage, GOAL_IDS } from './pages/calculator.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the page loads under its CSP, draws a chart per goal and fills the overview', async () => {
  const calc = await CalculatorPage.open(browser);
  try {
    const response = await calc.page.request.get(calc.page.url());
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/, 'served with the strict CSP');
    assert.equal(await calc.boot.count(), 0, 'the loading message is gone once the app runs');
    assert.ok((await calc.municipalityName()).length > 0, 'a municipality is chosen from the start');
    for (const id of GOAL_IDS) {
      const card = calc.goalCard(id);
      assert.equal(await card.heading.count(), 1, `card ${id}`);
      assert.ok(await card.chartIsDrawn(), `the chart of ${id} shows something`);
      assert.match(await card.realism.textContent(), /[\d.]+ af [\d.]+ gange er en (sammenlignelig )?kommune endt /);
    }
    assert.equal(await calc.page.locator('table.overview-table tbody tr[data-goal]').count(), GOAL_IDS.length);
    assert.equal(await calc.overviewHeading.textContent(), 'Måltal for beskæftigelsesplanen');
    assert.ok((await calc.comparisonTable.locator('tbody tr').count()) > 1, 'the comparison lists municipalities');
    assert.equal(await calc.comparisonSelfRow.count(), 1);
    assert.deepEqual(calc.problems, []);
  } finally {
    await calc.close();
  }
});

// index.html and index.js ask for the wasm and the data file before the app runs; the app's own
// requests must then be answered by those, not download them a second time.
for (const [query, data] of [['', 'data/baseline.json'], ['?data=data/baseline.json&kommune=751', 'data/baseline.json'], ['?data=data/none.json&data=%20&data=data/baseline.json', 'data/baseline.json']]) {
  test(`the wasm and the data file are fetched once, ahead of the app (${query || 'no query'})`, async () => {
    const calc = await CalculatorPage.open(browser, query);
    // Chromium warns a few seconds after the load when a preload went unused.
    const unused = [];
    calc.page.on('console', (m) => { if (/preload/i.test(m.text())) unused.push(m.text()); });
    try {
      const entries = await calc.page.evaluate(() => performance.getEntriesByType('resource')
        .map((e) => ({ path: new URL(e.name).pathname.replace(/^\//, ''), by: e.initiatorType })));
      for (const path of ['pkg/maltal_bg.wasm', data]) {
        const got = entries.filter((e) => e.path === path);
        assert.equal(got.length, 1, `${path} fetched once: ${JSON.stringify(entries)}`);
        assert.equal(got[0].by, 'link', `${path} came from the preload`);
      }
      await calc.page.waitForTimeout(3500);
      assert.deepEqual(unused, [], 'every preload was used');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
}
