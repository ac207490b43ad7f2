import { launch } from './support.mjs';
const browser = await launch();
const context = await browser.newContext({ locale: 'da-DK' });
const page = await context.newPage();
await page.goto(process.env.URL + '?kommune=751');
await page.locator('#slider-ledighed').waitFor({ timeout: 30000 });
await page.waitForTimeout(2000);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await page.locator('#slider-ledighed').focus();
await cdp.send('Profiler.start');
const n0 = await page.evaluate(() => performance.getEntriesByName('maltal:redraw').length);
for (let i = 0; i < 100; i++) {
  await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowLeft');
  await page.waitForFunction((n) => performance.getEntriesByName('maltal:redraw').length >= n, n0 + i + 1);
}
const { profile } = await cdp.send('Profiler.stop');
const d = await page.evaluate((n0) => performance.getEntriesByName('maltal:redraw').slice(n0).map((e) => e.duration).sort((a, b) => a - b), n0);
console.log('redraw p50', d[50].toFixed(2), 'p95', d[95].toFixed(2));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  const t = dt[i + 1] ?? 0;
  const n = byId.get(id);
  const name = n.callFrame.functionName || '(anon ' + n.callFrame.url.split('/').pop() + ')';
  self.set(name, (self.get(name) ?? 0) + t);
  const seen = new Set();
  let cur = id;
  while (cur !== undefined) {
    const nm = byId.get(cur).callFrame.functionName || '(anon)';
    if (!seen.has(nm)) { incl.set(nm, (incl.get(nm) ?? 0) + t); seen.add(nm); }
    cur = parent.get(cur);
  }
}
const top = (m, k) => [...m.entries()].filter(([n]) => !['(idle)', '(program)', '(root)'].includes(n)).sort((a, b) => b[1] - a[1]).slice(0, k);
console.log('--- self (ms over 100 moves)');
for (const [n, t] of top(self, Number(process.env.TOP ?? 40))) console.log((t / 1000).toFixed(1).padStart(8), n.slice(0, 150));
console.log('--- inclusive');
for (const [n, t] of top(new Map([...incl].filter(([k]) => !process.env.FILTER || k.includes(process.env.FILTER))), Number(process.env.TOPI ?? 60))) console.log((t / 1000).toFixed(1).padStart(8), n.slice(0, 150));
await browser.close();
