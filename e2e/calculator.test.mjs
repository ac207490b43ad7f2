// Journey of issue 5: a new user opens Måltal, chooses Aarhus by typing, moves the first goal's
// slider with the keyboard, presses a preset, switches to English and back and opens the data
// table — with no console error and no axe-core violation above moderate.
// Steps share one page and run in order; each step names what it checks.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, describeViolations, nextFrames, waitUntil } from './support.mjs';
import { CalculatorPage, DANISH_MONTH, DANISH_NUMBER, GOAL_IDS, PRESETS } from './pages/calculator.mjs';

const danish = (n) => new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(n);
const english = (n) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(n);
const MONTHS = ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
const monthIndex = (text) => {
  const [name, year] = text.split(' ');
  return Number(year) * 12 + MONTHS.indexOf(name);
};

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('issue 5 journey: a new user sets the goals for Aarhus', () => {
  let calc;
  const first = GOAL_IDS[0];
  let card;
  // Carried from step to step.
  let movedSentence;
  let presetSentence;

  before(async () => {
    calc = await CalculatorPage.open(browser);
    card = calc.goalCard(first);
  });
  after(async () => {
    await calc?.close();
  });

  test('opens in Danish with the municipality field labelled "Kommune" and charts drawn', async () => {
    assert.equal(await calc.boot.count(), 0, 'the loading message is gone once the app runs');
    assert.equal(await calc.documentLang(), 'da');
    const byLabel = calc.page.getByRole('combobox', { name: 'Kommune', exact: true });
    assert.equal(await byLabel.getAttribute('id'), 'kommune', 'the field named "Kommune" is #kommune');
    assert.equal((await calc.languageButton.textContent()).trim(), 'English');
    assert.equal(await calc.languageButton.getAttribute('lang'), 'en', 'the button\'s own text is marked as English');
    assert.deepEqual(
      await calc.goalCards.evaluateAll((cards) => cards.map((c) => c.querySelector('h3')?.id)),
      GOAL_IDS.map((id) => `goal-${id}`),
      'one card per goal, in order',
    );
    assert.equal(await calc.goalCards.first().locator('h3').getAttribute('id'), `goal-${first}`);
    for (const id of GOAL_IDS) {
      assert.ok(await calc.goalCard(id).chartIsDrawn(), `the chart of ${id} is drawn`);
    }
  });

  test('choosing Aarhus by typing shows its facts, its charts and its overview', async () => {
    const chartBefore = await card.chartImage();
    const sentenceBefore = await card.sentenceText();
    await calc.chooseMunicipality('Aarhus');

    assert.equal(await calc.municipalityName(), 'Aarhus');
    assert.equal(await calc.municipalityError.isHidden(), true, 'no "unknown municipality" error');
    const facts = await calc.factsMap();
    assert.equal(facts.Region, 'Region Midtjylland');
    assert.match(facts['Sammenlignelige kommuner'], /\(\d+ kommuner\)$/);
    assert.match(facts.Indbyggere, DANISH_NUMBER);
    assert.ok(Number(facts.Indbyggere.replaceAll('.', '')) > 300000, `Aarhus has over 300.000 inhabitants: ${facts.Indbyggere}`);
    assert.match(await calc.overviewSubtitle.textContent(), / Aarhus, data til [a-zæøå]+\.? \d{4}\.$/);
    assert.equal((await calc.comparisonSelfRow.locator('th').textContent()).trim(), 'Aarhus');
    assert.notEqual(await card.sentenceText(), sentenceBefore, 'the sentence is Aarhus\' now');
    await waitUntil(() => card.chartImage(), (img) => img !== chartBefore, 'the chart to be redrawn for Aarhus');
    assert.match(await card.chart.getAttribute('aria-label'), /Aarhus/, 'the chart\'s text alternative names Aarhus');
  });

  test('the first goal\'s slider works by keyboard; sentence, overview, comparison and chart follow', async () => {
    const v0 = await card.sliderValue();
    const step = Number(await card.slider.getAttribute('step'));
    const s0 = await card.sentenceText();
    const row0 = await calc.overviewCells(first);
    const cmp0 = await calc.comparisonSelfRow.textContent();
    const img0 = await card.chartImage();
    const measures0 = (await calc.redrawMeasures()).length;
    assert.match(s0, /^Målet for .* er [\d.]+ .* i gennemsnit i \d{4}: /, `a plain Danish sentence: ${s0}`);

    await card.pressOnSlider('ArrowLeft');
    const s1 = await card.waitForSentenceChange(s0);
    assert.equal(await card.sliderValue(), v0 - step, 'ArrowLeft lowers the target by one step');
    assert.ok(s1.includes(`er ${danish(v0 - step)} `), `the sentence states the new target ${danish(v0 - step)}: ${s1}`);

    await calc.page.keyboard.press('ArrowRight');
    await card.waitForSentenceChange(s1);
    assert.equal(await card.sliderValue(), v0, 'ArrowRight raises it again');
    assert.equal(await card.sentenceText(), s0, 'the same target gives the same sentence');

    await calc.page.keyboard.press('PageDown');
    movedSentence = await card.waitForSentenceChange(s0);
    const v2 = await card.sliderValue();
    assert.ok(v2 < v0 - step, `PageDown lowers the target by more than a step (${v0} → ${v2})`);
    assert.ok(movedSentence.includes(`er ${danish(v2)} `), `the sentence states ${danish(v2)}: ${movedSentence}`);
    const valueText = await card.slider.getAttribute('aria-valuetext');
    assert.ok(valueText.startsWith(danish(v2)), `the slider announces its value with the unit: ${valueText}`);
    assert.ok(movedSentence.includes(`er ${valueText} `), 'the value text is the figure the sentence states (the sentence itself is a live region)');
    assert.equal(await card.number.inputValue(), danish(v2), 'the number field follows the slider');

    const row2 = await calc.overviewCells(first);
    assert.equal(row2[0], row0[0], 'same goal row');
    assert.notEqual(row2[1], row0[1], 'the overview target changed');
    assert.ok(row2[1].startsWith(danish(v2)), `the overview shows the new target ${danish(v2)}: ${row2[1]}`);
    assert.notEqual(row2[3], row0[3], 'the overview\'s "vs prognosis" changed');
    await waitUntil(() => calc.comparisonSelfRow.textContent(), (t) => t !== cmp0, 'the comparison row of Aarhus to change');
    await waitUntil(() => card.chartImage(), (img) => img !== img0, 'the chart canvas to be redrawn');

    const focus = await card.slider.evaluate((el) => {
      const style = getComputedStyle(el);
      return { focused: document.activeElement === el, visible: el.matches(':focus-visible'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.ok(focus.focused && focus.visible, 'the slider keeps the keyboard focus');
    assert.ok(focus.outline !== 'none' && focus.width >= 2, `the focus is visible: outline ${focus.outline} ${focus.width}px`);

    await nextFrames(calc.page);
    const measures = await calc.redrawMeasures();
    assert.ok(measures.length > measures0, 'each input is measured as maltal:redraw');
    assert.deepEqual(
      Object.values(await card.pressedPresets()).filter((p) => p === 'true'),
      [],
      'a target set by hand presses no preset',
    );
  });

  test('a preset button, reached with Tab from the slider and pressed with Enter, sets the target', async () => {
    // The presets run from the weakest to the most ambitious: the first one is whichever that is.
    const firstPreset = await card.root.locator('button[data-preset]').first().getAttribute('data-preset');
    assert.ok(PRESETS.includes(firstPreset), firstPreset);
    const value = (await card.preset(firstPreset).locator('.preset-value').textContent()).trim();
    assert.match(value, DANISH_NUMBER);
    // Keyboard only: slider → number field → first preset.
    await calc.page.keyboard.press('Tab');
    assert.equal(await calc.page.evaluate(() => document.activeElement?.id), `number-${first}`);
    await calc.page.keyboard.press('Tab');
    assert.equal(await calc.page.evaluate(() => document.activeElement?.dataset?.preset), firstPreset);
    await calc.page.keyboard.press('Enter');
    await waitUntil(() => card.preset(firstPreset).getAttribute('aria-pressed'), (v) => v === 'true', 'the preset to be pressed');
    presetSentence = await card.waitForSentenceChange(movedSentence);
    const pressed = await card.pressedPresets();
    assert.deepEqual(
      pressed,
      Object.fromEntries(PRESETS.map((p) => [p, p === firstPreset ? 'true' : 'false'])),
      'only the chosen preset is pressed',
    );
    assert.ok(presetSentence.includes(`er ${value} `), `the sentence states the preset's value ${value}: ${presetSentence}`);
    assert.ok((await calc.overviewCells(first))[1].startsWith(value), 'the overview shows the preset\'s value');
    assert.equal(await card.number.inputValue(), value);
  });

  test('switching to English and back translates the page and keeps the choices', async () => {
    const daHeading = await calc.heading.textContent();
    const daOverview = await calc.overviewHeading.textContent();
    const daSummary = await card.tableSummary.textContent();
    const target = Number((await card.number.inputValue()).replaceAll('.', ''));

    assert.equal(await calc.switchLanguage(), 'en');
    assert.equal((await calc.languageButton.textContent()).trim(), 'Dansk');
    assert.equal(await calc.languageButton.getAttribute('lang'), 'da');
    assert.equal(await calc.heading.textContent(), 'The municipality\'s goals');
    assert.equal(await calc.overviewHeading.textContent(), 'Targets for the employment plan');
    assert.equal(await card.tableSummary.textContent(), 'Show the figures as a table');
    assert.equal(await calc.page.getByRole('combobox', { name: 'Municipality', exact: true }).getAttribute('id'), 'kommune');
    const en = await card.sentenceText();
    assert.match(en, /^The target for /, en);
    assert.ok(en.includes(english(target)), `English number format ${english(target)} in: ${en}`);
    assert.deepEqual(Object.keys(await calc.factsMap()), ['Region', 'Comparable municipalities', 'Population']);
    assert.equal(await calc.municipalityName(), 'Aarhus');

    assert.equal(await calc.switchLanguage(), 'da');
    assert.equal((await calc.languageButton.textContent()).trim(), 'English');
    assert.equal(await calc.heading.textContent(), daHeading);
    assert.equal(await calc.overviewHeading.textContent(), daOverview);
    assert.equal(await card.tableSummary.textContent(), daSummary);
    assert.equal(await card.sentenceText(), presetSentence, 'back in Danish, the same sentence as before');
    assert.equal((await card.pressedPresets()).hold, 'true', 'the preset is still chosen');
    assert.equal(await calc.municipalityName(), 'Aarhus');
  });

  test('the data table opens with Danish months and numbers', async () => {
    const table = await calc.openTable(first);
    assert.equal(await table.isVisible(), true);
    const head = await table.locator('thead th').allTextContents();
    assert.equal(head[0], 'Måned');
    const rows = await card.tableRows();
    assert.ok(rows.length >= 24, `rows for history and plan period: ${rows.length}`);
    for (const [month] of rows) assert.match(month, DANISH_MONTH);
    for (let i = 1; i < rows.length; i++) {
      assert.equal(monthIndex(rows[i][0]), monthIndex(rows[i - 1][0]) + 1, `consecutive months at ${rows[i][0]}`);
    }
    assert.equal(rows.at(-1)[0], 'dec. 2026', 'the table runs to the end of the plan year');
    const numbers = rows.flatMap((r) => r.slice(1)).filter((c) => c !== '');
    assert.ok(numbers.length > rows.length, 'the table has figures');
    for (const n of numbers) assert.match(n, DANISH_NUMBER, `Danish number format: «${n}»`);
    assert.ok(numbers.some((n) => /^\d{1,3}\.\d{3}$/.test(n)), 'thousands written like "1.234"');
    assert.ok(rows.every((r) => r.length === head.length), 'every row has a cell per column');
  });

  test('the indexed comparison chart shows when asked for', async () => {
    assert.equal(await card.indexChart.count(), 0);
    await card.indexToggle.check();
    await card.indexChart.waitFor();
    await nextFrames(calc.page);
    const drawn = await card.indexChart.evaluate((c) => {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      return d.some((v, i) => i % 4 === 3 && v !== 0);
    });
    assert.ok(drawn, 'the index chart is drawn');
  });

  test('no console error or page error on the way', () => {
    assert.deepEqual(calc.problems, []);
  });

  test('axe-core: no serious or critical violation (moderate ones are listed)', async (t) => {
    const { serious, lesser } = await calc.axe();
    for (const line of describeViolations(lesser)) t.diagnostic(`axe (below serious): ${line}`);
    assert.deepEqual(serious.map((v) => v.id), [], describeViolations(serious).join('\n'));
  });
});

describe('details of the controls', () => {
  test('the number field says what is wrong with a typed target and keeps the target; a goal without figures says so', async () => {
    const calc = await CalculatorPage.open(browser, '?kommune=751');
    try {
      const card = calc.goalCard('ledighed');
      const before = await card.sentenceText();
      const error = calc.page.locator('#number-error-ledighed');
      for (const [typed, message] of [
        ['abc', /Skriv målet som et tal/],
        ['-5', /ikke være negativt/],
        ['999999999', /højst \d/],
        ['14,720.5', /Skriv målet som et tal/],
      ]) {
        await card.typeNumber(typed);
        await error.waitFor({ state: 'visible' });
        assert.match(await error.innerText(), message, typed);
        assert.equal(await card.number.getAttribute('aria-invalid'), 'true', typed);
        assert.equal(await card.sentenceText(), before, `${typed}: the target is unchanged`);
      }
      await card.typeNumber('9.000');
      await card.waitForSentenceChange(before);
      assert.equal(await error.isVisible(), false, 'a valid target clears the message');

      // Læsø has too few long-term unemployment figures: the card and the overview say so.
      await calc.chooseMunicipality('Læsø');
      const laeso = calc.page.locator('section.goal-card[aria-labelledby="goal-langtidsledighed"]');
      await laeso.locator('p.note', { hasText: 'for få måneder med tal' }).waitFor();
      assert.equal(await laeso.locator('input[type=range]').count(), 0, 'no controls for a goal that cannot be planned');
      const [, target, , , , realism] = await calc.overviewCells('langtidsledighed');
      assert.equal(target, '–');
      assert.match(realism, /Ikke nok tal/);
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });

  test('a typed target moves to another municipality as the same change, with a notice', async () => {
    const calc = await CalculatorPage.open(browser, '?kommune=101');
    try {
      const card = calc.goalCard('ledighed');
      const s0 = await card.sentenceText();
      await card.typeNumber('13000');
      await card.waitForSentenceChange(s0);
      const [, target, change] = await calc.overviewCells('ledighed');
      assert.match(target, /^13\.000/, 'København: the typed figure');
      const percent = change.match(/\(([^)]*%)\)/)?.[1];
      assert.ok(percent, `a change in percent: ${change}`);

      await calc.chooseMunicipality('Læsø');
      await calc.waitForNotice(/samme ændring fra basis/);
      const [, laesoTarget, laesoChange] = await waitUntil(
        () => calc.overviewCells('ledighed'),
        (cells) => !cells[1]?.startsWith('13.000'),
        'the target to follow Læsø',
      );
      assert.ok(Number(laesoTarget.split(' ')[0].replace(/\./g, '')) < 1000, `Læsø's own size: ${laesoTarget}`);
      assert.equal(laesoChange.match(/\(([^)]*%)\)/)?.[1], percent, 'the same change from the base');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });

  test('an unknown municipality shows an error and keeps the previous choice; any case works', async () => {
    const calc = await CalculatorPage.open(browser);
    try {
      const facts = await calc.factsMap();
      const name = await calc.municipalityName();
      await calc.typeMunicipalityAndLeave('Atlantis');
      await calc.municipalityError.waitFor();
      assert.match(await calc.municipalityError.textContent(), /Ingen kommune hedder sådan/);
      assert.equal(await calc.municipality.getAttribute('aria-invalid'), 'true');
      assert.deepEqual(await calc.factsMap(), facts, 'the facts stay those of ' + name);

      await calc.chooseMunicipality('aarhus');
      assert.equal(await calc.municipalityError.isHidden(), true);
      assert.equal(await calc.municipality.getAttribute('aria-invalid'), 'false');
      assert.equal((await calc.factsMap()).Region, 'Region Midtjylland');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });

  test('the number field takes a Danish number and flags text that is not one', async () => {
    const calc = await CalculatorPage.open(browser, '?kommune=751');
    try {
      const card = calc.goalCard('ledighed');
      const s0 = await card.sentenceText();
      await card.typeNumber('6.500');
      const s1 = await card.waitForSentenceChange(s0);
      assert.ok(s1.includes('er 6.500 '), s1);
      assert.equal(await card.sliderValue(), 6500);
      assert.equal(await card.number.getAttribute('aria-invalid'), 'false');

      await card.typeNumber('seks');
      await waitUntil(() => card.number.getAttribute('aria-invalid'), (v) => v === 'true', 'aria-invalid');
      assert.equal(await card.sentenceText(), s1, 'an invalid number changes nothing');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });

  // KNOWN APP BUG (build of 2026-11-23): the sliders' min is not on their step grid (København:
  // min 9566.25, step 1; løntimer: min 4.0719…, step 0.1), so the browser snaps keyboard moves to
  // 14719.25 persons / 7.3719… % — the page shows "14.719" / "7,4 %" but plans with the other
  // value. All four goals are affected for København.
  test('a keyboard move on any slider gives the target the number field shows', async () => {
    const calc = await CalculatorPage.open(browser);
    try {
      const off = [];
      for (const id of GOAL_IDS) {
        const card = calc.goalCard(id);
        const s0 = await card.sentenceText();
        await card.pressOnSlider('ArrowLeft');
        await card.waitForSentenceChange(s0);
        const planned = await card.sliderValue();
        const shown = Number((await card.number.inputValue()).replaceAll('.', '').replace(',', '.'));
        if (Math.abs(planned - shown) > 1e-9) off.push(`${id}: slider ${planned}, number field ${shown}`);
      }
      assert.deepEqual(off, [], 'the planned target equals the shown target');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });

  test('the comparison follows the goal chosen for it', async () => {
    const calc = await CalculatorPage.open(browser, '?kommune=751');
    try {
      const caption = calc.comparisonTable.locator('caption');
      const before = await caption.textContent();
      const options = await calc.comparisonGoal.locator('option').allTextContents();
      assert.equal(options.length, GOAL_IDS.length, 'one option per goal');
      await calc.comparisonGoal.selectOption({ index: 2 });
      await waitUntil(() => caption.textContent(), (t) => t !== before, 'the comparison to change goal');
      assert.equal((await calc.comparisonSelfRow.locator('th').textContent()).trim(), 'Aarhus');
      assert.ok((await calc.comparisonTable.locator('tbody tr').count()) >= 2);
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });

  test('choosing a labour-market outlook changes the prognosis and says it is an assumption', async () => {
    const calc = await CalculatorPage.open(browser, '?kommune=751');
    try {
      const card = calc.goalCard('ledighed');
      const basis = await card.preset('prognose').locator('.preset-value').textContent();
      assert.equal(await calc.page.locator('#outlook-basis').isChecked(), true);
      await calc.page.getByLabel(/^Lavkonjunktur/).check();
      await waitUntil(
        () => card.preset('prognose').locator('.preset-value').textContent(),
        (v) => v !== basis,
        'the prognosis to change with the outlook',
      );
      assert.equal(await calc.page.locator('p.note', { hasText: 'Konjunkturscenariet er en antagelse' }).isVisible(), true);
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });

  test('"Sådan regner Måltal" opens the method page and leads back; accessibility statement link', async (t) => {
    const calc = await CalculatorPage.open(browser, '?kommune=751');
    try {
      await calc.methodButton.click();
      await calc.page.locator('#method-heading').waitFor();
      assert.equal(await calc.page.locator('#method-heading').textContent(), 'Sådan regner Måltal');
      assert.ok((await calc.page.locator('article.method h2').count()) >= 4, 'the method page has its sections');
      await waitUntil(
        () => calc.page.evaluate(() => document.activeElement?.id),
        (id) => id === 'method-heading',
        'the focus to move to the method page\'s heading',
      );
      const headingTop = await calc.page.locator('#method-heading').evaluate((h) => h.getBoundingClientRect().top);
      assert.ok(headingTop >= 0 && headingTop < 400, `the heading is in view (top ${headingTop} px)`);
      assert.equal(await calc.page.locator('article.method table tbody tr').count(), 4, 'the back-test table');
      const { serious, lesser } = await calc.axe();
      for (const line of describeViolations(lesser)) t.diagnostic(`axe, method page (below serious): ${line}`);
      assert.deepEqual(serious.map((v) => v.id), [], describeViolations(serious).join('\n'));

      await calc.page.locator('article.method button').click();
      await calc.goalCard('ledighed').slider.waitFor();
      assert.equal(await calc.municipalityName(), 'Aarhus', 'back on the calculator, the choice is kept');
      await waitUntil(
        () => calc.page.evaluate(() => document.activeElement?.id),
        (id) => id === 'method-link',
        'the focus to return to the link the method page was opened from',
      );

      // The statement page may not exist yet: reported, not failed.
      const href = await calc.accessibilityLink.getAttribute('href');
      const response = await calc.page.request.get(new URL(href, calc.page.url()).toString());
      assert.deepEqual(calc.problems, []);
      if (response.status() !== 200) {
        t.diagnostic(`NOTE: the footer link "Tilgængelighedserklæring" → ${href} answers HTTP ${response.status()}`);
        return;
      }
      // Where it exists, the statement is held to the same standard as the app.
      await calc.accessibilityLink.click();
      await calc.page.waitForURL(/tilgaengelighed\.html$/);
      assert.equal(await calc.documentLang(), 'da');
      assert.match(await calc.page.locator('h1').textContent(), /Tilgængelighedserklæring/);
      const statement = await calc.axe();
      for (const line of describeViolations(statement.lesser)) t.diagnostic(`axe, statement page (below serious): ${line}`);
      assert.deepEqual(statement.serious.map((v) => v.id), [], describeViolations(statement.serious).join('\n'));
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});

describe('layout', () => {
  // KNOWN APP BUG (build of 2026-11-23): at 320 px the goal cards are 8 px wider than the
  // viewport (section.goal-card right edge at 328 px), so the whole page scrolls sideways.
  // WCAG 2.1 AA, 1.4.10 Reflow: at 320 CSS px wide, no scrolling in two directions (tables and
  // charts may scroll inside their own box). The issue asks for "phone to projector".
  for (const width of [320, 1280]) {
    test(`no horizontal scrolling of the page at ${width} CSS px`, async () => {
      const calc = await CalculatorPage.open(browser, '?kommune=751', { viewport: { width, height: 800 } });
      try {
        const overflow = await calc.page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .filter((e) => !e.closest('.table-scroll') && e.getBoundingClientRect().right > limit + 0.5)
            .map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`);
          return { scrollWidth: document.documentElement.scrollWidth, limit, wide: wide.slice(0, 8) };
        });
        assert.ok(
          overflow.scrollWidth <= overflow.limit,
          `the page is ${overflow.scrollWidth} px wide in a ${overflow.limit} px viewport; too wide: ${overflow.wide.join(', ')}`,
        );
        assert.deepEqual(calc.problems, []);
      } finally {
        await calc.close();
      }
    });
  }
});
