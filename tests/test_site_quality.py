"""The built site's quality: internal links, HTML validity, accessibility.

Three checks over the test site that ``served_site`` builds (and a second build of
the same articles with a few meetings per page, so that archive pages exist):

- every internal ``href``/``src`` (and CSS ``url()``) resolves to a file, and every
  ``#fragment`` to an id on its page; no page loads a resource from another host;
- the Nu Html Checker (``vnu-jar``) finds no error in the project's own markup;
- axe-core finds no ``serious`` or ``critical`` violation on the home, archive and
  meeting pages of both languages.

Material for MkDocs' own markup has a few errors and violations of its own. They are
filtered by exact message and markup (vnu) or rule, element and markup (axe), listed below; a test
checks that a plain Material build of a trivial page (same theme settings, no
custom_dir) still shows each of them, so that a filter goes away with its cause.

The tools come from the npm registry, pinned in ``tests/tools/package-lock.json`` and
installed by ``make test`` (``npm ci --prefix tests/tools``); vnu needs Java.
"""

from __future__ import annotations

import functools
import html.parser
import http.server
import json
import re
import shutil
import subprocess
import threading
import xml.etree.ElementTree as ElementTree
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlparse

import pytest
import yaml

from tests.conftest import ROOT, all_test_articles, make_project

TOOLS = ROOT / "tests/tools/node_modules"
VNU_JAR = TOOLS / "vnu-jar/build/dist/vnu.jar"
AXE_JS = TOOLS / "axe-core/axe.min.js"
INSTALL_HINT = "run `make test` (or `npm ci --ignore-scripts --prefix tests/tools`, and a JRE for vnu)"

# --- What Material's own templates get wrong (not ours to fix; see test_filters_match_plain_material).

# vnu: (message, what the extract must contain). Material's base.html has
# <input class="md-toggle" data-md-toggle="drawer|search" type="checkbox" autocomplete="off">
# (#__drawer, #__search); HTML allows autocomplete on text-like inputs only. Reported twice on
# every page that extends base.html. The extract pins it to those inputs, not a copy of ours.
MATERIAL_VNU_ERRORS = frozenset({
    ("Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, "
     "“email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, "
     "or “week”.",
     '<input class="md-toggle" data-md-toggle="'),
})

# axe: (rule id, element, start of the element's HTML) for violations of Material's own
# partials and CSS. The HTML pins each to Material's markup: a copy in theme/ that differs
# (e.g. another class) is ours and is reported.
MATERIAL_AXE_VIOLATIONS = frozenset({
    # partials/search.html (only with Material's search plugin on): the search dialog has no
    # aria-label/aria-labelledby.
    ("aria-dialog-name", ".md-search", '<div class="md-search" data-md-component="search" role="dialog">'),
    # Footer "Made with Material for MkDocs": --md-footer-fg-color--lighter (#7f7f7f on
    # #171717) is 4.47:1 in the default (light) scheme, under the 4.5:1 of WCAG AA.
    ("color-contrast", ".md-copyright", '<div class="md-copyright">'),
})

# Resources a page loads (as opposed to links it shows): these must come from the site's host.
_RESOURCE_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon", "preload", "modulepreload",
                  "prefetch", "preconnect", "dns-prefetch", "manifest", "mask-icon"}
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""")
_XML_URL = re.compile(r"""<loc>\s*([^<\s]+)\s*</loc>|\shref="([^"]+)\"""")
_SKIPPED_SCHEMES = ("mailto:", "tel:", "data:", "javascript:", "blob:", "about:")


# ---------------------------------------------------------------------------- the sites

class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _AnyTagLoader(yaml.SafeLoader):
    """mkdocs.yml may hold !ENV or !!python/name: tags; only its theme: settings are read here."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@pytest.fixture(scope="module")
