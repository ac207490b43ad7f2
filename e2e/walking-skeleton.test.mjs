// Journey: a new user opens Måltal, picks a municipality and sees its chart and table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './support.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the page loads, shows the picker, and draws a chart for the chosen municipality', async () => {
  const { page, problems, context } = await openPage(browser);
  const picker = page.getByLabel('Kommune');
  await picker.waitFor({ timeout: 15000 });
  assert.equal(await page.locator('#boot').count(), 0, 'the loading message is gone once the app runs');

  await picker.selectOption({ label: 'Aarhus' });
  const summary = page.locator('figure.chart figcaption');
  await page.waitForFunction(() => document.querySelector('figure.chart figcaption')?.textContent?.includes('Aarhus'));
  assert.match(await summary.textContent(), /^Ledige i Aarhus: .* i aug\. 2021 og .* i jul\. 2025\.$/);

  const rows = page.locator('table.data-table tbody tr');
  assert.equal(await rows.count(), 48, 'one table row per month from Aug 2021 to Jul 2025');
  const firstValue = await rows.first().locator('td').textContent();
  assert.match(firstValue, /^\d{1,3}(\.\d{3})*$/, 'Danish thousands separator');

  // The canvas has been drawn on: some pixel differs from the white background.
  const drawn = await page.locator('canvas.chart-canvas').evaluate((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4) if (d[i] < 200) return true;
    return false;
  });
  assert.ok(drawn, 'the chart canvas shows something');
  assert.deepEqual(problems, []);
  await context.close();
});
