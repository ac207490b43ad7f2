import { launch } from './support.mjs';
const b = await launch(); const p = await b.newPage({viewport:{width:1280,height:2400}});
const errs=[]; p.on('console', m => { if (m.type()==='error' || m.type()==='warning') errs.push(m.type()+': '+m.text()); }); p.on('pageerror', e => errs.push('pageerror '+e.message));
await p.goto(process.argv[2]); await p.waitForTimeout(2500);
await p.screenshot({path: process.argv[3], fullPage: false}); console.log(errs.join('\n')); await b.close();