def extra_sites(tmp_path_factory):
    """On one 127.0.0.1 server: the test articles built again with 2 meetings per page
    (so archive pages exist) under /reports/, and a plain Material build of one trivial
    page with the site's theme settings under /material/ (the reference for the filters)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from generator.build import build_site

    www = tmp_path_factory.mktemp("www2")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(www)))
    port = server.server_address[1]
    base = f"http://127.0.0.1:{port}/reports/"
    project = tmp_path_factory.mktemp("paged")
    config = make_project(project, all_test_articles(), base)
    text, count = re.subn(r"(?m)^(\s*per_page:)\s*\d+", r"\1 2", config.read_text("utf-8"))
    assert count == 1, "mkdocs.yml has no `per_page:` option for the meetings plugin"
    config.write_text(text, "utf-8")
    build_site(str(config))

    reference = tmp_path_factory.mktemp("material")
    theme = dict(yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), _AnyTagLoader)["theme"])
    theme.pop("custom_dir", None)
    theme["language"] = "hi"
    (reference / "docs").mkdir()
    (reference / "docs/index.md").write_text("# Plain page\n\nA paragraph.\n\n## Section\n\nText.\n", "utf-8")
    (reference / "mkdocs.yml").write_text(yaml.safe_dump({
        "site_name": "Plain Material", "site_url": f"http://127.0.0.1:{port}/material/", "theme": theme,
        "plugins": ["search"],
        "extra": {"alternate": [{"name": "हिन्दी", "link": "/material/", "lang": "hi"},
                                {"name": "ไทย", "link": "/material/", "lang": "th"}]},
    }, allow_unicode=True), "utf-8")
    build(load_config(str(reference / "mkdocs.yml")))

    shutil.copytree(project / "site", www / "reports")
    shutil.copytree(reference / "site", www / "material")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {"paged": {"base": base, "site": project / "site"},
           "material": {"base": f"http://127.0.0.1:{port}/material/", "site": reference / "site"}}
    server.shutdown()


@pytest.fixture(scope="module")
def sites(served_site, extra_sites):
    """The sites whose every file is checked: the served test site and its paged variant."""
    return {"site": {"base": served_site["base"], "site": served_site["site"]}, "paged": extra_sites["paged"]}


# ---------------------------------------------------------------------------- 1. links

class _Page(html.parser.HTMLParser):
    """What a page links to, which resources it loads, and which ids it has."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []      # (where, url) to check inside the site
        self.resources: list[tuple[str, str]] = []  # (where, url) the browser loads
        self.ids: set[str] = set()
        self.css: list[str] = []                    # <style> blocks and style attributes
        self.config: str | None = None              # Material's <script id="__config"> JSON
        self.search_form = False                    # Material's search box, <form name="search">
        self._in = None

    def handle_starttag(self, tag, attrs):
        a = {k: v for k, v in attrs if v is not None}
        self.search_form |= tag == "form" and a.get("name") == "search"
        for key in ("id",) + (("name",) if tag == "a" else ()):
            if key in a:
                self.ids.add(a[key])
        urls = [(name, a[name]) for name in ("href", "src", "poster", "action") if name in a]
        if tag == "object" and "data" in a:
            urls.append(("data", a["data"]))
        for name in ("srcset", "imagesrcset"):
            urls += [(name, part.split()[0]) for part in a.get(name, "").split(",") if part.strip()]
        if tag == "meta" and a.get("property", a.get("name", "")) in ("og:url", "og:image", "twitter:image"):
            urls.append(("content", a.get("content", "")))
        for name, url in urls:
            self.links.append((f"<{tag} {name}>", url))
        rels = set(a.get("rel", "").lower().split())
        if (tag in ("script", "img", "source", "video", "audio", "iframe", "embed", "track", "input", "object")
                or (tag == "link" and rels & _RESOURCE_RELS)):
            self.resources += [(f"<{tag} {name}>", url) for name, url in urls if name != "action"]
        if "style" in a:
            self.css.append(a["style"])
        self._in = tag if tag == "style" or (tag == "script" and a.get("id") == "__config") else None

    def handle_data(self, data):
        if self._in == "style":
            self.css.append(data)
        elif self._in == "script":
            self.config = (self.config or "") + data

    def handle_endtag(self, tag):
        self._in = None


