// Journeys of issue 14: a new user adds an own three-year goal on the unemployment rate for their
// municipality, sets a target and a milestone, reloads, opens the share link in a fresh browser
// and sees the same goal and figures, prints it and exports it; deletes it and undoes that; and
// an old (version 1) share link from before own goals still opens. Once in Danish, once in English.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, nextFrames, settled, waitUntil } from './support.mjs';
import { CalculatorPage } from './pages/calculator.mjs';
import { ScenarioPanel } from './pages/scenarios.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const OWN = 'egen-1';

/** Fills in and saves the own-goal form. */
async function addOwnGoal(calc, { title, indicator, measure, year }) {
  const page = calc.page;
  await page.locator('button.add-goal').click();
  await page.locator('#own-goal-title').fill(title);
  await page.locator('#own-goal-indicator').selectOption(indicator);
  await page.locator('#own-goal-measure').selectOption(measure);
  await page.locator('#own-goal-year').selectOption(year);
  await page.locator('form.own-goal-form button[type=submit]').click();
  await calc.goalCard(OWN).slider.waitFor({ timeout: 10000 });
  await settled(page);
  await nextFrames(page);
}

/** Types `text` into a field and leaves it (the change event), as a user does with Tab. */
async function type(locator, text) {
  await locator.fill(text);
  await locator.press('Tab');
}

