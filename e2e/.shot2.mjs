import { launch } from './support.mjs';
const b = await launch(); const p = await b.newPage({viewport:{width:1280,height:1000}});
const errs=[]; p.on('console', m => { if (m.type()==='error' || m.type()==='warning') errs.push(m.type()+': '+m.text()); });
await p.goto(process.argv[2]); await p.waitForTimeout(2500);
await p.locator(process.argv[4] || 'body').first().scrollIntoViewIfNeeded();
await p.screenshot({path: process.argv[3]}); console.log(errs.join('\n')); await b.close();
