// Journeys of issues 11 (§6) and 12 (§2, §4): a chart downloads as a PNG at twice the pixels, as
// an SVG whose text says what it shows, for whom and from where, and as the CSV of its own
// figures; presentation mode fills a 1920×1080 screen with a readable chart, steps by arrows and
// clicker keys through the goals and the participants' slide, and Esc leaves.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { download, launch, nextFrames, svgTexts, waitUntil } from './support.mjs';
import { CalculatorPage, GOAL_IDS, GoalCard } from './pages/calculator.mjs';
import { ScenarioPanel, participantFiles } from './pages/scenarios.mjs';
import { PresentationMode } from './pages/presentation.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('a chart downloads in the OWID manner', () => {
  let calc;
  let card;
  before(async () => {
    calc = await CalculatorPage.open(browser, '?kommune=730', { viewport: { width: 1280, height: 900 } });
    card = new GoalCard(calc.page, GOAL_IDS[1]);
    await waitUntil(() => card.chartIsDrawn(), (d) => d, 'the chart drawn');
  });
  after(async () => {
    await calc?.close();
  });

  test('the legend stands next to the chart with two different band swatches, and the downloads under it', async () => {
    const figure = card.root.locator('figure.chart').first();
    const order = await figure.evaluate((f) => [...f.children].map((c) => c.tagName.toLowerCase() + (c.className ? `.${c.className.split(' ')[0]}` : '')));
    // The downloads stand under the legend, in a disclosure that only a phone shows (issue 11 §7).
    assert.deepEqual(order.slice(0, 3), ['canvas.chart-canvas', 'ul.unstyled-list', 'details.details'], `${order}`);
    assert.equal(await figure.locator(':scope > details.phone-fold .chart-downloads').isVisible(), true, 'the downloads, open on a wide screen');
    const bands = await figure.locator('.swatch.band').evaluateAll((s) => s.map((e) => getComputedStyle(e).backgroundColor));
    assert.equal(bands.length, 2, 'the 80 % and 95 % bands');
    assert.notEqual(bands[0], bands[1], `two shades: ${bands}`);
  });

  test('PNG: at least 1200 px wide (twice the pixels)', async () => {
    const { name, bytes } = await download(calc.page, card.root, 'png');
    assert.match(name, /^maltal-randers-.+\.png$/);
    assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    assert.ok(width >= 1200, `width ${width}`);
    assert.ok(height >= 600 && height < width, `height ${height}`);
  });

  test('SVG: its text has the title, the municipality and scenario, the legend and the source', async () => {
    const title = (await card.heading.textContent()).trim();
    const { name, bytes } = await download(calc.page, card.root, 'svg');
    assert.match(name, /\.svg$/);
    const svg = bytes.toString('utf8');
    assert.match(svg, /^<svg /);
    const texts = svgTexts(svg);
    assert.ok(texts.includes(`${title} – Randers`), `the title in ${JSON.stringify(texts.slice(0, 6))}`);
    assert.ok(texts.some((t) => /^Randers( · .+)?$/.test(t)), `the municipality and scenario: ${JSON.stringify(texts.slice(0, 6))}`);
    assert.ok(texts.some((t) => t.startsWith('Usikkerhed 80')), 'the legend');
    const source = texts.find((t) => t.startsWith('Kilde: '));
    assert.match(source ?? '', /^Kilde: .+, data til \S+ \d{4}$/, `the source line: ${source}`);
    assert.ok(!svg.includes('baseline.json'), 'no file path');
  });

  test('CSV: a row per month with the figures, the source at the end', async () => {
    const { name, bytes } = await download(calc.page, card.root, 'csv');
    assert.match(name, /\.csv$/);
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\n');
    assert.match(lines[0], /^Måned;Randers, faktisk;/);
    const figures = lines.filter((l) => /^(jan\.|feb\.|mar\.|apr\.|maj|jun\.|jul\.|aug\.|sep\.|okt\.|nov\.|dec\.) \d{4};\d/.test(l));
    assert.ok(figures.length >= 24, `${figures.length} months with an actual figure`);
    assert.ok(lines.some((l) => l.startsWith('Kilde: ')), 'the source line');
  });

  test('the comparison\'s bar chart downloads too, with its title', async () => {
    const section = calc.page.locator('section.comparison');
    const { bytes } = await download(calc.page, section, 'svg');
    const texts = svgTexts(bytes.toString('utf8'));
    assert.ok(texts.some((t) => t.endsWith('Randers blandt sammenlignelige kommuner')), `${JSON.stringify(texts.slice(0, 4))}`);
    assert.ok(texts.some((t) => t.startsWith('Kilde: ')), 'the source line');
    assert.deepEqual(calc.problems, []);
  });
});

