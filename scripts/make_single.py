"""Builds dist/maltal.html: the whole app in one self-contained file that runs from disk
(file://), e.g. from a USB stick in a workshop. Inlined: the CSS (DKFDS' with its fonts and icons as
data: URLs, then Måltal's own), the wasm-bindgen glue, the
WebAssembly (gzip + base64, unpacked in the browser with DecompressionStream) and the default
data (as application/json, read by the app instead of fetching).

Usage: python3 scripts/make_single.py  (after scripts/build.sh)
"""
import base64
import gzip
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent


MEDIA_TYPES = {".woff2": "font/woff2", ".svg": "image/svg+xml"}


def inline_urls(css, base):
    """Replaces every url("…") in `css` (relative to `base`) by a data: URL of the file."""

    def data_url(match):
        path = base / match.group(1)
        media = MEDIA_TYPES.get(path.suffix)
        if media is None or not path.is_file():
            raise SystemExit(f"cannot inline {match.group(1)} from {base}")
        return f'url("data:{media};base64,{base64.b64encode(path.read_bytes()).decode("ascii")}")'

    return re.sub(r"""url\(\s*['"]?(?!data:)([^'")]+?)['"]?\s*\)""", data_url, css)


def main():
    html = (ROOT / "index.html").read_text(encoding="utf-8")
    css = (ROOT / "style/main.css").read_text(encoding="utf-8")
    # utf-8-sig: a byte order mark would turn the first rule invalid once inlined.
    dkfds = inline_urls((ROOT / "pkg/dkfds.css").read_text(encoding="utf-8-sig"), ROOT / "pkg")
    if "</style" in dkfds or "</style" in css:
        raise SystemExit("a stylesheet contains </style, which would end the inlined <style> early")
    glue = (ROOT / "pkg/maltal.js").read_text(encoding="utf-8")
    wasm = (ROOT / "pkg/maltal_bg.wasm").read_bytes()
    data = (ROOT / "data/baseline.json").read_text(encoding="utf-8")
    json.loads(data)  # never ship a file that is not JSON

    wasm_b64 = base64.b64encode(gzip.compress(wasm, 9)).decode("ascii")
    # The glue may mention </script> nowhere; guard anyway.
    assert "</script" not in glue
    safe_data = data.replace("</", "<\\/")

    boot = """
const boot = document.getElementById('boot');
const message = document.getElementById('boot-message');
function fail(text, detail) {
  if (message) { message.textContent = text; message.classList.add('boot-error'); }
  if (detail) console.warn('Måltal kunne ikke starte:', detail);
}
async function wasmBytes() {
  const packed = Uint8Array.from(atob(document.getElementById('maltal-wasm').textContent.trim()), (c) => c.charCodeAt(0));
  const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
(async () => {
  if (typeof WebAssembly !== 'object' || typeof DecompressionStream !== 'function') {
    fail('Din browser kan ikke køre Måltal fra en fil. Prøv en nyere udgave af Edge, Chrome, Firefox eller Safari.');
    return;
  }
  try {
    await __wbg_init({ module_or_path: await wasmBytes() });
    run();
    if (boot) boot.remove();
  } catch (error) {
    fail('Måltal kunne ikke starte fra filen.', error);
  }
})();
"""
    # The glue exports `__wbg_init` as default; keep it callable by name in the inline module.
    if "__wbg_init as default" not in glue:
        raise SystemExit("unexpected wasm-bindgen glue: no default export of __wbg_init")
    module = glue + "\n" + boot

    out = html
    out = out.replace('<link rel="stylesheet" href="pkg/dkfds.css">', "<style>\n" + dkfds + "\n</style>")
    out = out.replace('<link rel="stylesheet" href="style/main.css">', "<style>\n" + css + "\n</style>")
    if '<link rel="stylesheet"' in out:
        raise SystemExit("index.html links a stylesheet make_single.py does not inline")
    out = re.sub(r'\s*<link rel="manifest"[^>]*>', "", out)
    # The file carries its code and data inside: nothing to fetch ahead (and file:// could not).
    out = re.sub(r'\s*<!-- The app.s code is fetched[^>]*-->', "", out)
    out = re.sub(r'\s*<link rel="(?:module)?preload"[^>]*>', "", out)
    if "preload" in out.split("<body", 1)[0]:
        raise SystemExit("index.html preloads something make_single.py does not remove")
    out = out.replace('<script type="module" src="index.js"></script>', "")
    out = out.replace(
        "</body>",
        '<script type="application/json" id="maltal-data">' + safe_data + "</script>\n"
        '<script type="application/octet-stream" id="maltal-wasm">' + wasm_b64 + "</script>\n"
        '<script type="module">\n' + module + "\n</script>\n</body>",
    )
    dist = ROOT / "dist"
    dist.mkdir(exist_ok=True)
    target = dist / "maltal.html"
    target.write_text(out, encoding="utf-8")
    size = target.stat().st_size
    print(f"{target.relative_to(ROOT)}: {size} bytes ({len(gzip.compress(out.encode('utf-8'), 9))} gzip)")


if __name__ == "__main__":
    main()
