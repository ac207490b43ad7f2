// Issue 11: a goal card a politician reads at a glance. Randers (730), in Danish and English:
// each sentence starts from now (its month named), then the prognosis, then the same month last
// time (a goal on one month); the realism badge says what was counted, among whom, over which
// years and out of how many; the presets run from the weakest to the most ambitious and the
// slider shows today's level, the prognosis and the better end; the number field and the slider
// agree; an empty field says so under the field and keeps the target; a glossary word opens its
// explanation. A count goal on one month (langtidsledighed), an annual average (ledighed) and a
// percentage (loentimer). axe-core: no serious or critical violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { describeViolations, launch, waitUntil } from './support.mjs';
import { CalculatorPage } from './pages/calculator.mjs';

let browser;
let calc;
before(async () => {
  browser = await launch();
  calc = await CalculatorPage.open(browser, '?kommune=730');
});
after(async () => {
  await calc?.close();
  await browser?.close();
});

/** The preset buttons' ids and values (as numbers) in the order the card shows them. */
async function presetsInOrder(card, lang) {
  return card.root.locator('button[data-preset]').evaluateAll(
    (bs, lang) =>
      bs
        .filter((b) => !b.disabled)
        .map((b) => {
          const text = b.querySelector('.preset-value').textContent.replace(/[\s%]/g, '');
          const plain = lang === 'da' ? text.replaceAll('.', '').replace(',', '.') : text.replaceAll(',', '');
          return [b.dataset.preset, Number(plain)];
        }),
    lang,
  );
}

test('the Danish sentences start from now, then the prognosis, then the same month last time', async () => {
  const month = await calc.goalCard('langtidsledighed').sentenceText();
  assert.match(
    month,
    /^Målet for langtidsledige er [\d.]+ personer i dec\. 2026: (\d+ (færre|flere) end|det samme som) nu \([\d.]+ i jul\. 2025\), (\d+ (færre|flere) end|det samme som) prognosen og \d+ (færre|flere) end samme måned sidst \(dec\. 2024\) – /,
  );
  const average = await calc.goalCard('ledighed').sentenceText();
  assert.match(
    average,
    /^Målet for ledige er [\d.]+ fuldtidspersoner i gennemsnit i 2026: (\d+ (færre|flere) end|det samme som) nu \(gennemsnit aug\. 2024–jul\. 2025: [\d.]+\) og (\d+ (færre|flere) end|det samme som) prognosen – /,
  );
  assert.ok(!average.includes('samme måned sidst'), 'an annual average has no seasonal third base');
  const percent = await calc.goalCard('loentimer').sentenceText();
  assert.match(percent, /er \d+,\d % i gennemsnit i 2026: \d+,\d procentpoint (højere|lavere) end nu \(gennemsnit aug\. 2024–jul\. 2025: \d+,\d %\)/);
  assert.ok(!/[+-]\d+,\d %/.test(percent), `no bare signed % for a percentage indicator: ${percent}`);
  for (const s of [month, average, percent]) {
    assert.ok(!/ca\. 0 /.test(s) && !s.includes('ca. 0,0'), `no pace of about nothing: ${s}`);
  }
});

test('the realism badge says what was counted, among whom, over which years and out of how many', async () => {
  for (const id of ['ledighed', 'langtidsledighed', 'loentimer']) {
    const text = await calc.goalCard(id).realism.textContent();
    assert.match(text, /\d+ af [\d.]+ gange er en (sammenlignelig )?kommune.* endt .* sin prognose efter \d+ måneder \(\d{4}(–\d{4})?\) – det kræver dette mål\./, text);
    assert.ok(!text.includes('tilfælde'), text);
  }
});

test('presets run from the weakest to the most ambitious and say what they do; the slider shows now, the prognosis and the better end', async () => {
  const card = calc.goalCard('langtidsledighed');
  const presets = await presetsInOrder(card, 'da');
  assert.equal(presets.length, 5);
  for (let i = 1; i < presets.length; i++) {
    assert.ok(presets[i - 1][1] >= presets[i][1], `fewer is better: weakest (highest) first: ${JSON.stringify(presets)}`);
  }
  assert.equal((await card.preset('hold').locator('.preset-label').textContent()).trim(), 'Samme niveau som dec. 2024');
  const scale = card.root.locator('.slider-scale');
  assert.match(await scale.textContent(), /Færre \(bedre\).*Nu: [\d.]+.*Prognose: [\d.]+.*Flere/);
  assert.equal(await card.root.locator('.slider-marks line.mark-now').count(), 1);
  assert.equal(await card.root.locator('.slider-marks line.mark-prognosis').count(), 1);
  assert.ok((await card.root.locator('datalist option').count()) >= 3, 'the slider has a datalist of marks');
  const described = await card.slider.getAttribute('aria-describedby');
  assert.ok(described.split(' ').includes('scale-langtidsledighed'), described);
  // More is better for the share with paid hours: the highest target last, the better end right.
  const loen = calc.goalCard('loentimer');
  const up = await presetsInOrder(loen, 'da');
  for (let i = 1; i < up.length; i++) assert.ok(up[i - 1][1] <= up[i][1], JSON.stringify(up));
  assert.match(await loen.root.locator('.slider-scale').textContent(), /Højere \(bedre\)/);
});

