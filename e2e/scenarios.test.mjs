// Journeys of issue 6: a planner's ambitions outlive a reload, live in named scenarios that can be
// compared, shared by link, saved and loaded as files, exported as CSV, deleted with undo — and
// a workshop's participant files are compared with lowest/median/highest. Damaged saved state and
// tampered links are set aside with a message and never cost the user their saved scenarios.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, download, launch, nextFrames, svgTexts, waitUntil } from './support.mjs';
import { CalculatorPage, GOAL_IDS } from './pages/calculator.mjs';
import { CSV_HEADER, ScenarioPanel, danishNumber, figures, median, openWithInitScript, participantFiles } from './pages/scenarios.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens the calculator in a fresh context and returns [calc, its scenario panel]. */
async function open(query = '', options) {
  const calc = await CalculatorPage.open(browser, query, options);
  return [calc, new ScenarioPanel(calc)];
}

describe('issue 6 journey: one planner, two scenarios', () => {
  let calc;
  let panel;
  // Carried from step to step.
  let first; // figures of scenario 1 ("Ambitiøs plan")
  let second; // figures of scenario 2
  let link; // share link of scenario 1
  let exported; // { name, text } of scenario 1's file

  before(async () => {
    [calc, panel] = await open();
  });
  after(async () => {
    await calc?.close();
  });

  test('two ambitions (a slider move and a preset) come back after a reload, with and without the link', async () => {
    const ledighed = calc.goalCard('ledighed');
    const kontant = calc.goalCard('kontanthjaelp');
    const s0 = await ledighed.sentenceText();
    await ledighed.pressOnSlider('PageDown', 'PageDown');
    await ledighed.waitForSentenceChange(s0);
    await kontant.choosePreset('region');
    first = await figures(calc);
    // As a user would: reload once the address bar shows the change.
    await panel.waitForSaved((s) => s.ambitioner.ledighed?.vaerdi !== undefined && s.ambitioner.kontanthjaelp?.preset === 'region', 'both ambitions saved');

    await calc.page.reload();
    await ledighed.slider.waitFor({ timeout: 15000 });
    await nextFrames(calc.page);
    assert.deepEqual(await figures(calc), first, 'after a reload (URL with ?s=) the same targets');
    assert.equal(await kontant.preset('region').getAttribute('aria-pressed'), 'true', 'the preset is still the chosen one');

    // The saved state alone (no ?s= in the address) brings them back too.
    await calc.page.goto(new URL('/', calc.page.url()).toString());
    await ledighed.slider.waitFor({ timeout: 15000 });
    await nextFrames(calc.page);
    assert.deepEqual(await figures(calc), first, 'after opening the bare address the same targets');
    await waitUntil(() => calc.page.url(), (u) => /\?s=2\.[A-Za-z0-9_-]+$/.test(u), 'the address to carry the scenario again');
  });

  test('a named scenario and a new one with another target are compared side by side', async () => {
    await panel.rename('Ambitiøs plan');
    await panel.newScenario();
    assert.deepEqual(await panel.names(), ['Ambitiøs plan', 'Scenarie 2']);
    assert.equal(await panel.name.inputValue(), 'Scenarie 2', 'the new scenario is the current one');
    assert.notDeepEqual(await figures(calc), first, 'the new scenario starts without the ambitions of the first');

    const ledighed = calc.goalCard('ledighed');
    await ledighed.choosePreset('hold');
    second = await figures(calc);

    await panel.compare(0, 1);
    const { head, rows } = await panel.comparisonData();
    const place = await calc.municipalityName();
    assert.deepEqual(head, ['Mål', `Ambitiøs plan – ${place}`, `Scenarie 2 – ${place}`, 'Mindst', 'Median', 'Størst']);
    assert.equal(rows.length, GOAL_IDS.length, 'one row per goal');
    // The targets in the table are the ones the overview shows for each scenario.
    const target = (f, id) => danishNumber(f[id].overview[1]);
    GOAL_IDS.forEach((id, g) => {
      const [title, a, b, lo, mid, hi] = rows[g];
      assert.equal(title, first[id].overview[0], `row ${g} is ${id}`);
      assert.equal(danishNumber(a), target(first, id), `${id}: scenario 1's target (${a})`);
      assert.equal(danishNumber(b), target(second, id), `${id}: scenario 2's target (${b})`);
      const values = [target(first, id), target(second, id)];
      assert.equal(danishNumber(lo), Math.min(...values), `${id}: Mindst ${lo}`);
      assert.equal(danishNumber(hi), Math.max(...values), `${id}: Størst ${hi}`);
      // Each shown target is rounded to the display precision, so their mean may be off by one unit.
      const unit = mid.includes('%') ? 0.1 : 1;
      assert.ok(Math.abs(danishNumber(mid) - median(values)) <= unit + 1e-9, `${id}: Median ${mid} ≈ ${median(values)}`);
    });
    assert.notEqual(rows[0][1], rows[0][2], 'the scenarios differ in the first goal');
    assert.ok(await panel.comparisonChartIsDrawn(), 'the comparison chart is drawn');
    assert.ok((await panel.comparisonGoal.locator('option').count()) === GOAL_IDS.length, 'a goal per option in the chart picker');
    // The downloaded image names every scenario it compares, not only the one being edited.
    const svg = svgTexts((await download(calc.page, panel.comparison, 'svg')).bytes.toString('utf8'));
    assert.ok(svg.includes(`${place} · Ambitiøs plan og Scenarie 2`), JSON.stringify(svg.slice(0, 4)));
  });

  test('the share link opened in a fresh browser shows the same figures', async () => {
    await panel.choose(0);
    assert.deepEqual(await figures(calc), first, 'back on scenario 1');
    link = await panel.link();
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?s=2\.[A-Za-z0-9_-]+$/, `an absolute link: ${link}`);
    await waitUntil(() => calc.page.url(), (u) => u === link, 'the address bar to carry the same link');

    const [other, otherPanel] = await open(link);
    try {
      assert.deepEqual(await figures(other), first, 'the same sentences and overview rows');
      // A browser with no saved state also keeps its own blank "Scenarie 1"; the shared one is current.
      assert.ok((await otherPanel.names()).includes('Ambitiøs plan'), 'the shared scenario is listed by name');
      assert.equal(await otherPanel.currentName(), 'Ambitiøs plan', 'and is the one shown');
      assert.deepEqual(other.problems, []);
    } finally {
      await other.close();
    }
  });

  test('a saved scenario file loaded in a browser with no saved state shows the same figures', async () => {
    exported = await panel.saveScenario();
    assert.equal(exported.name, 'maltal-ambitiøs-plan.json');
    const file = JSON.parse(exported.text);
    assert.equal(file.format, 'maltal-scenarier');
    assert.equal(file.scenarier.length, 1);
    assert.equal(file.scenarier[0].navn, 'Ambitiøs plan');

    const other = await openWithInitScript(browser, BASE_URL, () => localStorage.clear());
    const otherPanel = new ScenarioPanel(other);
    try {
      assert.deepEqual(await otherPanel.names(), ['Scenarie 1'], 'a fresh start');
      const status = await otherPanel.importFiles({ name: exported.name, mimeType: 'application/json', buffer: Buffer.from(exported.text) });
      assert.equal(status.trim(), '1 scenarie indlæst. Det aktive scenarie er nu «Ambitiøs plan».', 'one scenario loaded is opened, and the line says so');
      assert.deepEqual(await otherPanel.names(), ['Scenarie 1', 'Ambitiøs plan']);
      assert.equal(await otherPanel.currentName(), 'Ambitiøs plan', 'the loaded scenario is shown');
      await waitUntil(() => figures(other), (f) => JSON.stringify(f) === JSON.stringify(first), 'the figures of the loaded scenario');
      assert.deepEqual(other.problems, []);
    } finally {
      await other.close();
    }
  });

  test('"Hent alle tal (CSV)" downloads one file: the figures, rounded, and their description', async () => {
    const file = await panel.downloadCsv();
    assert.equal(file.name, 'maltal-ambitiøs-plan.csv');
    assert.ok(file.text.startsWith('\uFEFF'), 'a byte-order mark for Excel');
    const [data, about] = file.text.replace(/^\uFEFF/, '').split(/\r?\n\r?\n/);
    const lines = data.split(/\r?\n/);
    assert.equal(lines[0], CSV_HEADER, 'the header, exactly');
    const rows = lines.slice(1).filter((l) => l.length > 0).map((l) => l.split(';'));
    assert.ok(rows.length > 10, `rows of figures (${rows.length})`);
    for (const row of rows) assert.equal(row.length, 11, `eleven fields: ${row.join(';')}`);
    assert.ok(rows.every((r) => r[0] === 'Ambitiøs plan' && r[2] === 'Basis'), 'every row names the scenario and its outlook');
    const goals = new Set(rows.map((r) => r[5]));
    for (const id of GOAL_IDS) assert.ok(goals.has(id), `figures for ${id}`);
    for (const r of rows.filter((r) => r[5] === 'langtidsledighed')) assert.match(r[10], /^-?\d+$/, `whole persons: ${r.join(';')}`);
    for (const r of rows.filter((r) => r[5] === 'loentimer')) assert.match(r[10], /^-?\d+,\d$/, `a percentage with one decimal: ${r.join(';')}`);
    const target = rows.find((r) => r[5] === 'ledighed' && r[9] === 'maalvaerdi_aarsgennemsnit');
    assert.match(target?.[8] ?? '', /^\d{4}$/, 'an annual-average target is written against its year');
    assert.ok(about.startsWith('forklaring'), 'the description is the second block of the same file');
    assert.ok(about.includes('vaerdi'), 'the description explains the columns');

    const plain = await panel.downloadCsv({ all: true, plain: true });
    assert.equal(plain.name, 'maltal-alle-scenarier.csv');
    assert.ok(plain.text.startsWith('scenarie,forfatter,konjunktur,'), 'commas, no byte-order mark');
    const names = new Set(plain.text.split('\n\n')[0].split('\n').slice(1).filter(Boolean).map((l) => l.split(',')[0]));
    assert.deepEqual([...names].sort(), ['Ambitiøs plan', 'Scenarie 2'], 'every scenario');
    assert.match(plain.text, /,loentimer,[^\n]*,faktisk,\d+\.\d\n/, 'a decimal point');
    await panel.downloadCsv({ all: false, plain: false });
  });

  test('deleting a scenario can be undone', async () => {
    await panel.choose(1);
    assert.deepEqual(await figures(calc), second);
    await panel.deleteButton.click();
    await panel.waitForNames(['Ambitiøs plan']);
    await panel.deletedStatus.waitFor();
    assert.match(await panel.deletedStatus.textContent(), /Scenariet er slettet: «Scenarie 2»/);
    assert.deepEqual(await figures(calc), first, 'the remaining scenario is shown');
    await waitUntil(() => panel.stored(), (s) => s.scenarier.length === 1, 'the deletion to be saved');

    await panel.undoButton.click();
    await panel.waitForNames(['Ambitiøs plan', 'Scenarie 2']);
    assert.equal(await panel.currentName(), 'Scenarie 2', 'the restored scenario is the current one');
    await waitUntil(() => figures(calc), (f) => JSON.stringify(f) === JSON.stringify(second), 'the figures of the restored scenario');
    assert.equal(await panel.deletedStatus.count(), 0, 'the deletion message is gone');
    await panel.waitForSaved((s) => s.navn === 'Scenarie 2', 'the undo to be saved');
    assert.deepEqual((await panel.stored()).scenarier.map((s) => s.navn), ['Ambitiøs plan', 'Scenarie 2'], 'the undo is saved');
  });

  test('a tampered or truncated link gives a notice and leaves the two saved scenarios alone', async () => {
    await panel.waitForSaved();
    const storedBefore = (await panel.stored()).scenarier;
    const truncated = link.slice(0, link.length - 17);
    for (const bad of [new URL('/?s=1.AAAA', link).toString(), truncated]) {
      const page = await calc.context.newPage();
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      try {
        await page.goto(bad);
        await page.locator('#slider-ledighed').waitFor({ timeout: 15000 });
        const notice = page.locator('.notices');
        await notice.waitFor();
        assert.match(await notice.textContent(), /Delingslinket kunne ikke bruges/, `a notice for ${bad}`);
        const other = new ScenarioPanel({ page });
        assert.deepEqual(await other.names(), ['Ambitiøs plan', 'Scenarie 2'], 'both saved scenarios are listed');
        // Past the autosave delay (200 ms): whatever the page would write has been written.
        await page.waitForTimeout(400);
        assert.deepEqual((await other.stored()).scenarier, storedBefore, 'the saved scenarios are unchanged');
        assert.deepEqual(problems, [], 'no console error');
      } finally {
        await page.close();
      }
    }
  });

  test('no console error or page error on the way', () => {
    assert.deepEqual(calc.problems, []);
  });
});

