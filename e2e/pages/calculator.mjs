// Page object for Måltal's calculator page. Tests say what a user does ("choose Aarhus", "press
// the preset") and read what a user sees; the selectors and the waiting live here.
import { axeScan, nextFrames, openPage, settled, waitUntil } from '../support.mjs';

export const GOAL_IDS = ['ledighed', 'langtidsledighed', 'kontanthjaelp', 'loentimer'];
export const PRESETS = ['hold', 'prognose', 'region', 'klynge-median', 'klynge-bedste-kvartil'];

/** Danish short months as the app writes them ("dec. 2026", "maj 2025"). */
export const DANISH_MONTH = /^(jan\.|feb\.|mar\.|apr\.|maj|jun\.|jul\.|aug\.|sep\.|okt\.|nov\.|dec\.) \d{4}$/;
/** A Danish number: "." between thousands, "," before decimals ("1.234", "12,5"). */
export const DANISH_NUMBER = /^-?\d{1,3}(\.\d{3})*(,\d+)?$/;

export class CalculatorPage {
  /**
   * Opens the page (`query` like "?kommune=751") in a fresh context. Waits for the calculator,
   * unless `waitForCalculator` is false (pages that are expected to show only an error).
   */
  static async open(browser, query = '', { waitForCalculator = true, viewport } = {}) {
    const { page, problems, context } = await openPage(browser, query, viewport ? { viewport } : {});
    const calc = new CalculatorPage(page, problems, context);
    // The app is running once the boot message is gone and either the picker or an error shows.
    await page.locator('#kommune, .alert-error').first().waitFor({ timeout: 15000 });
    if (waitForCalculator) {
      await calc.goalCard(GOAL_IDS[0]).slider.waitFor({ timeout: 15000 });
      await settled(page);
      await nextFrames(page);
    }
    return calc;
  }

  constructor(page, problems, context) {
    this.page = page;
    /** Console errors and page errors seen so far. */
    this.problems = problems;
    this.context = context;
    this.boot = page.locator('#boot');
    // Only what is on screen: a print-only summary repeats the heading and the facts.
    this.heading = page.locator('h1').filter({ visible: true });
    // The field is labelled "Kommune" (tests check the label with getByRole); the choice panel
    // section carries the same aria-label, so getByLabel alone would match two elements.
    this.municipality = page.locator('input#kommune');
    this.municipalityError = page.locator('#kommune-error');
    this.facts = page.locator('section.choice-panel dl.facts').filter({ visible: true });
    // DKFDS' language switcher: the link to the language the page is not in.
    this.languageButton = page.locator('nav.language-switcher a:not([aria-current])');
    this.goalCards = page.locator('section.goal-card');
    this.overview = page.locator('section.overview');
    this.overviewHeading = page.locator('#overview-heading');
    this.overviewSubtitle = page.locator('section.overview > p').first();
    this.comparisonGoal = page.locator('select#comparison-goal');
    this.comparisonTable = page.locator('table.comparison-table');
    this.comparisonSelfRow = page.locator('table.comparison-table tr.row-self');
    this.dataFile = page.locator('input#data-file');
    this.dataSource = page.locator('section.data-section p.form-hint', { hasText: /^(Datafil|Data file): / });
    this.errorPanel = page.locator('.alert-error');
    /** Notices about things the app could not use (URL parameters, …); there may be several. */
    this.notices = page.locator('.alert-warning');
    this.methodButton = page.locator('footer').getByRole('button', { name: /^(Sådan regner Måltal|How Måltal calculates)$/ });
    this.accessibilityLink = page.locator('footer a[href="tilgaengelighed.html"]');
  }

  async close() {
    await this.context.close();
  }

  /** `<html lang>`. */
  async documentLang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  /** The name in the municipality field. */
  async municipalityName() {
    return this.municipality.inputValue();
  }

