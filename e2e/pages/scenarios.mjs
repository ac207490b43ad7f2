// Page object for Måltal's scenario panel: the named scenarios at the top of the calculator, the
// "Del, gem, udskriv og sammenlign" box with the share link, files, CSV and the comparison.
// Tests say what the user does ("make a new scenario", "save it as a file"); selectors, downloads
// and waiting live here.
import { readFile } from 'node:fs/promises';
import { nextFrames, settled, waitUntil } from '../support.mjs';
import { CalculatorPage, GOAL_IDS } from './calculator.mjs';

/** The header of the CSV export (Excel style), exactly. */
export const CSV_HEADER = 'scenarie;forfatter;konjunktur;kommunekode;kommune;maal;indikator;enhed;periode;serie;vaerdi';

/** Reads a Danish number ("12.345", "-1,5", "7,5 %", "−3") at the start of `text`; NaN if none. */
export function danishNumber(text) {
  const m = /^\s*([-−]?[\d.]+(?:,\d+)?)/.exec(text ?? '');
  if (!m) return Number.NaN;
  return Number(m[1].replace('−', '-').replaceAll('.', '').replace(',', '.'));
}

/** JSON with object keys sorted at every level, to compare values whatever their key order. */
export function canonical(value) {
  const sort = (v) =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v;
  return JSON.stringify(sort(value));
}

/** The median as the app should compute it: the middle value, or the mean of the two middle. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * What a user sees of the current scenario's figures: each goal's sentence and each overview row.
 * Two pages showing the same scenario on the same data give equal snapshots.
 */
export async function figures(calc) {
  await settled(calc.page);
  const out = {};
  for (const id of GOAL_IDS) {
    out[id] = {
      sentence: await calc.goalCard(id).sentenceText(),
      overview: await calc.overviewCells(id),
    };
  }
  return out;
}

/**
 * Builds a scenario file with one scenario per entry of `people` from an exported file's text:
 * each gets `forfatter`, `navn` and the given `ambitioner` (merged over the exported ones).
 * Returns `{ name, mimeType, buffer }` objects for `setInputFiles`.
 */
