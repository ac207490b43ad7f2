// Writes brotli (quality 11) and gzip (-9) copies of every file the app loads into
// pkg/compressed/<path>.br and .gz, so scripts/serve.py can send what a real web server would
// (Content-Encoding), and the benchmark counts what a browser transfers. Already compressed
// formats (woff2, png) are left alone. Run by scripts/build.sh after the build; quick.
// Usage: node scripts/precompress.mjs [ROOT]
import { brotliCompressSync, gzipSync, constants as zc } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';

const root = process.argv[2] ?? '.';
const out = join(root, 'pkg', 'compressed');
const compressible = /\.(wasm|js|mjs|css|json|html|svg|webmanifest|txt|md)$/;
// What the served app can load: the root's own files and the built pkg/ (not node_modules,
// target, e2e …).
const roots = ['index.html', 'index.js', 'sw.js', 'embed.js', 'tilgaengelighed.html',
  'manifest.webmanifest', 'style', 'data', 'pkg'];

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

rmSync(out, { recursive: true, force: true });
let raw = 0, br = 0, count = 0;
for (const top of roots) {
  for (const file of files(join(root, top))) {
    const bytes = readFileSync(file);
    const rel = relative(root, file);
    const target = join(out, rel);
    mkdirSync(dirname(target), { recursive: true });
    const b = brotliCompressSync(bytes, { params: { [zc.BROTLI_PARAM_QUALITY]: 11, [zc.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    writeFileSync(`${target}.br`, b);
    writeFileSync(`${target}.gz`, gzipSync(bytes, { level: 9 }));
    raw += bytes.length; br += b.length; count += 1;
  }
}
console.log(`pkg/compressed: ${count} files, ${raw} bytes raw, ${br} bytes brotli`);
