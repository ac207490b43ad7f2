// Journeys of issue 11 §7 at 375 px (a phone): while the target is set with the keyboard, the
// compact summary (target, against now and the prognosis, the chart small) stays in view above
// the slider; the chosen preset chip is scrolled into its row; the long secondary parts are
// folded; axe finds nothing serious in the three themes. And the bar chart's colour legend.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, axeScan, describeViolations, nextFrames, settled } from './support.mjs';

const PHONE = { width: 375, height: 812 };
let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function open(path, viewport = PHONE) {
  const context = await browser.newContext({ locale: 'da-DK', viewport });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.goto(new URL(path, BASE_URL).toString());
  const slider = page.locator('#slider-langtidsledighed');
  await slider.waitFor({ timeout: 15000 });
  await settled(page);
  await nextFrames(page);
  const card = page.locator('section.goal-card', { has: slider });
  return { context, page, problems, slider, card };
}

/** The element's box against the viewport: { top, bottom, left, right }. */
const box = (locator) =>
  locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
const inViewport = (b, what) => {
  assert.ok(b.top >= 0 && b.bottom <= PHONE.height, `${what} is within the viewport vertically: ${JSON.stringify(b)}`);
  assert.ok(b.left >= 0 && b.right <= PHONE.width, `${what} is within the viewport sideways: ${JSON.stringify(b)}`);
};
const digits = (s) => (s.match(/[\d.,]+/) ?? [''])[0];

