"""Lighthouse benchmark: the test site built, served with gzip under a sub-path, audited on a phone.

    .venv/bin/python bench/lighthouse.py                   # build the test articles, audit every page kind
    .venv/bin/python bench/lighthouse.py --site /tmp/x/site # audit a site built before (its site_url
                                                            # must be http://127.0.0.1:PORT/reports/)
    .venv/bin/python bench/lighthouse.py --runs 3           # median of three Lighthouse runs per page

Lighthouse (pinned in bench/tools/package-lock.json; ``npm ci --prefix bench/tools``) drives
Debian's ``/usr/bin/chromium`` with its default mobile settings (Moto G Power viewport, simulated
slow 4G and 4x CPU slowdown). The site is the samples and the test articles, built with two
meetings per page so that archive pages exist, served on 127.0.0.1 under /reports/ as GitHub
Pages serves a project: gzip on text files, ``Cache-Control: max-age=600``, ``Last-Modified``.

It prints, per page (the root page, both home pages, an archive page and a meeting page in
each language): the four Lighthouse scores, the bytes transferred on a first visit (Lighthouse's
total byte weight, gzip'd as sent) and, measured apart in Chromium with its cache, the bytes
transferred when the page is opened after another page of the site (after the other language's
page for a meeting page: a reader switching language).  Plain Material with the same text is
measured too, as the reference. Scores vary by a few points from run to run: this is not a test.
"""

from __future__ import annotations

import argparse
import contextlib
import email.utils
import functools
import gzip
import http.server
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]

from tests.conftest import CHROMIUM_ARGS, all_test_articles, free_port, make_project  # noqa: E402

PREFIX = "reports"
LIGHTHOUSE = ROOT / "bench/tools/node_modules/lighthouse/cli/index.js"
CHROMIUM = "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
_TEXT = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map")


