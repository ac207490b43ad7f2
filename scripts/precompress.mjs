// Writes brotli (quality 11) and gzip (-9) copies of every file the app loads into
// pkg/compressed/<path>.br and .gz, so scripts/serve.py can send what a real web server would
// (Content-Encoding), and the benchmark counts what a browser transfers. Already compressed
// formats (woff2, png) are left alone. Run by scripts/build.sh after the build; quick.
// With --beside DIR (scripts/package.sh, for the release bundle) it writes the copies next to
// each file instead — DIR/<path>.br and .gz, where nginx' gzip_static/brotli_static and the Apache
// rules in deploy/ look for them — for every compressible file under DIR except data/ (a data
// file is replaced by hand, and a stale compressed sibling would be sent in its place).
// Usage: node scripts/precompress.mjs [ROOT] | node scripts/precompress.mjs --beside DIR
import { brotliCompressSync, gzipSync, constants as zc } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';

const beside = process.argv[2] === '--beside';
const root = (beside ? process.argv[3] : process.argv[2]) ?? '.';
const out = join(root, 'pkg', 'compressed');
const compressible = /\.(wasm|js|mjs|css|json|html|svg|webmanifest|txt|md)$/;
// What the served app can load: the root's own files and the built pkg/ (not node_modules,
// target, e2e …); with --beside, all of DIR but data/.
const roots = beside
  ? readdirSync(root).filter((name) => name !== 'data').sort()
  : ['index.html', 'index.js', 'sw.js', 'embed.js', 'tilgaengelighed.html', 'tilgaengelighed.js', 'accessibility.html',
    'manifest.webmanifest',
    'style', 'data', 'pkg'];

function* files(path) {
  let st;
  try { st = statSync(path); } catch { return; }
  if (st.isDirectory()) {
    if (path === out) return;
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else if (compressible.test(path)) {
    yield path;
  }
}

if (!beside) rmSync(out, { recursive: true, force: true });
let raw = 0, br = 0, count = 0;
for (const top of roots) {
  for (const file of files(join(root, top))) {
    const bytes = readFileSync(file);
    const rel = relative(root, file);
    const target = beside ? file : join(out, rel);
    mkdirSync(dirname(target), { recursive: true });
    const b = brotliCompressSync(bytes, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    writeFileSync(`${target}.br`, b);
    writeFileSync(`${target}.gz`, gzipSync(bytes, { level: 9 }));
    raw += bytes.length; br += b.length; count += 1;
  }
}
console.log(`${beside ? root : 'pkg/compressed'}: ${count} files, ${raw} bytes raw, ${br} bytes brotli`);