describe('saved state that cannot be read', () => {
  test('one unreadable scenario costs that scenario alone; the whole text is set aside', async () => {
    const saved = JSON.stringify({
      version: 2,
      current: 0,
      scenarier: [
        { navn: 'Kan ikke læses', kommune: 'Aarhus' },
        { navn: 'Forsigtig plan', kommune: '751', ambitioner: { ledighed: { preset: 'hold' } } },
      ],
    });
    const calc = await openWithInitScript(browser, BASE_URL, (text) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('maltal.scenarier', text);
      }
    }, saved);
    const panel = new ScenarioPanel(calc);
    try {
      const notice = await calc.waitForNotice(/1 af de gemte scenarier kunne ikke læses/);
      assert.match(await notice.textContent(), /de andre er åbnet/);
      assert.deepEqual(await panel.names(), ['Forsigtig plan']);
      assert.equal(await calc.goalCard('ledighed').preset('hold').getAttribute('aria-pressed'), 'true');
      const backups = await calc.page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('maltal.backup.')).map((k) => localStorage.getItem(k)),
      );
      assert.deepEqual(backups, [saved], 'the unreadable scenario is kept in the copy set aside');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });

  test('is set aside under a backup key with a notice; the app starts cleanly and works', async () => {
    // Damaged saved state is in the browser before the page's first script runs (once only).
    const calc = await openWithInitScript(browser, BASE_URL, () => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('maltal.scenarier', '{garbage');
      }
    });
    const panel = new ScenarioPanel(calc);
    try {
      const notice = await calc.waitForNotice(/kunne ikke læses/);
      const text = await notice.textContent();
      const backups = await calc.page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('maltal.backup.')).map((k) => [k, localStorage.getItem(k)]),
      );
      assert.equal(backups.length, 1, `one backup key: ${JSON.stringify(backups)}`);
      const [key, value] = backups[0];
      assert.match(key, /^maltal\.backup\.\d{13}$/, 'the key ends in a millisecond time');
      assert.equal(value, '{garbage', 'the unreadable text is kept as it was');
      assert.ok(text.includes(key), `the notice names the key: ${text}`);
      assert.deepEqual(calc.problems, [], 'no console error');

      // The app works: a target can be set and is saved again.
      const card = calc.goalCard('ledighed');
      const s0 = await card.sentenceText();
      await card.pressOnSlider('ArrowLeft');
      await card.waitForSentenceChange(s0);
      const stored = await waitUntil(() => panel.stored(), (s) => s?.scenarier?.[0]?.ambitioner?.ledighed, 'the new target to be saved');
      assert.equal(stored.version, 2);
      assert.deepEqual(await panel.names(), ['Scenarie 1']);

      // The next visit reads the saved state without a notice and without another backup.
      const saved = await figures(calc);
      await calc.page.goto(new URL('/', calc.page.url()).toString());
      await card.slider.waitFor({ timeout: 15000 });
      await nextFrames(calc.page);
      assert.equal(await calc.page.locator('.notices').count(), 0, 'no notice on the next visit');
      assert.deepEqual(await figures(calc), saved);
      assert.equal(
        await calc.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('maltal.backup.')).length),
        1,
        'still one backup',
      );
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});