test('at 375 px the summary and a small chart stay in view above the slider while it moves', async () => {
  const { context, page, problems, slider, card } = await open('?kommune=730');
  try {
    const glance = card.locator('.glance');
    assert.equal(await glance.isVisible(), false, 'no summary before the target is touched');
    await slider.focus();
    for (let i = 0; i < 4; i++) await slider.press('ArrowLeft');
    await page.waitForTimeout(300);
    assert.equal(await glance.isVisible(), true, 'the summary shows while the slider has focus');
    const target = await slider.inputValue();
    const figure = await glance.locator('.glance-figure').innerText();
    assert.equal(digits(figure).replace(/\./g, ''), target, `the summary shows the slider's target (${figure})`);
    assert.match(await glance.locator('.glance-versus').innerText(), /(end|som) nu · .*prognosen/);
    const sentence = await card.locator('.goal-sentence').innerText();
    assert.ok(sentence.includes(digits(figure)), `the sentence has the same figure: ${sentence}`);
    inViewport(await box(glance), 'the summary');
    const spark = glance.locator('.glance-spark');
    inViewport(await box(spark), 'the small chart');
    assert.ok((await spark.locator('path').count()) >= 2, 'history and kravforløb drawn small');
    const s = await box(slider);
    inViewport(s, 'the slider');
    assert.ok(s.top >= (await box(glance)).bottom, 'the summary does not cover the slider');
    // The sentence follows one more step.
    await slider.press('ArrowLeft');
    await page.waitForTimeout(200);
    assert.notEqual(await glance.locator('.glance-figure').innerText(), figure, 'the summary follows the slider');
    // Away from the target's controls the summary goes.
    await card.locator('textarea').focus();
    assert.equal(await glance.isVisible(), false, 'gone when focus leaves the controls');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the chosen preset chip is scrolled into its row, and the page is not moved sideways', async () => {
  const { context, page, problems, card } = await open('?kommune=730');
  try {
    const row = card.locator('.presets');
    const chips = row.locator('button[data-preset]:not([disabled])');
    const last = chips.last();
    // Choose the most ambitious preset, then the weakest (each change settles into one undo
    // step), scroll the row back to its start and undo: the most ambitious is chosen again
    // without being touched, and its chip is brought into the row's view.
    await chips.first().click();
    await page.waitForTimeout(900);
    await last.focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(900);
    assert.equal(await last.getAttribute('aria-pressed'), 'true');
    await chips.first().click();
    await page.waitForTimeout(900);
    await row.evaluate((r) => { r.scrollLeft = 0; });
    assert.ok((await box(last)).right > (await box(row)).right, 'the last chip is out of the row’s view');
    await card.locator('button.undo-button').click();
    await page.waitForTimeout(400);
    assert.equal(await last.getAttribute('aria-pressed'), 'true', 'the undo chose it again');
    const pressed = row.locator('button[aria-pressed="true"]');
    const [p, r] = [await box(pressed), await box(row)];
    assert.ok(p.left >= r.left - 1 && p.right <= r.right + 1, `the chosen chip is seen whole in its row: ${JSON.stringify({ p, r })}`);
    inViewport(p.top >= 0 && p.bottom <= PHONE.height ? p : { ...p, top: 0, bottom: 1 }, 'the chosen chip');
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), PHONE.width, 'no sideways page scroll');
    assert.equal(await card.locator('.slider').evaluate((e) => getComputedStyle(e).touchAction), 'pan-y', 'a vertical swipe over the track scrolls the page');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('on a phone the long secondary parts are folded; on a wide screen they are open as before', async () => {
  const phone = await open('?kommune=730');
  try {
    const folds = phone.page.locator('details.phone-fold');
    assert.ok((await folds.count()) >= 3, 'overview, comparison table, data file and the charts’ files are folded');
    assert.deepEqual(await folds.evaluateAll((ds) => ds.filter((d) => d.open).length), 0, 'all closed on a phone');
    const height = await phone.page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 11000, `the phone page is shorter than before (13 385 px): ${height}`);
    const overview = phone.page.locator('.overview details.phone-fold');
    await overview.locator('summary').click();
    assert.equal(await overview.locator('table').isVisible(), true, 'opened on request');
    assert.deepEqual(phone.problems, []);
  } finally {
    await phone.context.close();
  }
  const wide = await open('?kommune=730', { width: 1280, height: 800 });
  try {
    const folds = wide.page.locator('details.phone-fold');
    assert.equal(await folds.evaluateAll((ds) => ds.every((d) => d.open)), true, 'open on a wide screen');
    assert.equal(await wide.page.locator('.phone-fold-summary').first().isVisible(), false, 'without a disclosure');
    assert.equal(await wide.page.locator('.overview table').isVisible(), true);
    assert.equal(await wide.card.locator('.glance').isVisible(), false, 'no compact summary on a wide screen');
  } finally {
    await wide.context.close();
  }
});

for (const tema of ['lys', 'moerk', 'kontrast']) {
  test(`at 375 px, tema=${tema}, with the summary shown: axe finds no serious or critical violation`, async (t) => {
    const { context, slider, page } = await open(`?kommune=730&tema=${tema}`);
    try {
      await slider.focus();
      await slider.press('ArrowRight');
      await page.waitForTimeout(200);
      const { serious, lesser } = await axeScan(page);
      for (const line of describeViolations(lesser)) t.diagnostic(`axe (below serious): ${line}`);
      assert.deepEqual(serious.map((v) => v.id), [], describeViolations(serious).join('\n'));
    } finally {
      await context.close();
    }
  });
}

test('the bar chart has a colour legend with only the kinds of bar drawn, in Danish and English', async () => {
  for (const [lang, expected] of [
    ['da', ["Randers' mål", 'Sammenlignelige kommuner (prognose)', 'Regionen (prognose)']],
    ['en', ["Randers' target", 'Comparable municipalities (forecast)', 'The region (forecast)']],
  ]) {
    const { context, page, problems } = await open(`?kommune=730&sprog=${lang}`, { width: 1280, height: 800 });
    try {
      const legend = page.locator('.comparison .legend li');
      await legend.first().waitFor();
      assert.deepEqual((await legend.allInnerTexts()).map((s) => s.trim()), expected);
      assert.equal(await page.locator('.comparison .legend .swatch.block').count(), 3);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});