def _css_urls(text: str) -> list[str]:
    return [next(g for g in m.groups() if g is not None) for m in _CSS_URL.finditer(text)]


@functools.cache
def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    page.close()
    return page


def _site_files(site: Path, suffix: str) -> list[Path]:
    return sorted(p for p in site.rglob(f"*{suffix}") if p.is_file())


def _target(base: str, site: Path, url: str) -> tuple[Path | None, str]:
    """The file an absolute URL inside the site names (None if outside it) and its fragment."""
    url, fragment = urldefrag(url)
    parts, root = urlparse(url), urlparse(base)
    if parts.netloc != root.netloc or not parts.path.startswith(root.path):
        return None, fragment
    rel = unquote(parts.path[len(root.path):])
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    path = site / rel
    if path.is_dir():  # a directory URL without its slash: the server redirects to the index
        path = path / "index.html"
    return path, unquote(fragment)


def _broken_links(base: str, site: Path) -> tuple[list[str], int]:
    """The internal links that lead nowhere, and how many internal links were checked."""
    host = urlparse(base).netloc
    problems, checked = [], 0

    def check(source: Path, where: str, page_url: str, url: str):
        url = url.strip()
        if not url or url.lower().startswith(_SKIPPED_SCHEMES) or url.startswith("#:~:"):
            return
        absolute = urljoin(page_url, url)
        if urlparse(absolute).scheme not in ("http", "https"):
            return
        if urlparse(absolute).netloc != host:
            return  # a link that leaves the site (resources from other hosts: the next test)
        nonlocal checked
        checked += 1
        path, fragment = _target(base, site, absolute)
        label = f"{source.relative_to(site).as_posix()}: {where} {url!r}"
        if path is None:
            problems.append(f"{label} leaves the site's folder {urlparse(base).path}")
        elif not path.is_file():
            problems.append(f"{label} → missing {path.relative_to(site).as_posix() if site in path.parents else path}")
        elif fragment and path.suffix == ".html" and fragment not in _parse(path).ids:
            problems.append(f"{label} → no id {fragment!r} in {path.relative_to(site).as_posix()}")

    for path in _site_files(site, ".html"):
        page_url = base + path.relative_to(site).as_posix()
        page = _parse(path)
        for where, url in page.links:
            check(path, where, page_url, url)
        for css in page.css:
            for url in _css_urls(css):
                check(path, "<style> url()", page_url, url)
        config = json.loads(page.config) if page.config else {}
        if page.search_form and config.get("search"):
            # Material's bundle loads <base>/search/search_index.json when a page has <form name="search">
            check(path, "__config search", page_url, config["search"])
            check(path, "__config base", page_url, config["base"].rstrip("/") + "/search/search_index.json")
    for path in _site_files(site, ".css"):
        for url in _css_urls(path.read_text("utf-8")):
            check(path, "url()", base + path.relative_to(site).as_posix(), url)
    for path in _site_files(site, ".xml") + [p for p in [site / "robots.txt"] if p.is_file()]:
        text = path.read_text("utf-8")
        urls = [m.group(1) or m.group(2) for m in _XML_URL.finditer(text)]
        urls += re.findall(r"(?mi)^sitemap:\s*(\S+)", text) if path.suffix == ".txt" else []
        for url in urls:
            check(path, "url", base + path.relative_to(site).as_posix(), html.unescape(url))
    return problems, checked


def test_internal_links_resolve(sites):
    """Every href/src/url() inside the site names an existing file, every #fragment an id on it."""
    problems = []
    for name, site in sites.items():
        pages = _site_files(site["site"], ".html")
        broken, checked = _broken_links(site["base"], site["site"])
        assert checked > 10 * len(pages), f"{name}: only {checked} internal links in {len(pages)} pages"
        problems += [f"[{name}] {p}" for p in broken]
    assert problems == [], "broken internal links:\n" + "\n".join(problems)


