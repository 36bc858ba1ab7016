"""The built site in Debian's Chromium, served on 127.0.0.1 under a sub-path."""

from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

import pytest


@pytest.fixture
def page(browser, served_site):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    host = urlparse(served_site["base"]).netloc
    page.on("console", lambda m: m.type == "error" and page.problems.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: page.problems.append(f"page error: {e}"))
    page.on("request", lambda r: urlparse(r.url).netloc not in (host, "") and not r.url.startswith("data:")
            and page.problems.append(f"other host: {r.url}"))
    page.on("response", lambda r: r.status >= 400 and page.problems.append(f"{r.status}: {r.url}"))
    yield page
    context.close()


def _sample_slug(served_site):
    return next((served_site["site"] / "hi/meetings").glob("2024-02-27-*")).name


def test_switcher_lands_on_the_same_meeting(page, served_site):
    base, slug = served_site["base"], _sample_slug(served_site)
    page.goto(f"{base}hi/meetings/{slug}/")
    assert page.locator("html").get_attribute("lang") == "hi"
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="th"]').click()
    page.wait_for_url(f"{base}th/meetings/{slug}/")
    assert page.locator("html").get_attribute("lang") == "th"
    assert "1,549" in page.locator(".kf-all").text_content()  # the same meeting: its figures
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="hi"]').click()
    page.wait_for_url(f"{base}hi/meetings/{slug}/")
    assert page.problems == []


def test_opening_the_selector_loads_the_other_languages_font(page, served_site):
    """A Thai page does not load the Devanagari font; opening the language selector does, so that
    the Hindi page the reader picks next has it (from the system or the cache)."""
    page.goto(f"{served_site['base']}th/meetings/{_sample_slug(served_site)}/")
    page.wait_for_load_state("networkidle")
    status = 'Array.from(document.fonts).find(f => f.family.includes("Devanagari")).status'
    assert page.evaluate(status) == "unloaded"
    page.locator(".md-header__option .md-select").hover()
    page.wait_for_function(f"{status} === 'loaded'", timeout=5000)
    assert page.evaluate('Array.from(document.fonts).find(f => f.family.includes("Thai")).status') == "loaded"
    assert page.problems == []


def test_root_sends_reader_to_their_language(browser, served_site):
    for locale, lang in (("th-TH", "th"), ("hi-IN", "hi")):
        context = browser.new_context(locale=locale)
        page = context.new_page()
        page.goto(served_site["base"])
        page.wait_for_url(f"{served_site['base']}{lang}/")
        context.close()


def test_key_figure_link_highlights_its_sentence(page, served_site):
    page.goto(f"{served_site['base']}hi/meetings/{_sample_slug(served_site)}/")
    card = page.locator(".kf-card__link").first
    target = card.get_attribute("href")
    card.click()
    assert page.evaluate("location.hash") == target
    background = page.locator(f".s:has({target})").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")


def test_every_page_loads_clean(page, served_site):
    """Crawl from the root: every internal link resolves, no console error, no other host."""
    base = served_site["base"]
    seen, queue = set(), [base]
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        response = page.goto(url)
        assert response.ok, url
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
            target = urldefrag(urljoin(page.url, href))[0]
            if target.startswith(base):
                queue.append(target)
    pages = 1 + 2 + sum(1 for _ in served_site["site"].glob("*/meetings/*/index.html"))
    assert len(seen) >= pages  # the root, two home pages and every meeting page
    assert page.problems == []


# The elements that stick out of the viewport, sideways; hidden ones (Material's closed drawer,
# search and language list) are not seen and do not count.
_TOO_WIDE = """() => {
  const width = document.documentElement.clientWidth;
  const seen = e => e.checkVisibility({opacityProperty: true, visibilityProperty: true})
    && !e.closest('.md-sidebar, .md-search, .md-select__inner, .md-top');
  return [...document.querySelectorAll('body *')].filter(e => {
    const box = e.getBoundingClientRect();
    return box.width > 0 && (box.right > width + 1 || box.left < -1) && seen(e);
  }).map(e => {
    const box = e.getBoundingClientRect();
    return `${e.tagName.toLowerCase()}.${e.className} ${Math.round(box.left)}-${Math.round(box.right)}`;
  });
}"""


def _assert_fits(page, what: str):
    """Nothing wider than the viewport, no sideways scrolling, the title and (on a meeting page) the key figures in view."""
    assert page.evaluate(_TOO_WIDE) == [], f"{what}: wider than the viewport"
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), what
    assert page.locator("article h1").first.is_visible(), what
    if "/meetings/" in page.url:
        assert page.locator(".kf-grid .kf-card").first.is_visible(), what
        assert page.locator(".kf-grid .kf-card").first.bounding_box()["x"] >= 0, what


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_screenshots(browser, served_site, width):
    """Home and meeting pages in both languages, phone and desktop: tests/artifacts/screenshots/
    (the README shows copies of them in docs/screenshots/), each page checked to fit its screen."""
    folder = Path(__file__).parent / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    slug = _sample_slug(served_site)
    for lang in ("hi", "th"):
        for name, path in (("home", f"{lang}/"), ("meeting", f"{lang}/meetings/{slug}/")):
            page.goto(served_site["base"] + path)
            page.evaluate("document.fonts.ready")
            _assert_fits(page, f"{name} {lang} at {width} px")
            page.screenshot(path=str(folder / f"{name}-{lang}-{'phone' if width < 600 else 'desktop'}.png"))
    context.close()


@pytest.mark.slow
@pytest.mark.browser
@pytest.mark.parametrize("lang", ["hi", "th"])
def test_phone_shows_every_figure_and_the_whole_title(browser, served_site, lang):
    """At 390 px: the open "all figures" table has every cell of every row in view, none cut
    (no hidden column, nothing wider than the screen), and the header's site name is not cut
    short. Screenshot: tests/artifacts/screenshots/figures-<lang>-phone.png."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{served_site['base']}{lang}/meetings/{_sample_slug(served_site)}/")
    page.evaluate("document.fonts.ready")
    page.locator(".kf-all summary").click()
    cells = page.evaluate("""() => [...document.querySelectorAll('.kf-table tbody td')].filter(td => td.textContent.trim())
      .map(td => { const box = td.getBoundingClientRect();
                   return {text: td.textContent.trim().slice(0, 30), shown: td.checkVisibility(),
                           left: box.left, right: box.right, cut: td.scrollWidth > td.clientWidth + 1}; })""")
    rows = page.locator(".kf-table tbody tr").count()
    assert rows > 5 and len(cells) >= 4 * rows  # text, value, kind and label of each figure at least
    bad = [c for c in cells if not c["shown"] or c["left"] < 0 or c["right"] > 390 or c["cut"]]
    assert bad == [], f"figure cells hidden or cut at 390 px: {bad[:5]}"
    _assert_fits(page, f"meeting {lang} at 390 px, figures open")
    name = page.locator(".md-header__topic").first.locator(".md-ellipsis")
    assert name.evaluate("e => e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1"), \
        "the header's site name is cut"
    folder = Path(__file__).parent / "artifacts" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    page.locator(".kf-all").scroll_into_view_if_needed()
    page.screenshot(path=str(folder / f"figures-{lang}-phone.png"))
    context.close()
