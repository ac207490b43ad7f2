// The responsible authority from the data file's meta.authority (#13 §6): DKFDS' header and
// footer name it with its contact as links, the accessibility statement names its feedback route,
// and an address that would run script is refused by field (the file is not used). The default
// file names no authority: the header then shows only Måltal, and the statement keeps its generic
// text (never an invented contact).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, axeScan, describeViolations, launch, openPage, waitUntil } from './support.mjs';
import { CalculatorPage } from './pages/calculator.mjs';

const AUTHORITY = {
  name: { da: 'Region Prøveland', en: 'Test Region' },
  url: 'https://www.proeveland.dk',
  email: 'kontakt@proeveland.dk',
  phone: '+45 7000 0000',
  accessibility_feedback: 'https://www.proeveland.dk/tilgaengelighed',
};

let browser;
let baseline;
before(async () => {
  browser = await launch();
  baseline = await (await fetch(new URL('data/baseline.json', BASE_URL))).json();
});
after(async () => {
  await browser?.close();
});

/** A page whose `data/region.json` is the default file with `authority` in its meta. */
async function withAuthority(authority, path) {
  // No service worker: its requests would pass by the test's routes.
  const opened = await openPage(browser, 'about:blank', { serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const file = structuredClone(baseline);
  file.meta.authority = authority;
  await opened.page.route('**/data/region.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(file) }));
  await opened.page.goto(new URL(path, BASE_URL).toString());
  return opened;
}

describe('the authority a region writes into its data file', () => {
  test('header and footer name it with its contact as links, in both languages; axe passes', async () => {
    const { page, problems, context } = await withAuthority(AUTHORITY, '?kommune=751&data=data/region.json');
    const calc = new CalculatorPage(page, problems, context);
    try {
      await page.locator('.goal-card').first().waitFor({ timeout: 20000 });
      const header = page.locator('header.header .additional-info');
      assert.equal((await header.locator('.authority-name').textContent()).trim(), 'Region Prøveland');
      const footer = page.locator('footer .footer');
      assert.match(await footer.innerText(), /Ansvarlig myndighed\s+Region Prøveland/);
      const links = await footer.locator('.contact-lines a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
      assert.deepEqual(links, [
        ['+45 7000 0000', 'tel:+4570000000'],
        ['kontakt@proeveland.dk', 'mailto:kontakt@proeveland.dk'],
        ['www.proeveland.dk', 'https://www.proeveland.dk'],
      ]);
      const statement = footer.locator('a', { hasText: 'Tilgængelighedserklæring' });
      assert.equal(await statement.getAttribute('href'), 'tilgaengelighed.html?data=data%2Fregion.json',
        'the statement reads the same data file');
      for (const theme of ['', 'moerk', 'kontrast']) {
        await page.evaluate((t) => (t ? document.documentElement.setAttribute('data-tema', t) : document.documentElement.removeAttribute('data-tema')), theme);
        const { serious } = await axeScan(page, { context: '.site-top, .site-footer' });
        assert.deepEqual(describeViolations(serious), [], `axe in theme «${theme || 'lys'}»`);
      }
      await page.evaluate(() => document.documentElement.removeAttribute('data-tema'));

      assert.equal(await calc.switchLanguage(), 'en');
      assert.equal((await header.locator('.authority-name').textContent()).trim(), 'Test Region');
      assert.match(await footer.innerText(), /Responsible authority\s+Test Region/);
      assert.match(await footer.innerText(), /Telephone: \+45 7000 0000/);
      assert.equal(await footer.locator('a', { hasText: 'Accessibility statement' }).getAttribute('href'),
        'accessibility.html?data=data%2Fregion.json', 'the English statement, reading the same file');
      assert.equal(await page.locator('nav.language-switcher a[aria-current="true"]').textContent(), 'English',
        'the language in use is listed first and marked current');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the accessibility statement names its feedback route, from the same file', async () => {
    const { page, problems, context } = await withAuthority(AUTHORITY, 'tilgaengelighed.html?data=data%2Fregion.json');
    try {
      const route = page.locator('#feedback-route');
      await waitUntil(() => route.innerText(), (t) => t.includes('Region Prøveland'), 'the authority in the statement');
      assert.equal(await route.locator('a').getAttribute('href'), 'https://www.proeveland.dk/tilgaengelighed');
      assert.equal((await page.locator('#authority-header .authority-name').textContent()).trim(), 'Region Prøveland');
      const { serious } = await axeScan(page);
      assert.deepEqual(describeViolations(serious), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('the English statement names it in English', async () => {
    const { page, problems, context } = await withAuthority(AUTHORITY, 'accessibility.html?data=data%2Fregion.json');
    try {
      const route = page.locator('#feedback-route');
      await waitUntil(() => route.innerText(), (t) => t.includes('Test Region'), 'the authority in the statement');
      assert.match(await route.innerText(), /^If you meet an accessibility problem/);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      const { serious } = await axeScan(page);
      assert.deepEqual(describeViolations(serious), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test('an address that would run script is refused by field, in the page and in the statement', async () => {
    const bad = { ...AUTHORITY, url: 'javascript:alert(1)' };
    const { page, problems, context } = await withAuthority(bad, '?kommune=751&data=data/region.json');
    try {
      const panel = page.locator('.alert-error');
      await panel.waitFor({ timeout: 20000 });
      const text = await panel.innerText();
      assert.match(text, /«javascript:alert\(1\)» er ikke en webadresse, der begynder med https:\/\//, text);
      assert.match(text, /\$\.meta\.authority\.url/, text);
      assert.equal(await page.locator('.additional-info').count(), 0, 'no authority from the refused file');
      assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
      // The statement does not take the refused address either.
      await page.goto(new URL('tilgaengelighed.html?data=data%2Fregion.json', BASE_URL).toString());
      await page.waitForLoadState('networkidle');
      assert.match(await page.locator('#feedback-route').innerText(), /angiver ikke\s+myndigheden/);
      assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
      assert.deepEqual(problems.filter((p) => !p.includes('Failed to load resource')), []);
    } finally {
      await context.close();
    }
  });

  test('the default file names no authority: Måltal alone in the header, the generic statement', async () => {
    const { page, problems, context } = await openPage(browser, '?kommune=751');
    try {
      await page.locator('.goal-card').first().waitFor({ timeout: 20000 });
      assert.equal(await page.locator('.additional-info, .solution-info-mobile').count(), 0);
      assert.equal((await page.locator('.solution-heading a.site-title').textContent()).trim(), 'Måltal');
      await page.goto(new URL('tilgaengelighed.html', BASE_URL).toString());
      await page.waitForLoadState('networkidle');
      assert.match(await page.locator('#feedback-route').innerText(), /angiver ikke\s+myndigheden/);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});