describe('a chart follows its box', () => {
  test('narrowing the window redraws the chart at its new width', async () => {
    const calc = await CalculatorPage.open(browser, '?kommune=730', { viewport: { width: 1280, height: 900 } });
    try {
      const card = new GoalCard(calc.page, GOAL_IDS[1]);
      await waitUntil(() => card.chartIsDrawn(), (d) => d, 'the chart drawn');
      const canvas = card.root.locator('canvas.chart-canvas').first();
      const widths = () => canvas.evaluate((c) => [c.width, Math.round(c.clientWidth * devicePixelRatio)]);
      const [before, box] = await widths();
      assert.equal(before, box, 'drawn at its box\'s width');
      await calc.page.setViewportSize({ width: 700, height: 900 });
      const [after, newBox] = await waitUntil(widths, ([w, b]) => w === b && w !== before, 'the chart redrawn at the new width');
      assert.ok(after < before, `${before} → ${after} (box ${newBox})`);
      assert.ok(await card.chartIsDrawn(), 'still drawn');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});

describe('presentation mode on a 1920×1080 projector', () => {
  let calc;
  let show;
  before(async () => {
    calc = await CalculatorPage.open(browser, '?kommune=751', { viewport: { width: 1920, height: 1080 } });
    show = new PresentationMode(calc);
  });
  after(async () => {
    await calc?.close();
  });

  test('the chart fills most of the screen, its text and the sentence are large', async () => {
    await show.openByKeyboard();
    await show.waitForPlace(1, 4);
    await nextFrames(calc.page, 3);
    const box = await show.chart.boundingBox();
    const share = (box.width * box.height) / (1920 * 1080);
    assert.ok(share > 0.5, `the chart covers ${Math.round(share * 100)} % of the screen`);
    assert.ok(box.y + box.height <= 1080, 'the chart is on screen');
    // The canvas is drawn at the size shown, not stretched.
    const bitmap = await show.chart.evaluate((c) => [c.width, c.height, c.clientWidth, c.clientHeight]);
    assert.deepEqual([bitmap[0], bitmap[1]], [bitmap[2], bitmap[3]], `bitmap vs shown size: ${bitmap}`);
    const sentence = await show.root.locator('.presentation-sentence').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    assert.ok(sentence >= 36, `sentence ${sentence} px`);
  });

  test('the chart\'s axis labels are drawn at 24 px or more', async () => {
    // Record the fonts of the text the canvas draws on the next redraw (a new size redraws it).
    await calc.page.evaluate(() => {
      window.__fonts = [];
      const fill = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
        if (this.canvas.classList.contains('chart-presentation')) window.__fonts.push([String(text), this.font]);
        return fill.call(this, text, ...rest);
      };
    });
    await calc.page.setViewportSize({ width: 1910, height: 1080 });
    const fonts = await waitUntil(() => calc.page.evaluate(() => window.__fonts), (f) => f.length > 5, 'the chart redrawn');
    await calc.page.setViewportSize({ width: 1920, height: 1080 });
    const months = fonts.filter(([t]) => /^(jan\.|feb\.|mar\.|apr\.|maj|jun\.|jul\.|aug\.|sep\.|okt\.|nov\.|dec\.) \d{4}$/.test(t));
    assert.ok(months.length > 0, `month labels among ${JSON.stringify(fonts.slice(0, 8))}`);
    for (const [text, font] of months) {
      const px = parseFloat(/(\d+(\.\d+)?)px/.exec(font)?.[1] ?? '0');
      assert.ok(px >= 24, `${text}: ${font}`);
    }
  });

  test('arrows and PageUp/PageDown step through the goals; Esc leaves', async () => {
    await show.root.focus();
    await calc.page.keyboard.press('PageDown');
    await show.waitForPlace(2, 4);
    await calc.page.keyboard.press('ArrowRight');
    await show.waitForPlace(3, 4);
    await calc.page.keyboard.press('PageUp');
    await show.waitForPlace(2, 4);
    await calc.page.keyboard.press('ArrowLeft');
    await show.waitForPlace(1, 4);
    await calc.page.keyboard.press('Escape');
    await show.root.waitFor({ state: 'detached' });
    assert.deepEqual(calc.problems, []);
  });

  test('with participants\' files loaded, a last slide names the lowest, median and highest target and whose', async () => {
    const panel = new ScenarioPanel(calc);
    const { text } = await panel.saveScenario();
    const people = ['Anna', 'Bo', 'Cecilie'].map((forfatter, k) => ({
      forfatter,
      navn: `Bud ${k + 1}`,
      ambitioner: { ledighed: { vaerdi: [6200, 7000, 6600][k] } },
    }));
    await panel.importFiles(participantFiles(text, people));
    await show.openByKeyboard();
    await show.waitForPlace(1, 4);
    await calc.page.keyboard.press('ArrowLeft');
    const table = show.root.locator('table.presentation-table');
    await table.waitFor();
    assert.equal((await show.title.textContent()).trim(), 'Deltagernes mål');
    const first = await table.locator('tbody tr').first().locator('th, td').allTextContents();
    assert.deepEqual(first.slice(1), ['6.200 (Anna)', '6.600', '7.000 (Bo)'], `${first}`);
    await calc.page.keyboard.press('ArrowRight');
    await show.waitForPlace(1, 4);
    await calc.page.keyboard.press('Escape');
    await show.root.waitFor({ state: 'detached' });
    assert.deepEqual(calc.problems, []);
  });
});

describe('downloads from the single file (dist/maltal.html) on file://, offline', () => {
  test('PNG, SVG and CSV each arrive as one file with their content', async () => {
    const context = await browser.newContext({ locale: 'da-DK', offline: true });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    try {
      await page.goto(new URL('../dist/maltal.html?kommune=730', import.meta.url).toString());
      const card = new GoalCard(page, GOAL_IDS[0]);
      await card.slider.waitFor({ timeout: 20000 });
      await nextFrames(page);
      const png = await download(page, card.root, 'png');
      assert.ok(png.bytes.readUInt32BE(16) >= 1200, 'the PNG\'s width');
      const svg = svgTexts((await download(page, card.root, 'svg')).bytes.toString('utf8'));
      assert.ok(svg.some((t) => t.startsWith('Kilde: ')), 'the SVG\'s source line');
      const csv = (await download(page, card.root, 'csv')).bytes.toString('utf8');
      assert.match(csv, /^\uFEFFMåned;/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
