// Shared helpers for the end-to-end journeys: launch Debian's Chromium through playwright-core
// (never a downloaded browser) and collect console errors so a journey fails on any of them.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.MALTAL_URL ?? 'http://127.0.0.1:8080/';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens a page that records console errors, page errors and CSP violations. */
export async function openPage(browser, path = '') {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  await page.goto(new URL(path, BASE_URL).toString());
  return { context, page, problems };
}
