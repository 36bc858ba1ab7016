"""Shared fixtures: a real build of a test site, served on 127.0.0.1, and a browser."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import socket
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def make_project(target: Path, articles: list[Path], site_url: str) -> Path:
    """A copy of this project's site config and theme with the given articles in content/."""
    (target / "content").mkdir(parents=True)
    shutil.copytree(ROOT / "theme", target / "theme")
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = "\n".join(f"site_url: {site_url}" if line.startswith("site_url:") else line for line in config.splitlines())
    (target / "mkdocs.yml").write_text(config + "\n", "utf-8")
    for article in articles:
        shutil.copy(article, target / "content" / article.name)
    return target / "mkdocs.yml"


def all_test_articles() -> list[Path]:
    return sorted((ROOT / "content").glob("*.txt")) + sorted((ROOT / "tests/articles").glob("*.txt"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextlib.contextmanager
def built_and_served(tmp_path_factory, name: str, articles: list[Path]):
    """``articles`` built into a site and served under /reports/ on 127.0.0.1 (a GitHub Pages-like sub-path)."""
    from generator.build import build_site

    port = free_port()
    base = f"http://127.0.0.1:{port}/reports/"
    project = tmp_path_factory.mktemp(name)
    report = build_site(str(make_project(project, articles, base)))
    root = tmp_path_factory.mktemp(f"{name}-www")
    shutil.copytree(project / "site", root / "reports")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(_QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield {"base": base, "project": project, "site": project / "site", "report": report}
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """All test articles (the samples and tests/articles), built and served."""
    with built_and_served(tmp_path_factory, "project", all_test_articles()) as site:
        yield site


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


# Modules whose every test stands on a full build (slow) or drives Chromium (browser), and the
# fixtures that make a test one of them: `make test-fast` leaves these out, `make test` runs all.
_SLOW_MODULES = {"test_build", "test_incremental", "test_search", "test_site_quality", "test_faults"}
_BROWSER_MODULES = {"test_browser"}
_SLOW_FIXTURES = {"served_site", "mixed_build", "markup_site", "search", "meeting_of"}


def pytest_collection_modifyitems(items):
    for item in items:
        module = getattr(item, "module", None)
        name = module.__name__.rsplit(".", 1)[-1] if module else ""
        fixtures = set(getattr(item, "fixturenames", ()))
        if name in _BROWSER_MODULES or "browser" in fixtures:
            item.add_marker(pytest.mark.browser)
        if name in _SLOW_MODULES or name in _BROWSER_MODULES or fixtures & _SLOW_FIXTURES:
            item.add_marker(pytest.mark.slow)