export function participantFiles(exportedText, people) {
  const exported = JSON.parse(exportedText);
  const [template] = exported.scenarier;
  return people.map((p) => {
    const scenario = {
      ...template,
      navn: p.navn,
      forfatter: p.forfatter,
      ambitioner: { ...template.ambitioner, ...p.ambitioner },
    };
    const file = { ...exported, scenarier: [scenario] };
    return {
      name: `maltal-${p.forfatter.toLowerCase()}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file, null, 2)),
    };
  });
}

/**
 * Opens the calculator in a fresh context whose pages run `initScript(initArg)` before any of
 * the page's own scripts (e.g. to put something into localStorage first). Returns a CalculatorPage.
 */
export async function openWithInitScript(browser, url, initScript, initArg) {
  const context = await browser.newContext({ locale: 'da-DK' });
  await context.addInitScript(initScript, initArg);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.goto(url);
  const calc = new CalculatorPage(page, problems, context);
  await calc.goalCard(GOAL_IDS[0]).slider.waitFor({ timeout: 15000 });
  await settled(page);
  await nextFrames(page);
  return calc;
}

export class ScenarioPanel {
  /** `calc` is a CalculatorPage. */
  constructor(calc) {
    this.calc = calc;
    this.page = calc.page;
    const page = this.page;
    this.root = page.locator('section.scenarios');
    this.select = page.locator('select#scenario-select');
    this.name = page.locator('input#scenario-name');
    this.author = page.locator('input#scenario-author');
    this.newButton = this.root.getByRole('button', { name: 'Nyt scenarie', exact: true });
    this.duplicateButton = this.root.getByRole('button', { name: 'Dupliker', exact: true });
    this.deleteButton = this.root.getByRole('button', { name: 'Slet', exact: true });
    this.deletedStatus = this.root.locator('p.alert-warning', { hasText: 'Scenariet er slettet' });
    this.undoButton = this.deletedStatus.getByRole('button', { name: 'Fortryd', exact: true });
    this.share = this.root.locator('details.details.share');
    this.shareSummary = this.share.locator(':scope > summary');
    this.shareLink = page.locator('input#share-link');
    this.copyButton = this.share.getByRole('button', { name: /^(Kopiér link|Kopieret)$/ });
    this.saveButton = this.share.getByRole('button', { name: 'Gem scenariet som fil', exact: true });
    this.saveAllButton = this.share.getByRole('button', { name: 'Gem alle scenarier som fil', exact: true });
    this.csvButton = this.share.getByRole('button', { name: 'Hent alle tal (CSV)', exact: true });
    this.files = page.locator('input#scenario-files');
    this.fileStatus = this.share.locator('input#scenario-files ~ p[role=status]');
    this.participantsButton = this.share.getByRole('button', { name: 'Sammenlign alle deltagere (scenarier med forfatter)', exact: true });
    this.comparison = this.share.locator('.scenario-compare');
    this.comparisonTable = this.comparison.locator('table');
    this.comparisonChart = this.comparison.locator('canvas').first();
    this.comparisonGoal = page.locator('select#compare-goal');
  }

  compareBox(i) {
    return this.page.locator(`input#compare-${i}[type=checkbox]`);
  }

  /** The names in the scenario picker, in order. */
  async names() {
    return this.select.locator('option').allTextContents();
  }

  /** The picker's chosen option's text. */
  async currentName() {
    return this.select.evaluate((s) => s.options[s.selectedIndex]?.textContent ?? '');
  }

  /** Waits until the picker lists exactly `expected`. */
  async waitForNames(expected, what = `the scenarios ${JSON.stringify(expected)}`) {
    return waitUntil(() => this.names(), (n) => JSON.stringify(n) === JSON.stringify(expected), what);
  }

  /** Types a name and leaves the field (its change event names the scenario). */
  async rename(name) {
    await this.name.fill(name);
    await this.name.press('Tab');
    await waitUntil(() => this.currentName(), (n) => n.startsWith(name), `the picker to show «${name}»`);
  }

  async setAuthor(name) {
    await this.author.fill(name);
    await this.author.press('Tab');
  }

  /** Chooses scenario number `i` (0-based) in the picker; waits for the figures to follow. */
  async choose(i) {
    await this.select.selectOption(String(i));
    await waitUntil(() => this.select.inputValue(), (v) => v === String(i), `scenario ${i} chosen`);
    await nextFrames(this.page);
  }

  async newScenario() {
    const n = (await this.names()).length;
    await this.newButton.click();
    await waitUntil(() => this.names(), (names) => names.length === n + 1, 'a new scenario in the picker');
    await nextFrames(this.page);
  }

  async openShare() {
    if (!(await this.share.evaluate((d) => d.open))) await this.shareSummary.click();
    await this.shareLink.waitFor();
  }

  /** The share link as the box shows it. */
  async link() {
    await this.openShare();
    return this.shareLink.inputValue();
  }

  /**
   * Clicks `button` and collects `count` downloads; returns [{ name, text }] in arrival order.
   * (The downloads are read before the context closes.)
   */
  async download(button, count = 1) {
    await this.openShare();
    const seen = [];
    const done = new Promise((resolve) => {
      const on = (d) => {
        seen.push(d);
        if (seen.length === count) {
          this.page.off('download', on);
          resolve();
        }
      };
      this.page.on('download', on);
    });
    await button.click();
    await Promise.race([
      done,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${seen.length} of ${count} downloads after 10 s`)), 10000)),
    ]);
    const out = [];
    for (const d of seen) {
      const path = await d.path();
      out.push({ name: d.suggestedFilename(), text: await readFile(path, 'utf8') });
    }
    return out;
  }

  /** "Gem scenariet som fil": { name, text }. */
  async saveScenario() {
    const [file] = await this.download(this.saveButton);
    return file;
  }

  /**
   * "Hent alle tal (CSV)": one file, { name, text }. `all` ticks "alle scenarier", `plain`
   * ticks commas and decimal points (each left as it is when undefined).
   */
  async downloadCsv({ all, plain } = {}) {
    await this.openShare();
    if (all !== undefined) await this.page.locator('input#csv-all').setChecked(all);
    if (plain !== undefined) await this.page.locator('input#csv-plain').setChecked(plain);
    const [file] = await this.download(this.csvButton, 1);
    return file;
  }

  /** The alert naming the files of the last batch that were not loaded: its list items' texts. */
  async fileProblems() {
    return this.share.locator('.file-problems[role=alert] li').allTextContents();
  }

  /** Loads files through "Indlæs scenariefiler"; waits for the status line; returns it. */
  async importFiles(files) {
    await this.openShare();
    const before = (await this.fileStatus.count()) ? await this.fileStatus.textContent() : null;
    await this.files.setInputFiles(files);
    const status = await waitUntil(
      async () => ((await this.fileStatus.count()) ? this.fileStatus.textContent() : null),
      (t) => t !== null && t !== before,
      'the file status line',
    );
    await nextFrames(this.page);
    return status;
  }

  /** Ticks the comparison boxes of the scenarios `indices`. */
  async compare(...indices) {
    await this.openShare();
    for (const i of indices) await this.compareBox(i).check();
    await this.comparisonTable.waitFor();
    await nextFrames(this.page);
  }

  /** The comparison table as { head: [...], rows: [[...], ...] }. */
  async comparisonData() {
    return this.comparisonTable.evaluate((t) => ({
      head: [...t.querySelectorAll('thead th')].map((c) => c.textContent.trim()),
      rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
    }));
  }

  /** True when the comparison chart has a painted pixel. */
  async comparisonChartIsDrawn() {
    return this.comparisonChart.evaluate((c) => {
      if (!c.width || !c.height) return false;
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
      return false;
    });
  }

  /** The scenario in the address bar's `?s=` (decoded), or null. */
  async addressScenario() {
    const s = new URL(this.page.url()).searchParams.get('s');
    if (!s?.startsWith('2.')) return null;
    return JSON.parse(Buffer.from(s.slice(2), 'base64url').toString('utf8'));
  }

  /**
   * Waits until the autosave has caught up: the saved state's current scenario satisfies
   * `accept` and the address bar carries that same scenario (what a user sees before reloading).
   */
  async waitForSaved(accept = () => true, what = 'the autosave') {
    return waitUntil(
      async () => {
        const stored = await this.stored();
        return { current: stored?.scenarier?.[stored.current] ?? null, address: await this.addressScenario() };
      },
      ({ current, address }) => current !== null && accept(current) && canonical(current) === canonical(address),
      what,
    );
  }

  /** The saved state (`maltal.scenarier`) parsed, or null. */
  async stored() {
    return this.page.evaluate(() => {
      const raw = localStorage.getItem('maltal.scenarier');
      return raw === null ? null : JSON.parse(raw);
    });
  }
}