  /** The facts list as { Region: …, 'Sammenlignelige kommuner': …, Indbyggere: … }. */
  async factsMap() {
    return this.facts.evaluate((dl) =>
      Object.fromEntries([...dl.querySelectorAll('div')].map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent])),
    );
  }

  /**
   * Chooses a municipality as a user does: click the field, select its text, type the name by
   * keyboard. Waits until the page shows the municipality and its charts are redrawn.
   */
  async chooseMunicipality(name) {
    await this.municipality.click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(name, { delay: 10 });
    // The overview's subtitle ends "<name>, data til <month>." once the choice has been applied.
    const named = new RegExp(`(^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, data `, 'i');
    await waitUntil(() => this.overviewSubtitle.textContent(), (t) => named.test(t ?? ''), `the overview to name ${name}`);
    await nextFrames(this.page);
  }

  /** Types `text` into the municipality field and leaves it (the change event). */
  async typeMunicipalityAndLeave(text) {
    await this.municipality.click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text, { delay: 10 });
    await this.page.keyboard.press('Tab');
  }

  goalCard(id) {
    return new GoalCard(this.page, id);
  }

  overviewRow(id) {
    return this.page.locator(`table.overview-table tr[data-goal="${id}"]`);
  }

  /** The overview row's cells as texts: [title, target, change, vs prognosis, pace, realism]. */
  async overviewCells(id) {
    return this.overviewRow(id).locator('th, td').allTextContents();
  }

  /** Presses the header's language button; waits for `<html lang>` to change; returns it. */
  async switchLanguage() {
    const before = await this.documentLang();
    await this.languageButton.click();
    const after = await waitUntil(() => this.documentLang(), (l) => l !== before, 'html lang to change');
    await nextFrames(this.page);
    return after;
  }

  /** Opens the data table of goal `id`; returns the table's locator. */
  async openTable(id) {
    return this.goalCard(id).openTable();
  }

  async noticeTexts() {
    return this.notices.allInnerTexts();
  }

  /** Waits for a notice whose text matches `pattern`; returns its locator. */
  async waitForNotice(pattern, timeout = 5000) {
    await waitUntil(() => this.noticeTexts(), (ts) => ts.some((t) => pattern.test(t)), `a notice matching ${pattern}`, timeout);
    return this.notices.filter({ hasText: pattern }).first();
  }

  /** Loads a data file through the file input. */
  async loadDataFile(name, content, mimeType = 'application/json') {
    await this.dataFile.setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }

  /** Entries of the app's `maltal:redraw` measure. */
  async redrawMeasures() {
    return this.page.evaluate(() => performance.getEntriesByName('maltal:redraw', 'measure').map((e) => e.duration));
  }

  /** axe-core scan of the whole page: { violations, serious, lesser }. */
  async axe(options) {
    return axeScan(this.page, options);
  }
}

export class GoalCard {
  constructor(page, id) {
    this.page = page;
    this.id = id;
    this.root = page.locator(`section.goal-card[aria-labelledby="goal-${id}"]`);
    this.heading = page.locator(`h3#goal-${id}`);
    this.slider = page.locator(`input#slider-${id}[type=range]`);
    this.number = page.locator(`input#number-${id}`);
    this.sentence = page.locator(`p#sentence-${id}`);
    this.realism = this.root.locator('p.realism');
    this.chart = this.root.locator('canvas.chart-canvas:not(.chart-index)').first();
    this.indexChart = this.root.locator('canvas.chart-canvas.chart-index');
    this.indexToggle = page.locator(`input#index-${id}[type=checkbox]`);
    // The card has more than one <details> (e.g. the follow-up); the table's is found by its summary.
    this.details = this.root
      .locator('details')
      .filter({ has: page.locator(':scope > summary', { hasText: /^(Vis tallene som tabel|Show the figures as a table)$/ }) });
    this.tableSummary = this.details.locator(':scope > summary');
    this.table = this.details.locator('table.data-table');
  }

  preset(name) {
    return this.root.locator(`button[data-preset="${name}"]`);
  }

  /** { preset id: aria-pressed } for all preset buttons. */
  async pressedPresets() {
    return this.root
      .locator('button[data-preset]')
      .evaluateAll((bs) => Object.fromEntries(bs.map((b) => [b.dataset.preset, b.getAttribute('aria-pressed')])));
  }

  async sentenceText() {
    return (await this.sentence.textContent())?.trim();
  }

  async sliderValue() {
    return Number(await this.slider.inputValue());
  }

  /** The main chart as a data URL, to see that it changed (not to compare pixels). */
  async chartImage() {
    return this.chart.evaluate((c) => c.toDataURL());
  }

  /** True when the chart canvas has any painted pixel. */
  async chartIsDrawn() {
    return this.chart.evaluate((c) => {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
      return false;
    });
  }

  /** Waits until the sentence differs from `old`; returns the new one. */
  async waitForSentenceChange(old) {
    return waitUntil(() => this.sentenceText(), (t) => t !== old, `the sentence of ${this.id} to change from «${old}»`);
  }

  /** Presses keys on the focused slider, one by one. */
  async pressOnSlider(...keys) {
    await this.slider.focus();
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Presses a preset button and waits for it to be pressed. */
  async choosePreset(name) {
    await this.preset(name).click();
    await waitUntil(() => this.preset(name).getAttribute('aria-pressed'), (v) => v === 'true', `preset ${name} pressed`);
    await nextFrames(this.page);
  }

  /** Types a number into the number field and leaves it (the change event applies it). */
  async typeNumber(text) {
    await this.number.click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  /** Opens the data table by clicking "Vis tallene som tabel"; waits for rows; returns the table. */
  async openTable() {
    if (!(await this.details.evaluate((d) => d.open))) await this.tableSummary.click();
    await this.table.locator('tbody tr').first().waitFor();
    return this.table;
  }

  /** The open table's body as rows of cell texts. */
  async tableRows() {
    return this.table
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())));
  }
}