def test_no_resource_from_another_host(sites):
    """Scripts, stylesheets, images, fonts, preconnects: all from the site itself."""
    problems = []
    for name, site in sites.items():
        root, host = site["site"], urlparse(site["base"]).netloc
        loaded = []
        for path in _site_files(root, ".html"):
            page, page_url = _parse(path), site["base"] + path.relative_to(root).as_posix()
            loaded += [(path, where, page_url, url) for where, url in page.resources]
            loaded += [(path, "<style> url()", page_url, url) for css in page.css for url in _css_urls(css)]
        for path in _site_files(root, ".css"):
            page_url = site["base"] + path.relative_to(root).as_posix()
            loaded += [(path, "url()", page_url, url) for url in _css_urls(path.read_text("utf-8"))]
        for path, where, page_url, url in loaded:
            absolute = urljoin(page_url, url.strip())
            if urlparse(absolute).scheme in ("http", "https") and urlparse(absolute).netloc != host:
                problems.append(f"[{name}] {path.relative_to(root).as_posix()}: {where} {url!r}")
    assert problems == [], "resources from another host:\n" + "\n".join(problems)


# What a file's name says it is, checked on its first bytes (or by parsing it).
_MAGIC = {".png": b"\x89PNG\r\n\x1a\n", ".woff2": b"wOF2", ".gz": b"\x1f\x8b"}
# Jinja syntax left in a published file: a template copied instead of rendered.
_TEMPLATE = re.compile(r"\{%-?\s|\{#-?\s|\{\{-?\s*[\w.]+\s*(\||\}\})")
_TEXT = (".html", ".xml", ".json", ".css", ".js", ".txt", ".svg", ".csv", ".md")


def _type_problem(path: Path) -> str | None:
    """Why ``path`` is not what its name says (None: it is)."""
    data = path.read_bytes()
    if path.suffix in _MAGIC:
        return None if data.startswith(_MAGIC[path.suffix]) else f"not a {path.suffix} file: {data[:16]!r}"
    if path.suffix not in _TEXT:
        return None
    text = data.decode("utf-8")
    if match := _TEMPLATE.search(text):
        return f"unrendered template syntax: {text[max(0, match.start() - 30):match.end() + 30]!r}"
    try:
        if path.suffix == ".xml":
            ElementTree.fromstring(data)
        elif path.suffix == ".json":
            json.loads(text)
    except Exception as err:  # noqa: BLE001 -- the message is the finding
        return f"does not parse: {err}"
    if path.suffix == ".html" and not text.lstrip().lower().startswith("<!doctype html"):
        return "an .html file that does not start with <!doctype html>"
    if path.suffix in (".css", ".js") and text.lstrip().startswith("<"):
        return "markup in a stylesheet or script"
    return None


