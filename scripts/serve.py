"""Static file server for Måltal's repository root, on loopback only.

Sends the strict Content Security Policy the app must work under, the right type for .wasm,
and no caching, so tests and a developer always see the files just built. Like a production web
server it sends a precompressed copy (pkg/compressed/<path>.br or .gz, written by
scripts/precompress.mjs) with its Content-Encoding when the browser accepts it and the copy is not
older than the file; otherwise the file itself.
Usage: python3 scripts/serve.py PORT [ROOT]
"""
import functools
import http.server
import os
import sys
import urllib.parse

CSP = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors *"
)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
    }

    def send_head(self):
        encoded = self.precompressed()
        if encoded is None:
            return super().send_head()
        copy, encoding, original = encoded
        f = open(copy, "rb")
        try:
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(original))
            self.send_header("Content-Encoding", encoding)
            self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            return f
        except BaseException:
            f.close()
            raise

    def precompressed(self):
        """(copy, encoding, original) when a fresh precompressed copy of the file may be sent."""
        path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
        rel = os.path.normpath(path.lstrip("/"))
        if rel.startswith("..") or os.path.isabs(rel):
            return None
        if rel in ("", "."):
            rel = "index.html"
        original = os.path.join(self.directory, rel)
        if not os.path.isfile(original):
            return None
        accepted = accepted_encodings(self.headers.get("Accept-Encoding", ""))
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            if encoding not in accepted:
                continue
            copy = os.path.join(self.directory, "pkg", "compressed", rel + suffix)
            if os.path.isfile(copy) and os.path.getmtime(copy) >= os.path.getmtime(original):
                return copy, encoding, original
        return None

    def end_headers(self):
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):  # keep test output readable
        if "-v" in sys.argv:
            super().log_message(format, *args)


def accepted_encodings(header):
    """The codings an Accept-Encoding header accepts (a q of 0 refuses one)."""
    accepted = set()
    for part in header.split(","):
        name, _, params = part.strip().partition(";")
        q = params.strip()
        if q.startswith("q="):
            try:
                if float(q[2:]) == 0:
                    continue
            except ValueError:
                continue
        if name.strip():
            accepted.add(name.strip().lower())
    return accepted


def main():
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
    root = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] != "-v" else "."
    handler = functools.partial(Handler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    print(f"http://127.0.0.1:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
