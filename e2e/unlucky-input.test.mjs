// Journeys of issue 17 (nothing the user made is lost): a browser whose storage is full says so at
// once, keeps the work on the page and hands it over as a file; text typed past the limit a saved
// scenario can hold stops at the limit with a warning, so the next visit still reads every scenario;
// a scenario too large for a link is offered as a file instead, and no refused link is left behind;
// two tabs editing at once take in each other's scenarios instead of overwriting them; a first
// visit whose data file does not come saves nothing the next visit could not read.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, nextFrames, waitUntil } from './support.mjs';
import { ScenarioPanel, openWithInitScript } from './pages/scenarios.mjs';
import { CalculatorPage } from './pages/calculator.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('a browser whose storage is full', () => {
  test('says so at once, keeps the work on the page and saves it as a file from the notice', async () => {
    // Every write of the saved scenarios fails as a full storage does.
    const calc = await openWithInitScript(browser, BASE_URL, () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key === 'maltal.scenarier') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };
    });
    try {
      const card = calc.goalCard('ledighed');
      const s0 = await card.sentenceText();
      await card.pressOnSlider('PageDown');
      const s1 = await card.waitForSentenceChange(s0);
      const notice = await calc.waitForNotice(/kunne ikke gemmes, fordi browserens lager er fuldt/);
      assert.match(await notice.textContent(), /Intet er tabt/);
      assert.equal(await new ScenarioPanel(calc).stored(), null, 'nothing was stored');
      assert.equal(await card.sentenceText(), s1, 'the work stays on the page');

      const button = calc.page.locator('.notices').getByRole('button', { name: 'Gem alle scenarier som fil', exact: true });
      const [download] = await Promise.all([calc.page.waitForEvent('download', { timeout: 10000 }), button.click()]);
      assert.equal(download.suggestedFilename(), 'maltal-scenarier.json');
      const file = JSON.parse(await readFile(await download.path(), 'utf8'));
      assert.equal(file.scenarier.length, 1);
      assert.ok(file.scenarier[0].ambitioner.ledighed?.vaerdi !== undefined, `the slider's target is in the file: ${JSON.stringify(file.scenarier[0])}`);

      // Closing the notice is respected while saving keeps failing.
      await calc.page.locator('.notices').getByRole('button', { name: 'Luk besked', exact: true }).click();
      await card.pressOnSlider('PageDown');
      await card.waitForSentenceChange(s1);
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(await calc.page.locator('.notices').count(), 0, 'the same failure is not said again');
      assert.deepEqual(calc.problems, [], 'no console error');
    } finally {
      await calc.close();
    }
  });
});

