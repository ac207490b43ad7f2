"""Writes Måltal's release bundle (a zip) for scripts/package.sh, which names the files to add.

The site's files are derived, so a new file cannot be forgotten: what the service worker caches
(sw.js' FILES, with pkg/sw-version.js' MALTAL_STYLE_FILES for its spread), every top-level
*.html, *.js and *.webmanifest, and --site-extra. Every named file must exist. The site is staged
in a temporary folder, scripts/precompress.mjs --beside writes the .br/.gz siblings (not for
data/), and the zip is written with sorted entries and fixed timestamps.
Usage: python3 scripts/package.py --out ZIP --site-extra FILE… --beside SRC:DEST…
"""
import argparse
import glob
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

SITE = "maltal"
STAMP = (1980, 1, 1, 0, 0, 0)
STORED = (".br", ".gz", ".woff2", ".png")


def fail(message):
    print(f"package: {message}", file=sys.stderr)
    sys.exit(1)


def quoted(text):
    return re.findall(r"'([^']*)'|\"([^\"]*)\"", text)


def sw_files():
    """The files the service worker caches, as paths from the site's root (without './')."""
    sw = read("sw.js")
    block = re.search(r"const FILES = \[(.*?)\];", sw, re.S)
    if block is None:
        fail("sw.js has no `const FILES = [ … ];` to read the cached files from")
    body = re.sub(r"//[^\n]*", "", block.group(1))
    spread = "...(self.MALTAL_STYLE_FILES || [])"
    rest = re.sub(r"'[^']*'|\"[^\"]*\"", "", body.replace(spread, ""))
    if rest.replace(",", "").strip():
        fail(f"sw.js' FILES has an entry package.py cannot read: {rest.strip()!r}")
    files = [a or b for a, b in quoted(body)]
    if spread in body:
        style = re.search(r"MALTAL_STYLE_FILES = \[(.*?)\];", read("pkg/sw-version.js"), re.S)
        if style is None:
            fail("pkg/sw-version.js has no MALTAL_STYLE_FILES (run scripts/build.sh)")
        files += [a or b for a, b in quoted(style.group(1))]
    return [f for f in files if f not in ("./", ".", "")]


def read(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except OSError as error:
        fail(f"cannot read {path}: {error}")
        raise


def site_files(extra):
    """Every file of the site, sorted; fails on a missing one or an uncached top-level page."""
    cached = sw_files()
    pages = sorted(p for pattern in ("*.html", "*.js", "*.webmanifest") for p in glob.glob(pattern))
    uncached = [p for p in pages if p not in cached and p not in extra]
    if uncached:
        fail(
            f"{', '.join(uncached)}: a top-level page the service worker does not cache; add it to "
            "sw.js' FILES, or to SITE_EXTRA in scripts/package.sh if it need not work offline"
        )
    files = sorted(set(cached) | set(pages) | set(extra))
    for f in files:
        if os.path.isabs(f) or ".." in f.split("/"):
            fail(f"{f}: not a path inside the site")
        if not os.path.isfile(f):
            fail(f"{f} is listed for the bundle but does not exist (run scripts/build.sh?)")
    return files, cached


def stage(files, beside, tmp):
    """Copies the site and the files beside it into tmp; writes the compressed siblings."""
    for f in files:
        dest = os.path.join(tmp, SITE, f)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(f, dest)
    for pair in beside:
        src, _, dest = pair.partition(":")
        if not dest or not os.path.isfile(src):
            fail(f"{pair}: wants SOURCE:DESTINATION with an existing source")
        os.makedirs(os.path.dirname(os.path.join(tmp, dest)) or tmp, exist_ok=True)
        shutil.copyfile(src, os.path.join(tmp, dest))
    subprocess.run(
        ["node", "scripts/precompress.mjs", "--beside", os.path.join(tmp, SITE)],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def write_zip(tmp, out):
    entries = []
    for folder, _, names in os.walk(tmp):
        for name in names:
            path = os.path.join(folder, name)
            entries.append(os.path.relpath(path, tmp).replace(os.sep, "/"))
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    partial = out + ".part"
    with zipfile.ZipFile(partial, "w") as z:
        for entry in sorted(entries):
            info = zipfile.ZipInfo(entry, STAMP)
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            stored = entry.endswith(STORED)
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            with open(os.path.join(tmp, entry), "rb") as f:
                z.writestr(info, f.read(), compresslevel=None if stored else 9)
    os.replace(partial, out)
    return len(entries)


def first_visit(tmp, cached):
    """Bytes a browser downloads on a first visit, as the sample configurations send them."""
    total = 0
    for f in sorted(set(cached) | {"sw.js"}):
        path = os.path.join(tmp, SITE, f)
        if os.path.isfile(path + ".br"):
            total += os.path.getsize(path + ".br")
        elif f.startswith("data/"):
            with open(path, "rb") as data:  # compressed on the fly (gzip level 6)
                total += len(gzip.compress(data.read(), compresslevel=6, mtime=0))
        else:
            total += os.path.getsize(path)
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--site-extra", nargs="*", default=[])
    parser.add_argument("--beside", nargs="*", default=[])
    args = parser.parse_args()
    files, cached = site_files(args.site_extra)
    with tempfile.TemporaryDirectory() as tmp:
        stage(files, args.beside, tmp)
        count = write_zip(tmp, args.out)
        raw = sum(os.path.getsize(f) for f in files)
        visit = first_visit(tmp, cached)
    print(
        f"{args.out}: {os.path.getsize(args.out)} bytes ({count} entries); the site {raw} bytes "
        f"raw in {len(files)} files; first visit {visit} bytes as sent (brotli, data gzip on the fly)"
    )


if __name__ == "__main__":
    main()