test('the number field and the slider agree, and an empty field says so under the field and keeps the target', async () => {
  const card = calc.goalCard('langtidsledighed');
  await card.typeNumber('300,5');
  await waitUntil(() => card.number.inputValue(), (v) => v === '301', 'the field to show 301');
  assert.equal(await card.sliderValue(), 301, 'one rounding rule: the slider shows 301 too');
  const before = await card.sentenceText();
  // Clear the field and leave it.
  await card.number.click();
  await calc.page.keyboard.press('Control+A');
  await calc.page.keyboard.press('Backspace');
  await calc.page.keyboard.press('Tab');
  const error = card.root.locator('#number-error-langtidsledighed');
  await error.waitFor({ state: 'visible' });
  assert.equal((await error.textContent()).trim(), 'Feltet er tomt – skriv et mål. Målet er stadig 301 personer.');
  assert.equal(await card.number.getAttribute('aria-describedby'), 'number-error-langtidsledighed');
  assert.equal(await card.number.getAttribute('aria-invalid'), 'true');
  assert.equal(await card.sentenceText(), before, 'the target is kept');
  assert.equal(await card.sliderValue(), 301);
});

test('a glossary word opens its explanation from the word itself, by keyboard too', async () => {
  const card = calc.goalCard('ledighed');
  const word = card.root.locator('.goal-indicator button.term-button', { hasText: 'bruttoledige' });
  assert.equal(await word.getAttribute('aria-expanded'), 'false');
  const explanation = calc.page.locator(`#${await word.getAttribute('aria-controls')}`);
  assert.ok(await explanation.isHidden());
  await word.focus();
  await calc.page.keyboard.press('Enter');
  await waitUntil(() => word.getAttribute('aria-expanded'), (v) => v === 'true', 'the word to be expanded');
  assert.match(await explanation.textContent(), /^Bruttoledige er de ledige/);
  assert.ok(await explanation.isVisible());
  const outlook = calc.page.locator('fieldset.outlook legend button.term-button');
  await outlook.click();
  assert.match(await calc.page.locator(`#${await outlook.getAttribute('aria-controls')}`).textContent(), /^Konjunkturen er/);
  assert.equal(await calc.page.locator('table.overview-table thead th').first().textContent(), 'Mål');
  assert.equal(await calc.page.locator('table.overview-table thead th').nth(1).textContent(), 'Måltal', 'no «Mål | Mål»');
});

test('axe-core: no serious or critical violation with a glossary word open', async (t) => {
  const { serious, lesser } = await calc.axe();
  for (const line of describeViolations(lesser)) t.diagnostic(`axe (below serious): ${line}`);
  assert.deepEqual(describeViolations(serious), []);
});

test('in English the sentences, the badge and the presets read the same way', async () => {
  await calc.switchLanguage();
  const month = await calc.goalCard('langtidsledighed').sentenceText();
  assert.match(
    month,
    /^The target for long-term unemployed is [\d,]+ persons in Dec 2026: (\d+ (fewer|more) than|the same as) now \([\d,]+ in Jul 2025\), (\d+ (fewer|more) than|the same as) the forecast and \d+ (fewer|more) than the same month last time \(Dec 2024\) – /,
  );
  const average = await calc.goalCard('ledighed').sentenceText();
  assert.match(average, /full-time persons on average in 2026: (\d+ (fewer|more) than|the same as) now \(average Aug 2024–Jul 2025: [\d,]+\)/);
  const percent = await calc.goalCard('loentimer').sentenceText();
  assert.match(percent, /\d+\.\d percentage points (higher|lower) than now \(average Aug 2024–Jul 2025: \d+\.\d %\)/);
  const realism = await calc.goalCard('langtidsledighed').realism.textContent();
  assert.match(realism, /\d+ of \d+ times a (comparable )?municipality.* ended .* its forecast after \d+ months \(\d{4}(–\d{4})?\) – as this target asks\./);
  const card = calc.goalCard('langtidsledighed');
  assert.equal((await card.preset('hold').locator('.preset-label').textContent()).trim(), 'Same level as Dec 2024');
  assert.match(await card.root.locator('.slider-scale').textContent(), /Fewer \(better\).*Now: [\d,]+.*Forecast: [\d,]+.*More/);
  assert.deepEqual(calc.problems, []);
});
