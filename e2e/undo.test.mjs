// Journeys of issue 11 §8: a target change can be undone with the card's button and with the
// browser's Back, without leaving the app and without one history entry per slider step; in
// embed mode the host page's history is left alone and the button still undoes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, settled, waitUntil } from './support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function open(path) {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(new URL(path, BASE_URL).toString());
  const slider = page.locator('#slider-langtidsledighed');
  await slider.waitFor({ timeout: 15000 });
  await settled(page);
  const card = page.locator('section.goal-card', { has: slider });
  return { context, page, problems, slider, undo: card.locator('button.undo-button') };
}

const value = (slider) => slider.inputValue().then(Number);
/** Moves the slider `n` steps down, then waits for the change to settle (one undo step). */
async function moveDown(page, slider, n) {
  for (let i = 0; i < n; i++) await slider.press('ArrowLeft');
  await page.waitForTimeout(900);
}

test('the undo button and Back both return to the target before the drag, staying in the app', async () => {
  const { context, page, problems, slider, undo } = await open('?kommune=751');
  try {
    assert.equal(await undo.isDisabled(), true, 'nothing to undo yet');
    const start = await value(slider);
    const entries = await page.evaluate(() => history.length);
    await moveDown(page, slider, 4);
    const moved = await value(slider);
    assert.ok(moved < start, `the slider moved (${start} → ${moved})`);
    assert.equal(await page.evaluate(() => history.length), entries + 1, 'four steps, one history entry');
    await undo.click();
    await waitUntil(() => value(slider), (v) => v === start, 'the undo to restore the target');

    await moveDown(page, slider, 3);
    assert.ok((await value(slider)) < start);
    await page.goBack();
    await waitUntil(() => value(slider), (v) => v === start, 'Back to restore the target');
    assert.equal(new URL(page.url()).origin, new URL(BASE_URL).origin, 'still in Måltal');
    assert.equal(await slider.count(), 1, 'the app is still there');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('in embed mode nothing is added to the history, and the button undoes', async () => {
  const { context, page, problems, slider, undo } = await open('?embed=1&kommune=751&maal=langtidsledighed');
  try {
    const start = await value(slider);
    const entries = await page.evaluate(() => history.length);
    await moveDown(page, slider, 3);
    assert.ok((await value(slider)) < start);
    assert.equal(await page.evaluate(() => history.length), entries, 'no history entry in embed mode');
    await undo.click();
    await waitUntil(() => value(slider), (v) => v === start, 'the undo to restore the target');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