describe('a workshop: participants\' files compared', () => {
  test('three files loaded at once; "Sammenlign alle deltagere" shows Mindst/Median/Størst', async () => {
    const [calc, panel] = await open('?kommune=751');
    try {
      const { text } = await panel.saveScenario();
      const people = [
        { forfatter: 'Anna', navn: 'Annas bud', ambitioner: { ledighed: { vaerdi: 6100 }, loentimer: { vaerdi: 8.2 }, langtidsledighed: { preset: 'hold' } } },
        { forfatter: 'Bo', navn: 'Bos bud', ambitioner: { ledighed: { vaerdi: 6900 }, loentimer: { vaerdi: 7.1 }, langtidsledighed: { preset: 'klynge-median' } } },
        { forfatter: 'Cecilie', navn: 'Cecilies bud', ambitioner: { ledighed: { vaerdi: 6400 }, loentimer: { vaerdi: 7.6 }, langtidsledighed: { preset: 'region' } } },
      ];
      const status = await panel.importFiles(participantFiles(text, people));
      assert.equal(status.trim(), '3 scenarier indlæst. Det aktive scenarie er stadig «Scenarie 1»; vælg et andet i listen Scenarie.');
      assert.deepEqual(await panel.names(), ['Scenarie 1', 'Annas bud (Anna)', 'Bos bud (Bo)', 'Cecilies bud (Cecilie)']);

      await panel.participantsButton.click();
      await panel.comparisonTable.waitFor();
      await nextFrames(calc.page);
      const { head, rows } = await panel.comparisonData();
      assert.deepEqual(head, ['Mål', 'Annas bud – Aarhus', 'Bos bud – Aarhus', 'Cecilies bud – Aarhus', 'Mindst', 'Median', 'Størst'],
        'only the scenarios with an author, then the spread');
      for (const i of [1, 2, 3]) assert.equal(await panel.compareBox(i).isChecked(), true, `participant ${i} ticked`);
      assert.equal(await panel.compareBox(0).isChecked(), false, 'the scenario without an author is not');

      const byGoal = Object.fromEntries(GOAL_IDS.map((id, g) => [id, rows[g]]));
      // The values written in the files come back exactly.
      assert.deepEqual(byGoal.ledighed.slice(4), ['6.100', '6.400', '6.900'], 'ledighed: Mindst, Median, Størst');
      assert.deepEqual(byGoal.loentimer.slice(4), ['7,1 %', '7,6 %', '8,2 %'], 'løntimer: Mindst, Median, Størst');
      assert.ok(byGoal.ledighed[1].startsWith('6.100'), `Anna's target: ${byGoal.ledighed[1]}`);
      // Every row's spread is the spread of its participants' targets.
      for (const [id, row] of Object.entries(byGoal)) {
        const values = row.slice(1, 4).map(danishNumber);
        assert.ok(values.every(Number.isFinite), `${id}: three targets ${row.slice(1, 4)}`);
        const [lo, mid, hi] = row.slice(4).map(danishNumber);
        assert.equal(lo, Math.min(...values), `${id}: Mindst`);
        assert.equal(mid, median(values), `${id}: Median`);
        assert.equal(hi, Math.max(...values), `${id}: Størst`);
      }
      assert.ok(await panel.comparisonChartIsDrawn(), 'the comparison chart is drawn');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});

describe('a workshop: a mixed batch of good and bad files', () => {
  test('the good files load, the active scenario stays, and each bad file is named in an alert', async () => {
    const [calc, panel] = await open('?kommune=751');
    try {
      await panel.rename('Mit forslag');
      const { text } = await panel.saveScenario();
      const good = participantFiles(text, [
        { forfatter: 'Anna', navn: 'Annas bud', ambitioner: { ledighed: { vaerdi: 6100 } } },
        { forfatter: 'Bo', navn: 'Bos bud', ambitioner: { ledighed: { vaerdi: 6900 } } },
      ]);
      const bad = [
        { name: 'tal.csv', mimeType: 'text/csv', buffer: Buffer.from('kommune;maal;vaerdi\n751;ledighed;3,1\n') },
        { name: 'basisdata.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"maltal-baseline","version":1,"meta":{}}') },
        { name: 'noter.json', mimeType: 'application/json', buffer: Buffer.from('{"navn":"ikke et scenarie"}') },
      ];
      const status = await panel.importFiles([good[0], bad[0], bad[1], good[1], bad[2]]);
      assert.equal(status.trim(), '2 scenarier indlæst. Det aktive scenarie er stadig «Mit forslag»; vælg et andet i listen Scenarie.');
      assert.equal(await panel.currentName(), 'Mit forslag', 'the active scenario did not change');
      assert.deepEqual(await panel.names(), ['Mit forslag', 'Annas bud (Anna)', 'Bos bud (Bo)']);
      const problems = await panel.fileProblems();
      assert.equal(problems.length, 3, `one line per bad file: ${problems}`);
      assert.match(problems[0], /^«tal\.csv» blev ikke indlæst: det er en tabel \(CSV eller tekst\), ikke en scenariefil/);
      assert.match(problems[1], /^«basisdata\.json» blev ikke indlæst: det er en datafil med basisdata/);
      assert.match(problems[2], /^«noter\.json» blev ikke indlæst: det er en JSON-fil, men ikke en scenariefil/);
      assert.equal(await calc.page.locator('.file-problems').getAttribute('class'), 'alert alert-error file-problems', 'DKFDS\' error alert');

      // The next batch, all good, takes the alert away.
      const again = await panel.importFiles(participantFiles(text, [{ forfatter: 'Cai', navn: 'Cais bud', ambitioner: {} }]));
      assert.equal(again.trim(), '1 scenarie indlæst. Det aktive scenarie er nu «Cais bud».');
      assert.deepEqual(await panel.fileProblems(), []);
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});

describe('a user who arrived by a ?kommune= link and then chose another municipality', () => {
  let calc;
  let panel;
  let chosen;
  before(async () => {
    [calc, panel] = await open('?kommune=751');
    await calc.chooseMunicipality('Odense');
    const card = calc.goalCard('ledighed');
    const s0 = await card.sentenceText();
    await card.pressOnSlider('PageDown');
    await card.waitForSentenceChange(s0);
    chosen = await figures(calc);
  });
  after(async () => {
    await calc?.close();
  });

  test('the share link shows Odense and the same figures in a fresh browser', async () => {
    const link = await panel.link();
    const [other] = await open(link);
    try {
      const scenario = JSON.parse(Buffer.from(new URL(link).searchParams.get('s').slice(2), 'base64url').toString());
      assert.equal(scenario.kommune, '461', 'the scenario in the link is Odense\'s');
      assert.equal(await other.municipalityName(), 'Odense', `the link: ${link}`);
      assert.deepEqual(await figures(other), chosen);
    } finally {
      await other.close();
    }
  });

  test('a reload keeps Odense and the targets set for it', async () => {
    await panel.waitForSaved((s) => s.kommune === '461', 'Odense saved');
    await calc.page.reload();
    await calc.goalCard('ledighed').slider.waitFor({ timeout: 15000 });
    await nextFrames(calc.page);
    assert.equal(await calc.municipalityName(), 'Odense', `the address after the choice: ${calc.page.url()}`);
    assert.deepEqual(await figures(calc), chosen);
  });
});

describe('a reload at once after a change', () => {
  test('keeps that change and adds no scenario (the autosave is flushed when the page is left)', async () => {
    const [calc, panel] = await open();
    try {
      await panel.waitForSaved();
      await calc.goalCard('kontanthjaelp').choosePreset('region');
      const changed = await figures(calc);
      // Reload within the autosave's 200 ms delay, as a quick F5 does.
      await calc.page.reload();
      await calc.goalCard('ledighed').slider.waitFor({ timeout: 15000 });
      await nextFrames(calc.page);
      assert.deepEqual(await panel.names(), ['Scenarie 1'], 'still one scenario');
      assert.deepEqual(await figures(calc), changed, 'the figures with the change');
    } finally {
      await calc.close();
    }
  });
});