class _TypedLinks(html.parser.HTMLParser):
    """The links that say what they lead to: (url, expected suffix)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        rels = set(a.get("rel", "").lower().split())
        if tag == "link" and "stylesheet" in rels:
            self.links.append((a["href"], ".css"))
        elif tag == "link" and "preload" in rels and a.get("as") == "font":
            self.links.append((a["href"], "." + a.get("type", "font/woff2").split("/")[-1]))
        elif tag == "link" and "alternate" in rels and a.get("type") == "application/atom+xml":
            self.links.append((a["href"], ".xml"))
        elif tag == "link" and "icon" in rels:
            self.links.append((a["href"], ".png"))
        elif tag == "script" and a.get("src"):
            self.links.append((a["src"], ".js"))
        elif tag == "meta" and a.get("property", a.get("name")) in ("og:image", "twitter:image"):
            self.links.append((a["content"], ".png"))


@pytest.mark.slow
def test_published_files_are_what_their_type_says(sites):
    """Every published file is what its name says (no unrendered template, e.g. MkDocs'
    sitemap.xml copied as a theme file; XML and JSON parse; images and fonts by their first
    bytes), and every link that names a type (stylesheet, script, font preload, feed, icon,
    share image) leads to an existing file of that type."""
    problems = []
    for name, site in sites.items():
        root = site["site"]
        files = sorted(p for p in root.rglob("*") if p.is_file())
        assert any(p.name == "share.png" for p in files), f"{name}: no share image"
        problems += [f"[{name}] {p.relative_to(root).as_posix()}: {why}" for p in files if (why := _type_problem(p))]
        for path in _site_files(root, ".html"):
            parser = _TypedLinks()
            parser.feed(path.read_text("utf-8"))
            page_url = site["base"] + path.relative_to(root).as_posix()
            for url, suffix in parser.links:
                target, _ = _target(site["base"], root, urljoin(page_url, url))
                where = f"[{name}] {path.relative_to(root).as_posix()}: {url!r}"
                if target is None or not target.is_file():
                    problems.append(f"{where} → no such file")
                elif target.suffix != suffix:
                    problems.append(f"{where} → a {target.suffix} file where a {suffix} was announced")
    assert problems == [], "published files that are not what they say:\n" + "\n".join(problems)


# ---------------------------------------------------------------------------- 2. HTML validity

def _java() -> str:
    java = shutil.which("java")
    if java is None or not VNU_JAR.is_file():
        pytest.fail(f"the Nu Html Checker needs java and {VNU_JAR.relative_to(ROOT)}: {INSTALL_HINT}")
    return java


@pytest.fixture(scope="module")
def vnu_messages(sites, extra_sites):
    """vnu's errors for every HTML file of both sites and of the plain Material reference, in one run."""
    files = {}
    for name, site in {**sites, "material": extra_sites["material"]}.items():
        for path in _site_files(site["site"], ".html"):
            files[str(path.resolve())] = (name, path.relative_to(site["site"]).as_posix())
    run = subprocess.run([_java(), "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--skip-non-html",
                          *files],
                         capture_output=True, text=True, timeout=300)
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]
    except (ValueError, KeyError):
        pytest.fail(f"vnu gave no JSON report (exit {run.returncode}):\n{run.stdout}\n{run.stderr}")
    out = defaultdict(list)
    for m in messages:
        url = m.get("url", "")  # file:/tmp/.../index.html
        site, rel = files.get(unquote(urlparse(url).path), ("?", url))
        out[site].append({**m, "file": rel})
    return out


def _describe(messages: list[dict]) -> list[str]:
    """One line per file and message, with the lines it is on and the first extract."""
    grouped = defaultdict(list)
    for m in messages:
        grouped[(m["file"], m.get("type"), m["message"])].append(m)
    return [f"{file}:{','.join(str(m.get('lastLine', '?')) for m in ms)}: {kind}: {message}"
            f"  [{' '.join((ms[0].get('extract') or '').split())[:120]!r}]"
            for (file, kind, message), ms in grouped.items()]


def _from_material(m: dict) -> bool:
    # Only pages rendered through Material's base.html (those in a language folder; the root
    # index.html and 404.html are entirely the generator's) and only the listed messages.
    return "/" in m["file"] and any(m["message"] == message and extract in (m.get("extract") or "")
                                    for message, extract in MATERIAL_VNU_ERRORS)


def test_html_validates(vnu_messages):
    """No vnu error in our own templates and pages (Material's listed errors aside)."""
    assert not vnu_messages["?"], _describe(vnu_messages["?"])  # vnu could not read a file
    ours = [f"[{site}] {line}" for site in ("site", "paged")
            for line in _describe([m for m in vnu_messages[site] if not _from_material(m)])]
    assert ours == [], f"{len(ours)} HTML errors:\n" + "\n".join(ours)


# ---------------------------------------------------------------------------- 3. accessibility

def _axe(browser, url: str, color_scheme: str = "light") -> tuple[list[dict], str]:
    """axe-core's violations on a page, with the colour scheme Material applied."""
    if not AXE_JS.is_file():
        pytest.fail(f"missing {AXE_JS.relative_to(ROOT)}: {INSTALL_HINT}")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=color_scheme)
    try:
        page = context.new_page()
        response = page.goto(url, wait_until="load")
        assert response.ok, f"{response.status}: {url}"
        page.evaluate("document.fonts.ready.then(() => true)")
        page.add_script_tag(path=str(AXE_JS))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme') || ''")
    finally:
        context.close()
    return result["violations"], scheme


