"""Shared fixtures: a real build of a test site, served on 127.0.0.1, and a browser."""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def served_site(tmp_path_factory):
    """The test articles built into a site, served under /reports/ on 127.0.0.1 (a GitHub Pages-like sub-path)."""
    from generator.build import build_site

    port = free_port()
    base = f"http://127.0.0.1:{port}/reports/"
    project = tmp_path_factory.mktemp("project")
    config = make_project(project, all_test_articles(), base)
    report = build_site(str(config))
    root = tmp_path_factory.mktemp("www")
    shutil.copytree(project / "site", root / "reports")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {"base": base, "project": project, "site": project / "site", "report": report}
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
