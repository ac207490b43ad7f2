// The printed plan appendix (issue 12, section 1; D19): a committee member names the scenario,
// writes a 500-character justification for each of the four goals and prints. Chromium renders
// the print as an A4 PDF (as "Gem som PDF" does); the PDF has at most two pages, page 1 opens
// with the municipality, the scenario, its author and the data date, and each goal's target
// sentence, justification and comparison table are there — nothing interactive. Once in Danish,
// once in English.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, nextFrames, settled, waitUntil } from './support.mjs';
import { CalculatorPage, GOAL_IDS } from './pages/calculator.mjs';
import { ScenarioPanel } from './pages/scenarios.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A justification of exactly `n` characters, in words. */
function justification(goal, n = 500) {
  const words = `Målet for ${goal} bygger på dialogen med virksomhederne og det regionale råd, på erfaringerne fra sidste år og på den forventede udvikling på arbejdsmarkedet. `;
  return words.repeat(Math.ceil(n / words.length)).slice(0, n - 1) + '.';
}

/** Prints the page as the user does (`beforeprint` builds the appendix), into an A4 PDF file. */
async function printToPdf(page, goals) {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await waitUntil(
    () => page.locator('.print-summary canvas.print-canvas[data-drawn="1"]').count(),
    (n) => n === goals,
    `the ${goals} printed charts to be drawn`,
  );
  await nextFrames(page);
  const pdf = await page.pdf({ format: 'A4' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  const file = join(mkdtempSync(join(tmpdir(), 'maltal-print-')), 'appendix.pdf');
  writeFileSync(file, pdf);
  return file;
}

/** The number of pages of a PDF (poppler's pdfinfo). */
function pageCount(file) {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** The text of pages `first`–`last` of a PDF (poppler's pdftotext). */
function pdfText(file, first, last = first) {
  return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), file, '-'], { encoding: 'utf8' });
}

/** Adds an own goal `id` (the form's next id) on the unemployment rate, as a user does. */
async function addOwnGoal(calc, id, title) {
  const page = calc.page;
  await page.locator('button.add-goal').click();
  await page.locator('#own-goal-title').fill(title);
  await page.locator('#own-goal-indicator').selectOption('ledighedsprocent');
  await page.locator('#own-goal-measure').selectOption('gns');
  await page.locator('#own-goal-year').selectOption('2028');
  await page.locator('form.own-goal-form button[type=submit]').click();
  await calc.goalCard(id).slider.waitFor({ timeout: 10000 });
  await settled(page);
  await nextFrames(page);
}

// Four goals on at most 2 pages, one more page per further three goals: seven on at most 3.
const CASES = [
  { own: [], pages: 2 },
  { own: ['egen-1', 'egen-2', 'egen-3'], pages: 3 },
];

for (const lang of ['da', 'en']) for (const { own, pages: maxPages } of CASES) {
  const da = lang === 'da';
  const ids = [...GOAL_IDS, ...own];
  describe(`the printed plan appendix (${lang}): ${ids.length} goals with 500-character justifications`, () => {
    let calc;
    let file;
    const scenario = da ? 'Udvalgets forslag' : 'The committee proposal';
    const author = da ? 'Beskæftigelsesudvalget' : 'Employment committee';

    before(async () => {
      calc = await CalculatorPage.open(browser, `?kommune=730${da ? '' : '&sprog=en'}`);
      const panel = new ScenarioPanel(calc);
      await panel.rename(scenario);
      await panel.setAuthor(author);
      for (const [i, id] of own.entries()) {
        await addOwnGoal(calc, id, da ? `Ledigheden under ${4 - i / 2} % i 2028` : `Unemployment below ${4 - i / 2} % by 2028`);
      }
      for (const id of ids) {
        const note = calc.page.locator(`textarea#note-${id}`);
        await note.fill(justification(id));
        await note.press('Tab');
      }
      await nextFrames(calc.page);
      file = await printToPdf(calc.page, ids.length);
    });
    after(async () => {
      await calc?.close();
    });

    test(`the appendix fits on at most ${maxPages} A4 pages, numbered`, (t) => {
      const pages = pageCount(file);
      const size = /^Page size:\s+(.*)$/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1];
      t.diagnostic(`${lang}, ${ids.length} goals: ${pages} pages, page size ${size}, ${file}`);
      assert.ok(pages >= 1 && pages <= maxPages, `the appendix has ${pages} pages`);
      assert.match(size ?? '', /\(A4\)/, 'A4');
      const last = pdfText(file, pages);
      assert.match(last, new RegExp(`\\b${pages}\\s*/\\s*${pages}\\b`), `the last page is numbered: ${last.slice(-200)}`);
    });

    test('page 1 opens with the municipality, scenario, author and data date', () => {
      const first = pdfText(file, 1);
      const head = first.slice(0, 800);
      assert.ok(head.includes('Randers'), `page 1 names the municipality: ${head}`);
      assert.ok(head.includes(scenario), `page 1 names the scenario: ${head}`);
      assert.ok(head.includes(author), `page 1 names the author: ${head}`);
      assert.match(head, da ? /Data til og med/ : /Data up to/);
      assert.match(head, da ? /Udskrevet/ : /Printed/);
    });

    test('every goal has its sentence, justification and comparison; nothing interactive is printed', async () => {
      const all = pdfText(file, 1, pageCount(file)).replace(/\s+/g, ' ');
      for (const id of ids) {
        const sentence = (await calc.page.locator(`p#sentence-${id}`).textContent()).trim();
        assert.ok(all.includes(sentence.slice(0, 40)), `the sentence of ${id}: ${sentence}`);
        assert.ok(all.includes(justification(id).slice(-60)), `the end of ${id}'s justification`);
      }
      for (const header of da ? ['Område', 'Hele landet', 'Sammenlignelige kommuner (median af', 'Begrundelse'] : ['Area', 'The whole country', 'Comparable municipalities (median of', 'Justification']) {
        assert.ok(all.includes(header), `the appendix has «${header}»`);
      }
      for (const control of da ? ['Udskriv / gem som PDF', 'Nyt scenarie', 'Begynd med målsæt'] : ['Print / save as PDF', 'New scenario', 'Start from the goal set']) {
        assert.ok(!all.includes(control), `no control is printed: «${control}»`);
      }
      assert.deepEqual(calc.problems, []);
    });
  });
}