def _is_material(rule: str, selector: str, markup: str) -> bool:
    return any(rule == r and selector == s and markup.startswith(h) for r, s, h in MATERIAL_AXE_VIOLATIONS)


def _serious(violations: list[dict], skip_material: bool = True) -> list[tuple[str, str, str, str, str]]:
    """(rule, impact, selector, why, html) for each serious or critical node, Material's listed ones aside."""
    out = []
    for v in violations:
        for node in v["nodes"]:
            impact = node.get("impact") or v.get("impact")
            selector = " ".join(map(str, node["target"]))
            if impact not in ("serious", "critical"):
                continue
            if skip_material and _is_material(v["id"], selector, node.get("html", "")):
                continue
            why = " ".join((node.get("failureSummary") or v["help"]).split())
            out.append((v["id"], impact, selector, why, node.get("html", "")))
    return out


def _meeting_with_most_cards(site: Path) -> str:
    """The meeting published in both languages with the most key-figure cards."""
    shared = {p.parent.name for p in site.glob("hi/meetings/*/index.html")} & \
             {p.parent.name for p in site.glob("th/meetings/*/index.html")}
    assert shared, "no meeting in both languages"

    def cards(slug: str) -> int:
        return (site / "hi/meetings" / slug / "index.html").read_text("utf-8").count("kf-card__link")

    return max(sorted(shared), key=cards)


def _axe_page(kind: str, lang: str, served_site, extra_sites) -> str:
    if kind == "home":
        return f"{served_site['base']}{lang}/"
    if kind == "meeting":
        return f"{served_site['base']}{lang}/meetings/{_meeting_with_most_cards(served_site['site'])}/"
    for site in (served_site, extra_sites["paged"]):  # the served site's archive page, else the paged build's
        pages = sorted((site["site"] / lang / "archive").glob("*/index.html"))
        if pages:
            return site["base"] + pages[-1].relative_to(site["site"]).as_posix().removesuffix("index.html")
    pytest.fail(f"no {lang} archive page even with 2 meetings per page")


@pytest.mark.parametrize("kind, lang, scheme", [
    ("home", "hi", "light"), ("home", "th", "light"),
    ("archive", "hi", "light"), ("archive", "th", "light"),
    ("meeting", "hi", "light"), ("meeting", "th", "light"),
    ("meeting", "hi", "dark"), ("meeting", "th", "dark"),  # the key-figure box has its own dark colours
])
def test_no_serious_accessibility_violations(browser, served_site, extra_sites, kind, lang, scheme):
    url = _axe_page(kind, lang, served_site, extra_sites)
    violations, applied = _axe(browser, url, scheme)
    assert applied == ("slate" if scheme == "dark" else "default"), f"Material applied scheme {applied!r}"
    problems = _serious(violations)
    assert problems == [], f"axe on {url} ({scheme}):\n" + "\n".join(
        f"{rule} ({impact}) {selector}: {why}  [{' '.join(markup.split())[:100]}]"
        for rule, impact, selector, why, markup in problems)


# ---------------------------------------------------------------------------- the filters' reference

def test_filters_match_plain_material(vnu_messages, extra_sites, browser):
    """Each filtered vnu message and axe violation shows on a plain Material page too:
    it is Material's, and a filter whose cause is gone (a Material upgrade) must go."""
    plain = vnu_messages["material"]
    stale = [(message, extract) for message, extract in MATERIAL_VNU_ERRORS
             if not any(m["message"] == message and extract in (m.get("extract") or "") for m in plain)]
    assert stale == [], f"vnu filters that a plain Material page does not need (any more): {stale}"
    violations, _ = _axe(browser, extra_sites["material"]["base"])
    found = _serious(violations, skip_material=False)
    stale = [(r, s, h) for r, s, h in MATERIAL_AXE_VIOLATIONS
             if not any(rule == r and selector == s and markup.startswith(h) for rule, _, selector, _, markup in found)]
    assert stale == [], f"axe filters that a plain Material page does not need (any more): {stale}"
