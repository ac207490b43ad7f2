// Page object for the presentation mode (projector): one goal at a time, stepped by keys while
// the presentation has focus.
import { waitUntil } from '../support.mjs';

export class PresentationMode {
  /** `calc` is a CalculatorPage. */
  constructor(calc) {
    this.page = calc.page;
    this.openButton = this.page.getByRole('button', { name: 'Præsentation (projektor)', exact: true });
    this.root = this.page.locator('section.presentation');
    this.place = this.root.locator('.presentation-place');
    this.title = this.root.locator('.presentation-title');
    this.target = this.root.locator('.presentation-target');
    this.chart = this.root.locator('canvas').first();
    this.exitButton = this.root.getByRole('button', { name: 'Afslut præsentation', exact: true });
    this.keysBox = this.page.locator('input#presentation-keys[type=checkbox]');
  }

  /** Opens the presentation by keyboard: focus its button, press Enter; waits for its focus. */
  async openByKeyboard() {
    await this.openButton.focus();
    await this.page.keyboard.press('Enter');
    await this.root.waitFor();
    await waitUntil(() => this.hasFocus(), (f) => f, 'the presentation to take the focus');
  }

  async hasFocus() {
    return this.page.evaluate(() => document.activeElement?.classList.contains('presentation') ?? false);
  }

  async placeText() {
    return (await this.place.textContent()).trim();
  }

  /** Waits for the place line to end with "mål N / M". */
  async waitForPlace(n, m) {
    return waitUntil(() => this.placeText(), (t) => t.endsWith(`mål ${n} / ${m}`), `"mål ${n} / ${m}"`);
  }

  /** Presses Tab until `locator` has the focus (at most `max` presses). */
  async tabTo(locator, max = 12) {
    for (let i = 0; i < max; i++) {
      if (await locator.evaluate((el) => el === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`${locator} not reached with ${max} Tab presses`);
  }

  /** A description of the focused element, for messages. */
  async focused() {
    return this.page.evaluate(() => {
      const a = document.activeElement;
      if (!a || a === document.body) return 'body';
      return `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${a.className ? `.${String(a.className).split(' ').join('.')}` : ''} «${(a.textContent ?? '').trim().slice(0, 40)}»`;
    });
  }
}