describe('text typed past the limit a saved scenario holds', () => {
  test('stops at the limit with a warning, and every scenario is read on the next visit', async () => {
    const calc = await CalculatorPage.open(browser);
    const panel = new ScenarioPanel(calc);
    try {
      const note = calc.page.locator('textarea#note-ledighed');
      const hint = calc.page.locator('#note-ledighed-limit');
      assert.equal(await note.getAttribute('maxlength'), '10000');
      assert.equal(await hint.isHidden(), true, 'no warning while far from the limit');

      await note.fill('a'.repeat(9500));
      await waitUntil(() => hint.textContent(), (t) => t.includes('500 tilbage'), 'the warning with what is left');
      assert.equal(await hint.isVisible(), true);

      await note.fill('b'.repeat(10050));
      assert.ok((await note.inputValue()).length <= 10000, 'typing stops at the limit');
      await waitUntil(() => hint.textContent(), (t) => t.includes('grænsen er nået'), 'the warning at the limit');
      await note.blur();

      const name = calc.page.locator('input#scenario-name');
      assert.equal(await name.getAttribute('maxlength'), '200');
      await name.fill('n'.repeat(250));
      await name.blur();
      const { current: saved } = await panel.waitForSaved(
        (s) => (s.begrundelser?.ledighed ?? '').startsWith('b') && s.navn.startsWith('n'),
        'the long reasoning and name saved',
      );
      assert.ok(saved.begrundelser.ledighed.length <= 10000, `reasoning of ${saved.begrundelser.ledighed.length}`);
      assert.ok(saved.navn.length <= 200, `name of ${saved.navn.length}`);

      await calc.page.reload();
      await note.waitFor({ timeout: 15000 });
      await nextFrames(calc.page);
      assert.equal(await calc.page.locator('.notices').count(), 0, `no notice on the next visit: ${await calc.noticeTexts()}`);
      assert.ok((await note.inputValue()).startsWith('bbb'), 'the reasoning is back');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});

describe('a first visit whose data file does not come', () => {
  test('saves nothing and leaves no link, so the next visit opens cleanly with no notice', async () => {
    // A fresh browser, its service worker kept out: nothing cached can stand in for the file.
    const context = await browser.newContext({ locale: 'da-DK', serviceWorkers: 'block' });
    const page = await context.newPage();
    const calc = new CalculatorPage(page, [], context);
    try {
      await page.route('**/data/baseline.json', (route) => route.abort('internetdisconnected'));
      await page.goto(BASE_URL);
      await page.locator('.alert-error').first().waitFor({ timeout: 15000 });
      // Past the autosave's 200 ms, and the page is left (which saves at once).
      await page.waitForTimeout(600);
      await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
      assert.equal(await page.evaluate(() => localStorage.getItem('maltal.scenarier')), null, 'nothing saved without data');
      assert.equal(new URL(page.url()).searchParams.get('s'), null, 'no share link in the address');

      await page.unroute('**/data/baseline.json');
      await page.reload();
      await page.locator('canvas.chart-canvas').first().waitFor({ timeout: 15000 });
      await nextFrames(page);
      assert.equal(await page.locator('.notices').count(), 0, `no notice on the next visit: ${await calc.noticeTexts()}`);
    } finally {
      await context.close();
    }
  });
});

describe('a scenario too large for a link', () => {
  test('is never offered as a link: the page says so, offers the file, and the address bar holds no link', async () => {
    const calc = await CalculatorPage.open(browser);
    const panel = new ScenarioPanel(calc);
    try {
      const notes = calc.page.locator('textarea[id^="note-"]');
      assert.ok((await notes.count()) >= 2, 'two goals to justify');
      await panel.openShare();
      assert.match(await panel.link(), /[?&]s=2\./, 'a link while the scenario is small');
      // Two justifications at the typed limit: each allowed, together too large for a link.
      for (const i of [0, 1]) {
        await notes.nth(i).fill('æ'.repeat(10000));
        await notes.nth(i).blur();
      }
      const warning = calc.page.locator('#share-too-long');
      await warning.waitFor({ timeout: 10000 });
      assert.match(await warning.textContent(), /for stort til et link/);
      assert.equal(await panel.shareLink.count(), 0, 'no link to copy');
      await waitUntil(() => calc.page.evaluate(() => location.search), (q) => !q.includes('s='), 'the link taken out of the address bar');

      const [download] = await Promise.all([
        calc.page.waitForEvent('download', { timeout: 10000 }),
        warning.getByRole('button', { name: 'Gem scenariet som fil', exact: true }).click(),
      ]);
      const file = JSON.parse(await readFile(await download.path(), 'utf8'));
      assert.equal(Object.values(file.scenarier[0].begrundelser).filter((r) => r.length === 10000).length, 2, 'the file holds both justifications');

      // The reload opens the stored scenario, with no refusal of a link.
      await calc.page.reload();
      await notes.first().waitFor({ timeout: 15000 });
      await nextFrames(calc.page);
      assert.equal(await calc.page.locator('.notices').count(), 0, `no notice: ${await calc.noticeTexts()}`);
      assert.equal((await notes.nth(1).inputValue()).length, 10000, 'the work is back');

      for (const i of [0, 1]) {
        await notes.nth(i).fill('kort');
        await notes.nth(i).blur();
      }
      await panel.openShare();
      assert.match(await panel.link(), /[?&]s=2\./, 'the link is back once the scenario fits');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});

describe('two tabs editing at once', () => {
  test('neither overwrites the other: each tab takes in the other\'s scenarios as they are saved', async () => {
    const a = await CalculatorPage.open(browser);
    const panelA = new ScenarioPanel(a);
    try {
      await panelA.rename('Plan A');
      await panelA.waitForSaved((s) => s.navn === 'Plan A', 'Plan A saved');

      // The second tab: the same browser profile (one local storage).
      const pageB = await a.context.newPage();
      const problemsB = [];
      pageB.on('console', (m) => m.type() === 'error' && problemsB.push(m.text()));
      await pageB.goto(BASE_URL);
      const b = new CalculatorPage(pageB, problemsB, a.context);
      await b.goalCard('ledighed').slider.waitFor({ timeout: 15000 });
      const panelB = new ScenarioPanel(b);
      const starts = (names) => names.map((n) => n.match(/^Plan [AB]/)?.[0] ?? n);
      await waitUntil(() => panelB.names(), (n) => JSON.stringify(starts(n)) === '["Plan A"]', 'tab B opens Plan A');

      await panelB.newScenario();
      await panelB.rename('Plan B');
      await waitUntil(() => panelA.names(), (n) => JSON.stringify(starts(n)) === '["Plan A","Plan B"]', 'tab A takes in Plan B without a reload');
      assert.match(await panelA.currentName(), /^Plan A/, 'tab A stays on its own scenario');

      // Tab A goes on editing its scenario; its save keeps Plan B.
      const card = a.goalCard('ledighed');
      const s0 = await card.sentenceText();
      await card.pressOnSlider('PageDown');
      await card.waitForSentenceChange(s0);
      const stored = await waitUntil(
        () => panelA.stored(),
        (st) => st?.scenarier?.length === 2 && st.scenarier.some((s) => s.navn === 'Plan A' && s.ambitioner?.ledighed) && st.scenarier.some((s) => s.navn === 'Plan B'),
        'both plans stored, Plan A with its new target',
      );
      assert.equal(stored.scenarier.length, 2);
      await waitUntil(() => panelB.names(), (n) => n.length === 2, 'tab B still has both');
      assert.match(await panelB.currentName(), /^Plan B/, 'tab B stays on its own scenario');
      assert.deepEqual(a.problems, []);
      assert.deepEqual(problemsB, []);
    } finally {
      await a.close();
    }
  });
});

/** The version 1 share link of the fixture (`v1`), and a link of the same version whose scenario
 * is `change` of the fixture's (its wire JSON). */
async function v1LinkWith(change) {
  const v1 = (await readFile(new URL('../tests/fixtures/scenario/link-v1.txt', import.meta.url), 'utf8')).trim();
  const [version, body] = v1.split('.');
  const wire = change(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
  return { v1, link: `${version}.${Buffer.from(JSON.stringify(wire)).toString('base64url')}` };
}

describe('a link with a target no municipality could have', () => {
  test('names the goal and the figure, and the goal keeps its default target', async () => {
    // The version 1 fixture with langtidsledighed's target made a trillion persons.
    const { link } = await v1LinkWith((wire) => ({ ...wire, ambitioner: { ...wire.ambitioner, langtidsledighed: { vaerdi: 1e12 } } }));
    const calc = await CalculatorPage.open(browser, `?s=${link}`);
    try {
      const notice = await calc.waitForNotice(/mere end Måltal regner for muligt/);
      assert.match(await notice.innerText(), /var 1\.000\.000\.000\.000, mere end Måltal regner for muligt \([\d.]+, ti gange det største tal i data\)/);
      const card = calc.goalCard('langtidsledighed');
      const shown = Number((await card.number.inputValue()).replace(/\./g, '').replace(',', '.'));
      assert.ok(shown > 0 && shown < 1e6, `a plausible default target, not ${shown}`);
      // The other targets of the link stand.
      assert.equal(await calc.goalCard('ledighed').root.locator('[data-preset="klynge-median"]').getAttribute('aria-pressed'), 'true');
      assert.equal(await calc.goalCard('loentimer').root.locator('button[aria-pressed="true"]').count(), 0, 'a change from the base, no preset');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});

describe('a scenario file read while data are already shown', () => {
  test('meets the data as a loaded file does: the implausible target and the unknown municipality are said and repaired', async () => {
    // The version 1 file's first scenario, with langtidsledighed a trillion persons and a
    // municipality code the data do not have.
    const file = JSON.parse(await readFile(new URL('../tests/fixtures/scenario/file-v1.json', import.meta.url), 'utf8'));
    const [first] = file.scenarier;
    const scenario = { ...first, id: 'ulykkelig-fil', kommune: '999', ambitioner: { ...first.ambitioner, langtidsledighed: { vaerdi: 1e12 } } };
    const buffer = Buffer.from(JSON.stringify({ ...file, scenarier: [scenario] }));
    const calc = await openWithInitScript(browser, BASE_URL, () => localStorage.clear());
    try {
      const panel = new ScenarioPanel(calc);
      const status = await panel.importFiles({ name: 'ulykkelig.json', mimeType: 'application/json', buffer });
      assert.match(status, /1 scenarie indlæst/);
      await calc.waitForNotice(/var 1\.000\.000\.000\.000, mere end Måltal regner for muligt/);
      await calc.waitForNotice(/Kommunekoden 999 findes ikke i datafilen/);
      const card = calc.goalCard('langtidsledighed');
      const shown = Number((await card.number.inputValue()).replace(/\./g, '').replace(',', '.'));
      assert.ok(shown > 0 && shown < 1e6, `a plausible default target, not ${shown}`);
      assert.equal(await calc.goalCard('ledighed').root.locator('[data-preset="klynge-median"]').getAttribute('aria-pressed'), 'true', 'the file\'s other targets stand');
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});

describe('a link with a newer version of a saved scenario', () => {
  test('replaces it only with a notice of what changed, and the saved version comes back with one click', async () => {
    // The same scenario (id and author) edited elsewhere: one revision on, another target.
    const { v1, link: newerLink } = await v1LinkWith((wire) => ({ ...wire, rev: wire.rev + 1, ambitioner: { ...wire.ambitioner, langtidsledighed: { vaerdi: 1200 } } }));
    const calc = await CalculatorPage.open(browser, `?s=${v1}`);
    try {
      const card = calc.goalCard('langtidsledighed');
      assert.equal(await card.number.inputValue(), '1.350', 'the saved version');
      await nextFrames(calc.page);
      await calc.page.waitForTimeout(400); // the autosave (200 ms after a change)
      await calc.page.goto(`${BASE_URL}?s=${newerLink}`);
      await card.slider.waitFor({ timeout: 15000 });
      const notice = await calc.waitForNotice(/nyere udgave af «Ambitiøs plan»/);
      assert.match(await notice.innerText(), /erstattede den gemte\. Ændret: målet for langtidsledighed\./);
      assert.equal(await card.number.inputValue(), '1.200', 'the link\'s version, said');
      await notice.getByRole('button', { name: 'Fortryd: behold den gemte udgave' }).click();
      await waitUntil(() => card.number.inputValue(), (v) => v === '1.350', 'the saved version back');
      assert.equal(await calc.notices.filter({ hasText: /nyere udgave/ }).count(), 0, 'the notice goes');
      // The choice holds: the same link opened again shows the saved version, without asking.
      await calc.page.waitForTimeout(400);
      await calc.page.goto(`${BASE_URL}?s=${newerLink}`);
      await card.slider.waitFor({ timeout: 15000 });
      await nextFrames(calc.page);
      assert.equal(await card.number.inputValue(), '1.350');
      assert.equal(await calc.notices.filter({ hasText: /nyere udgave/ }).count(), 0);
      assert.deepEqual(calc.problems, []);
    } finally {
      await calc.close();
    }
  });
});