for (const lang of ['da', 'en']) {
  const da = lang === 'da';
  describe(`issue 14 journey (${lang}): an own three-year goal on the unemployment rate in Randers`, () => {
    let calc;
    let panel;
    let sentence;
    let link;

    before(async () => {
      calc = await CalculatorPage.open(browser, `?kommune=730${da ? '' : '&sprog=en'}`);
      panel = new ScenarioPanel(calc);
    });
    after(async () => {
      await calc?.close();
    });

    test('the form adds the goal; a target and a milestone shape its three-year path', async () => {
      const title = da ? 'Ledigheden skal under 4 % i 2028' : 'Unemployment below 4 % by 2028';
      await addOwnGoal(calc, { title, indicator: 'ledighedsprocent', measure: 'gns', year: '2028' });
      const card = calc.goalCard(OWN);
      assert.equal((await card.heading.textContent()).trim(), title);
      // Two milestone years lie between the data (2025) and the target year.
      const m2026 = calc.page.locator(`#milestone-${OWN}-2026`);
      const m2027 = calc.page.locator(`#milestone-${OWN}-2027`);
      await m2026.waitFor();
      assert.equal(await m2027.count(), 1);
      assert.equal(await m2026.inputValue(), '', 'an untouched milestone follows the path');
      assert.match(await m2026.getAttribute('placeholder'), /^\d+[.,]\d$/, 'the path value shows as the placeholder');
      const s0 = await card.sentenceText();
      await type(card.number, da ? '3,9' : '3.9');
      sentence = await card.waitForSentenceChange(s0);
      assert.match(sentence, /2028/, `the sentence speaks of the target year: ${sentence}`);
      await type(m2026, da ? '4,3' : '4.3');
      await panel.waitForSaved(
        (s) => s.maal?.some((g) => g.id === OWN && g.indikator === 'ledighedsprocent' && g.aar === 2028) && s.delmaal?.[OWN]?.['2026'] === 4.3,
        'the own goal and its milestone saved',
      );
      sentence = await card.sentenceText();
    });

    test('after a reload the goal, its target and its milestone are back', async () => {
      await calc.page.reload();
      const card = calc.goalCard(OWN);
      await card.slider.waitFor({ timeout: 15000 });
      await nextFrames(calc.page);
      assert.equal(await card.number.inputValue(), da ? '3,9' : '3.9');
      assert.equal(await calc.page.locator(`#milestone-${OWN}-2026`).inputValue(), da ? '4,3' : '4.3');
      assert.equal(await card.sentenceText(), sentence);
    });

    test('the share link opens the same goal and figures in a fresh browser', async () => {
      link = await panel.link();
      assert.match(link, /[?&]s=2\./);
      console.log(`share link with one own goal and a milestone: ${link.length} characters`);
      const fresh = await CalculatorPage.open(browser, new URL(link).search);
      try {
        const card = fresh.goalCard(OWN);
        await card.slider.waitFor({ timeout: 15000 });
        await nextFrames(fresh.page);
        assert.equal(await card.sentenceText(), sentence);
        assert.equal(await fresh.page.locator(`#milestone-${OWN}-2026`).inputValue(), da ? '4,3' : '4.3');
        assert.deepEqual(fresh.problems, []);
      } finally {
        await fresh.close();
      }
    });

    test('the printed summary and the CSV hold the own goal', async () => {
      // As the browser does when the user prints: the summary is made on `beforeprint`.
      await calc.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const printed = await waitUntil(
        () => calc.page.locator('.print-summary').textContent(),
        (t) => t.length > 0,
        'the print summary',
      );
      await calc.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      const title = (await calc.goalCard(OWN).heading.textContent()).trim();
      assert.ok(printed.includes(title), `the print summary names the goal: ${printed.slice(0, 400)}`);
      const csvButton = panel.share.getByRole('button', { name: da ? 'Hent alle tal (CSV)' : 'Download all figures (CSV)', exact: true });
      // One download: the figures and, after an empty line, their description.
      const [csv] = await panel.download(csvButton, 1);
      assert.ok(csv.text.includes(OWN) && csv.text.includes('ledighedsprocent'), 'the CSV has the own goal\'s rows');
      const target = csv.text.split('\n').find((l) => l.includes(OWN) && l.includes('maalvaerdi'));
      assert.match(target ?? '', /[;,]2028[;,]maalvaerdi_aarsgennemsnit[;,]/, `the three-year annual-average target is written against 2028: ${target}`);
    });

    test('beginning with the three-year example set keeps the own goal after its goals', async () => {
      await calc.page.locator('select#goal-set').selectOption({ index: 1 });
      const first = calc.goalCard('ledighedsprocent');
      await first.slider.waitFor({ timeout: 10000 });
      await nextFrames(calc.page);
      const ids = await calc.page.locator('.goal-slot section.goal-card').evaluateAll((cards) =>
        cards.map((c) => c.getAttribute('aria-labelledby').replace(/^goal-/, '')),
      );
      assert.deepEqual(ids, ['ledighedsprocent', 'langtidsledige-dagpenge', 'kontanthjaelp-fuldtid', 'aktiveringsgrad', OWN]);
      assert.equal(await calc.page.locator('.goal-missing').count(), 0, 'no goal of the old set is left as a stub');
      assert.equal(await calc.goalCard(OWN).sentenceText(), sentence, 'the own goal keeps its target');
    });

    test('deleting the goal can be undone', async () => {
      const card = calc.goalCard(OWN);
      await calc.page.locator('.goal-slot', { has: card.heading }).getByRole('button', { name: da ? 'Slet målet' : 'Delete the goal' }).click();
      await waitUntil(() => card.heading.count(), (n) => n === 0, 'the card to go');
      const undo = calc.page.locator('.undo-bar');
      assert.match(await undo.innerText(), da ? /Målet er slettet/ : /The goal was deleted/);
      await undo.getByRole('button').click();
      await card.slider.waitFor({ timeout: 5000 });
      await nextFrames(calc.page);
      assert.equal(await card.sentenceText(), sentence, 'the goal is back with its target');
    });

    test('no console error or page error on the way', () => {
      assert.deepEqual(calc.problems, []);
    });
  });
}

describe('issue 14: links from before own goals', () => {
  test('a version 1 share link still opens its scenario', async () => {
    const v1 = readFileSync(new URL('../tests/fixtures/scenario/link-v1.txt', import.meta.url), 'utf8').trim();
    const calc = await CalculatorPage.open(browser, `?s=${v1}`);
    try {
      const panel = new ScenarioPanel(calc);
      assert.equal(await panel.currentName(), 'Ambitiøs plan (Udvalget)');
      assert.equal(await calc.goalCard('langtidsledighed').number.inputValue(), '1.350');
      assert.equal(await calc.notices.count(), 0, 'no notice: the link is fine');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});