class _PagesLike(http.server.SimpleHTTPRequestHandler):
    """Serves ``directory`` (which holds reports/) the way GitHub Pages does: gzip on text, 10 minutes of cache."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the redirect to the folder
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return None
        stamp = email.utils.formatdate(path.stat().st_mtime, usegmt=True)
        if self.headers.get("If-Modified-Since") == stamp:
            self.send_response(304)
            self.send_header("Cache-Control", "max-age=600")
            self.end_headers()
            return None
        data = path.read_bytes()
        zipped = path.suffix in _TEXT and "gzip" in self.headers.get("Accept-Encoding", "")
        if zipped:
            data = gzip.compress(data, 6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if zipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Last-Modified", stamp)
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return _Body(data)

    def log_message(self, *args):
        pass


class _Body:
    def __init__(self, data: bytes):
        self.data = data

    def read(self, *args) -> bytes:
        return self.data

    def close(self) -> None:
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # Lighthouse drops connections it no longer needs


@contextlib.contextmanager
def serve(root: Path, port: int):
    server = _Server(("127.0.0.1", port), functools.partial(_PagesLike, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{port}/{PREFIX}/"
    finally:
        server.shutdown()
        server.server_close()


def build_test_site(work: Path, port: int) -> Path:
    """The samples and the test articles, two meetings per page, into ``work/www/reports``."""
    from generator.build import build_site

    config = make_project(work / "project", all_test_articles(), f"http://127.0.0.1:{port}/{PREFIX}/")
    config.write_text(re.sub(r"(?m)^(\s*per_page:)\s*\d+", r"\1 2", config.read_text("utf-8")), "utf-8")
    build_site(str(config))
    shutil.copytree(work / "project/site", work / "www" / PREFIX)
    return work / "www"


def build_plain_material(work: Path, site: Path, port: int) -> str:
    """The reference: the Hindi meeting page's own text as one page of plain Material (same palette,
    Material's search plugin, Google Fonts off), in ``work/www/material``. Returns its path under www."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    page = next(site.glob(f"{PREFIX}/hi/meetings/*/index.html"))
    article = re.search(r'<article[^>]*>(.*?)</article>', page.read_text("utf-8"), re.S).group(1)
    text = re.sub(r"<[^>]+>", " ", re.sub(r"(?s)<(script|style|form)\b.*?</\1>", "", article))
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
    project = work / "material"
    (project / "docs").mkdir(parents=True)
    (project / "docs/index.md").write_text("\n\n".join(paragraphs) + "\n", "utf-8")
    (project / "mkdocs.yml").write_text(json.dumps({
        "site_name": "Plain Material", "site_url": f"http://127.0.0.1:{port}/{PREFIX}/material/",
        "site_description": "Plain Material reference page",
        "theme": {"name": "material", "language": "hi", "font": False,
                  "palette": [{"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": "indigo"},
                              {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": "indigo"}]},
        "plugins": ["search"]}, ensure_ascii=False), "utf-8")
    build(load_config(str(project / "mkdocs.yml")))
    shutil.copytree(project / "site", site / PREFIX / "material")
    return "material/"


def pages_to_audit(site: Path) -> dict[str, str]:
    """name → path under /reports/: root, home and one archive and meeting page per language."""
    pages = {"root": ""}
    for lang in ("hi", "th"):
        pages[f"{lang} home"] = f"{lang}/"
        archive = sorted((site / PREFIX / lang / "archive").glob("*/index.html"))
        if archive:
            pages[f"{lang} archive"] = f"{lang}/archive/{archive[-1].parent.name}/"
    # A meeting with both translations, so that the second visit is a language switch.
    both = sorted(set(p.parent.name for p in (site / PREFIX / "hi/meetings").glob("*/index.html"))
                  & set(p.parent.name for p in (site / PREFIX / "th/meetings").glob("*/index.html")))
    for lang in ("hi", "th"):
        pages[f"{lang} meeting"] = f"{lang}/meetings/{both[0]}/"
    return pages


def lighthouse(url: str, out: Path) -> dict:
    """One Lighthouse run (mobile, simulated throttling): scores and first-visit bytes."""
    flags = " ".join(["--headless=new", "--no-sandbox", "--disable-gpu"])
    subprocess.run(["node", str(LIGHTHOUSE), url, f"--chrome-path={CHROMIUM}", f"--chrome-flags={flags}",
                    "--output=json", f"--output-path={out}", "--quiet", "--max-wait-for-load=60000",
                    f"--only-categories={','.join(CATEGORIES)}"], check=True)
    report = json.loads(out.read_text("utf-8"))
    scores = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}
    audits = report["audits"]
    scored = ("binary", "numeric", "metricSavings")
    failed = sorted(name for name, a in audits.items()
                    if a.get("score") is not None and a["score"] < 0.9 and a.get("scoreDisplayMode") in scored)
    return {**scores, "bytes": audits["total-byte-weight"]["numericValue"],
            "fcp": audits["first-contentful-paint"]["numericValue"], "lcp": audits["largest-contentful-paint"]["numericValue"],
            "tbt": audits["total-blocking-time"]["numericValue"], "cls": audits["cumulative-layout-shift"]["numericValue"],
            "failed": failed}


def _count(sizes: dict[str, float], event: dict) -> None:
    sizes[event["requestId"]] = event["encodedDataLength"]


def _opened_before(name: str, path: str) -> str:
    """The page a reader opens before this one: a home page after the other language's, an archive
    page after its language's home page, the root after the Hindi home page."""
    lang = path.split("/")[0]
    if "archive" in name:
        return f"{lang}/"
    return {"hi": "th/", "th": "hi/"}.get(lang, "hi/")


def warm_bytes(base: str, pairs: list[tuple[str, str]]) -> dict[str, tuple[int, int, int]]:
    """For each (first, then): bytes on the wire for ``then`` opened after ``first`` in one browser
    with its HTTP cache, how many requests went to the network, and, where ``then`` is in the other
    language, the bytes fetched when the reader opened the language selector on ``first`` (the
    other script's font, unless the system has it) before following it."""
    from playwright.sync_api import sync_playwright

    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for first, then in pairs:
            context = browser.new_context(viewport={"width": 412, "height": 823})
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            cdp.send("Network.enable")
            sizes: dict[str, float] = {}
            cdp.on("Network.loadingFinished", functools.partial(_count, sizes))
            page.goto(base + first, wait_until="networkidle")
            sizes.clear()
            selector = 0
            if {first.split("/")[0], then.split("/")[0]} == {"hi", "th"}:  # a language switch: through the selector
                page.hover(".md-header .md-select")
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(300)
                selector = int(sum(sizes.values()))
                sizes.clear()
            page.goto(base + then, wait_until="networkidle")
            page.wait_for_timeout(300)
            results[then] = (int(sum(sizes.values())), sum(1 for v in sizes.values() if v > 0), selector)
            context.close()
        browser.close()
    return results


def _collect(events: list[dict], message: dict) -> None:
    events.extend(message["value"])


def _finish(done: threading.Event, message: dict) -> None:
    done.set()


def trace_style_layout(url: str, runs: int = 3) -> list[str]:
    """Where a page's style and layout time goes, from Chromium's own trace (phone viewport, no
    throttling): each style recalculation and layout over 2 ms, with the elements it touched
    and the script that forced it (if one did); the median total over ``runs`` loads."""
    from playwright.sync_api import sync_playwright

    totals, lines = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in range(runs):
            context = browser.new_context(viewport={"width": 412, "height": 823})
            page = context.new_page()
            cdp = context.new_cdp_session(page)
            events: list[dict] = []
            done = threading.Event()
            cdp.on("Tracing.dataCollected", functools.partial(_collect, events))
            cdp.on("Tracing.tracingComplete", functools.partial(_finish, done))
            cdp.send("Tracing.start", {"categories": "devtools.timeline,disabled-by-default-devtools.timeline",
                                       "transferMode": "ReportEvents"})
            page.goto(url, wait_until="networkidle")
            page.wait_for_timeout(500)
            cdp.send("Tracing.end")
            for _ in range(300):  # Playwright delivers the trace's events while it is called
                if done.is_set():
                    break
                page.wait_for_timeout(100)
            work = [e for e in events if e.get("name") in ("UpdateLayoutTree", "Layout") and e.get("ph") == "X"]
            totals.append(sum(e["dur"] for e in work) / 1000)
            if n == 0:
                for e in sorted(work, key=lambda e: -e["dur"]):
                    if e["dur"] < 2000:
                        break
                    data = e.get("args", {}).get("beginData", {})
                    stack = data.get("stackTrace") or []
                    forced = f" forced by {stack[0]['url'].rsplit('/', 1)[-1]}:{stack[0]['lineNumber']}" if stack else ""
                    elements = data.get("dirtyObjects") or e.get("args", {}).get("elementCount") or "?"
                    lines.append(f"  {e['name']:<16} {e['dur'] / 1000:6.1f} ms  {elements} elements{forced}")
            context.close()
        browser.close()
    return [f"{url}: style and layout {statistics.median(totals):.0f} ms (median of {runs})"] + lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="a built site/ to audit instead of building the test articles")
    parser.add_argument("--port", type=int, help="the port its site_url names")
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs per page (the median is shown)")
    parser.add_argument("--only", nargs="*", help="audit only these pages (e.g. 'hi meeting')")
    parser.add_argument("--keep", type=Path, help="keep the Lighthouse reports in this folder")
    parser.add_argument("--trace", action="store_true",
                        help="only trace where the meeting pages' and plain Material's style and layout time goes")
    args = parser.parse_args()
    if not LIGHTHOUSE.is_file():
        sys.exit("Lighthouse is not installed: npm ci --prefix bench/tools --ignore-scripts")
    port = args.port or free_port()
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp:
        work = Path(tmp)
        if args.site:
            www = work / "www"
            shutil.copytree(args.site, www / PREFIX)
        else:
            www = build_test_site(work, port)
        pages = pages_to_audit(www)
        pages["plain Material"] = build_plain_material(work, www, port)
        if args.only:
            pages = {k: v for k, v in pages.items() if k in args.only}
        if args.trace:
            with serve(www, port) as base:
                for name in ("hi meeting", "th meeting", "plain Material"):
                    print("\n".join(trace_style_layout(base + pages[name])))
            return
        reports = args.keep or work / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        with serve(www, port) as base:
            rows = {}
            for name, path in pages.items():
                runs = [lighthouse(base + path, reports / f"{name.replace(' ', '-')}-{n}.json") for n in range(args.runs)]
                keys = (*CATEGORIES, "bytes", "fcp", "lcp", "tbt", "cls")
                best = {key: statistics.median(r[key] for r in runs) for key in keys}
                rows[name] = {**best, "failed": sorted(set().union(*(r["failed"] for r in runs)))}
            # Second visits: a page of the site opened before (the home page; the other language's
            # meeting page for a meeting page), with the browser's cache.
            pairs = [(_opened_before(name, path), path) for name, path in pages.items()
                     if "meeting" not in name and name != "plain Material"]
            pairs += [(pages["th meeting"], pages["hi meeting"]), (pages["hi meeting"], pages["th meeting"])] \
                if "hi meeting" in pages and "th meeting" in pages else []
            warm = warm_bytes(base, pairs)
    print("| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | first visit | second visit |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, row in rows.items():
        second = warm.get(pages[name])
        second_text = f"{second[0] / 1024:.1f} KB ({second[1]} req.)" if second else ""
        second_text += f", {second[2] / 1024:.1f} KB on opening the selector" if second and second[2] else ""
        print(f"| {name} | {row['performance']:.0f} | {row['accessibility']:.0f} | {row['best-practices']:.0f} | "
              f"{row['seo']:.0f} | {row['fcp'] / 1000:.1f} s | {row['lcp'] / 1000:.1f} s | {row['tbt']:.0f} ms | "
              f"{row['bytes'] / 1024:.0f} KB | {second_text} |")
    for name, row in rows.items():
        if row["failed"]:
            print(f"{name}: audits under 0.9: {', '.join(row['failed'])}")


if __name__ == "__main__":
    main()
