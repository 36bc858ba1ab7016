"""Search benchmark: a synthetic bilingual archive, built with its search index, searched in Chromium.

    .venv/bin/python bench/search.py                  # 1,000 and 5,000 meetings
    .venv/bin/python bench/search.py --sizes 100      # a quick run
    .venv/bin/python bench/search.py --project /tmp/bench-1000-x   # a project synthesised before

For each size it synthesises N bilingual meetings (bench/build.py), builds the site with
``python -m generator build`` (which writes each language's search index), serves it under
/reports/ on 127.0.0.1 and, in Debian's Chromium, types twenty queries per language
(tests/search_queries.py) into the real header search box. It prints, per language: bytes of
search files (the index under <lang>/search/ and theme/assets/search.js, as served; "gz" with HTTP
gzip on text files, as GitHub Pages serves them; the index's .bin files are gzip'd already)
downloaded before the first result shows and for all twenty queries, the time to the first
result, how many of the twenty queries had results (the archive is synthesised from five of the
test meetings, so queries about the others find nothing), and the index size on disk.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

from build import project  # noqa: E402  (bench/build.py)

from tests.conftest import CHROMIUM_ARGS  # noqa: E402
from tests.search_queries import QUERIES  # noqa: E402

PREFIX = "reports"


class _Counter(http.server.SimpleHTTPRequestHandler):
    """Serves the site under /reports/ and counts the bytes of search files."""

    counted: list[tuple[int, int]] = []
    lock = threading.Lock()

    def translate_path(self, path):
        path = path.split("?", 1)[0]
        return super().translate_path("/" + path[len(PREFIX) + 2:] if path.startswith(f"/{PREFIX}/") else "/-")

    def copyfile(self, source, outputfile):
        data = source.read()
        path = self.path.split("?", 1)[0]
        if "/search/" in path or path.endswith("/search.js"):
            text = path.endswith((".js", ".json"))  # the .bin files are compressed already
            with self.lock:
                self.counted.append((len(data), len(gzip.compress(data, 6)) if text else len(data)))
        outputfile.write(data)

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Counter, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{PREFIX}/"
    finally:
        server.shutdown()


def _bytes() -> tuple[int, int]:
    with _Counter.lock:
        return sum(r for r, _ in _Counter.counted), sum(g for _, g in _Counter.counted)


def measure(site: Path) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    with serve(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for lang in ("hi", "th"):
            queries = [q for l, q, *_ in QUERIES if l == lang][:20]
            context = browser.new_context()
            page = context.new_page()
            hosts = set()
            page.on("request", lambda r, hosts=hosts: hosts.add(r.url.split("/")[2]))
            page.goto(f"{base}{lang}/")
            box = page.locator(".site-search input[name=query]")
            _Counter.counted.clear()
            started = time.perf_counter()
            box.fill(queries[0])
            page.wait_for_selector(".md-search-result__item", timeout=60000)
            first_ms = (time.perf_counter() - started) * 1000
            first = _bytes()
            answered = 1
            for query in queries[1:]:
                box.fill("")
                page.wait_for_function("() => document.querySelector('.search-count').textContent === ''")
                box.fill(query)
                page.wait_for_function("() => document.querySelector('.search-count').textContent !== ''", timeout=60000)
                answered += page.locator(".md-search-result__item").count() > 0
            rows.append({"lang": lang, "first": first, "twenty": _bytes(), "first_ms": first_ms, "answered": answered,
                         "index": sum(f.stat().st_size for f in (site / lang / "search").rglob("*") if f.is_file()),
                         "hosts": sorted(hosts)})
            context.close()
        browser.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--project", type=Path, help="an existing synthesised project to build and measure (kept)")
    args = parser.parse_args()
    print(f"{'meetings':>8} {'lang':>4} {'build s':>8} {'index MB':>8} {'first KB (gz)':>14} "
          f"{'first ms':>8} {'20 queries KB (gz)':>19} {'answered':>8} hosts")
    for n in [len(list((args.project / "content").glob("*.hi.txt")))] if args.project else args.sizes:
        root = args.project or project(n)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "generator", "build"], cwd=root, check=True, capture_output=True)
        seconds = time.perf_counter() - started
        for r in measure(root / "site"):
            print(f"{n:>8} {r['lang']:>4} {seconds:>8.0f} {r['index'] / 1e6:>8.1f} "
                  f"{r['first'][0] / 1024:>6.0f} ({r['first'][1] / 1024:>4.0f}) {r['first_ms']:>8.0f} "
                  f"{r['twenty'][0] / 1024:>10.0f} ({r['twenty'][1] / 1024:>5.0f}) {r['answered']:>8} "
                  f"{','.join(r['hosts'])}", flush=True)
        if not args.project:
            shutil.rmtree(root)


if __name__ == "__main__":
    main()
