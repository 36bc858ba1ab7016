"""A real MkDocs build of the samples and the test articles."""

import html
import json
import re
from pathlib import Path

import jsonschema

from generator.pipeline import process_article
from generator.tables import tables_of

ROOT = Path(__file__).resolve().parent.parent


def _text(path: Path) -> str:
    """The visible text of a built page: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", path.read_text("utf-8")))


def _records(site: Path) -> list[dict]:
    return [json.loads(p.read_text("utf-8")) for p in sorted((site / "data").glob("*.json"))
            if p.name != "article.schema.json"]


def test_every_paragraph_appears_verbatim(served_site):
    site = served_site["site"]
    for record in _records(site):
        article = process_article(record["path"], (served_site["project"] / record["path"]).read_bytes())
        page = _text(site / record["lang"] / "meetings" / record["meeting"] / "index.html")
        tables = tables_of(article.text)
        rows = {row.start: row for table in tables for row in table}
        for start, end in article.paragraphs:
            if start in rows:  # a table's row: each of its cells on the page, in the page's table
                assert all(cell.text in page for cell in rows[start].cells), f"{record['path']}: row at {start}"
            elif not any(table[0].start <= start < table[-1].end for table in tables):  # not the rule under its head
                assert article.text[start:end] in page, f"{record['path']}: paragraph at {start} is not on its page"


def test_translations_share_a_url_and_pair(served_site):
    """The meetings the gold files say exist, each in the languages the gold gives it."""
    gold = [json.loads(p.read_text("utf-8")) for p in (ROOT / "tests/gold").glob("*.json")]
    expected: dict[str, set] = {}
    for record in gold:
        expected.setdefault(record["meeting"], set()).add(record["lang"])
    site = served_site["site"]
    built = {lang: {p.parent.name for p in (site / lang / "meetings").glob("*/index.html")} for lang in ("hi", "th")}
    assert len(built["hi"] & built["th"]) == sum(1 for langs in expected.values() if len(langs) == 2)
    assert len(built["hi"] - built["th"]) == sum(1 for langs in expected.values() if langs == {"hi"})
    assert len(built["th"] - built["hi"]) == sum(1 for langs in expected.values() if langs == {"th"})


def test_samples_are_one_meeting_on_2024_02_27(served_site):
    records = _records(served_site["site"])
    samples = [r for r in records if r["path"].startswith("content/0")]
    assert {r["date"] for r in samples} == {"2024-02-27"}
    assert len({r["meeting"] for r in samples}) == 1 and {r["lang"] for r in samples} == {"hi", "th"}


def test_data_follows_its_schema(served_site):
    data = served_site["site"] / "data"
    schema = json.loads((data / "article.schema.json").read_text("utf-8"))
    records = _records(served_site["site"])
    assert len(records) == len(list((ROOT / "tests/gold").glob("*.json")))
    for record in records:
        jsonschema.validate(record, schema)
    rows = (data / "figures.csv").read_text("utf-8").splitlines()
    assert len(rows) == 1 + sum(len(r["figures"]) for r in records)


def test_home_lists_meetings_newest_first_with_local_dates(served_site):
    page = (served_site["site"] / "th/index.html").read_text("utf-8")
    dates = re.findall(r'<time datetime="([^"]+)"', page)
    assert dates == sorted((d for d in dates if not d.startswith("-")), reverse=True) + [d for d in dates if d.startswith("-")]
    assert "27 กุมภาพันธ์ 2567" in page
    assert "27 फ़रवरी 2024" in (served_site["site"] / "hi/index.html").read_text("utf-8")


def test_meeting_head_has_absolute_hreflang_links(served_site):
    base = served_site["base"]
    page = next((served_site["site"] / "hi/meetings").glob("2024-02-27-*/index.html")).read_text("utf-8")
    slug = page.split('meetings/')[1].split('/')[0]
    for lang in ("hi", "th"):
        assert f'<link rel="alternate" href="{base}{lang}/meetings/{slug}/" hreflang="{lang}">' in page
    assert f'<link rel="alternate" href="{base}" hreflang="x-default">' in page


def test_nothing_loads_from_other_hosts(served_site):
    """Scripts, styles, images and fonts come from the site itself (links to read elsewhere are fine)."""
    base = served_site["base"]
    for page in served_site["site"].rglob("*.html"):
        text = page.read_text("utf-8")
        loads = re.findall(r'\ssrc="(https?://[^"]+)"', text)
        loads += [href for tag in re.findall(r"<link\b[^>]*>", text) if not re.search(r'rel="(alternate|canonical)"', tag)
                  for href in re.findall(r'href="(https?://[^"]+)"', tag)]
        assert [url for url in loads if not url.startswith(base)] == [], page
    for css in served_site["site"].rglob("*.css"):
        assert not re.search(r"url\(['\"]?https?://", css.read_text("utf-8")), css


def _local(url: str, served_site) -> Path:
    """The file a site URL is served from."""
    rel = url[len(served_site["base"]):]
    return served_site["site"] / rel / "index.html" if rel.endswith("/") or not rel else served_site["site"] / rel


def test_sitemap_lists_every_page_once_with_existing_alternates(served_site):
    import xml.etree.ElementTree as ET

    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.parse(served_site["site"] / "sitemap.xml").getroot()
    locs = [u.find("s:loc", ns).text for u in root.findall("s:url", ns)]
    pages = sum(1 for p in served_site["site"].glob("*/meetings/*/index.html"))
    assert len(locs) == len(set(locs)) == 2 + pages  # two home pages and every meeting page
    for url in root.findall("s:url", ns):
        links = {l.get("hreflang"): l.get("href") for l in url.findall("x:link", ns)}
        assert links["x-default"] == served_site["base"]
        assert url.find("s:loc", ns).text in links.values()
        for href in links.values():
            assert href.startswith(served_site["base"]) and _local(href, served_site).exists(), href
    robots = (served_site["site"] / "robots.txt").read_text("utf-8")
    assert f"Sitemap: {served_site['base']}sitemap.xml" in robots


def test_feeds_list_each_meeting_once_newest_first(served_site):
    import xml.etree.ElementTree as ET

    ns = {"a": "http://www.w3.org/2005/Atom"}
    for lang in ("hi", "th"):
        count = sum(1 for _ in (served_site["site"] / lang / "meetings").glob("*/index.html"))
        feed = ET.parse(served_site["site"] / lang / "feed.xml").getroot()
        entries = feed.findall("a:entry", ns)
        links = [e.find("a:link", ns).get("href") for e in entries]
        assert len(links) == len(set(links)) == count
        assert all(f"/{lang}/meetings/" in link and _local(link, served_site).exists() for link in links)
        updated = [e.find("a:updated", ns).text for e in entries]
        assert updated == sorted(updated, reverse=True)[:len(updated)] or updated[-1].startswith("2000")


def test_meeting_pages_carry_news_article_records_linked_across_translations(served_site):
    site = served_site["site"]
    slug = next((site / "hi/meetings").glob("2024-02-27-*")).name
    records = {}
    for lang in ("hi", "th"):
        page = (site / lang / "meetings" / slug / "index.html").read_text("utf-8")
        records[lang] = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1))
        assert f'<meta property="og:locale" content="{"hi_IN" if lang == "hi" else "th_TH"}">' in page
    assert records["hi"]["@type"] == "NewsArticle" and records["hi"]["datePublished"].startswith("2024-02-27T")
    assert records["hi"]["workTranslation"][0]["@id"] == records["th"]["@id"]
    assert records["th"]["translationOfWork"]["@id"] == records["hi"]["@id"]


def test_root_404_links_every_language_absolutely(served_site):
    page = (served_site["site"] / "404.html").read_text("utf-8")
    for lang in ("hi", "th"):
        assert f'href="{served_site["base"]}{lang}/"' in page


def test_every_generated_page_skips_markdown(served_site):
    """Each page the generator writes is HTML blocks only, which the plugin hands MkDocs as they are (Markdown
    would take a fifth of a second over the home page of 5,000 meetings, in every rebuild)."""
    from generator.plugin import html_blocks

    pages = sorted((served_site["project"] / "build" / "docs").rglob("*.md"))
    assert pages
    for page in pages:
        body = page.read_text("utf-8").split("---\n", 2)[-1]
        assert html_blocks(body) is not None, f"{page.relative_to(served_site['project'])} would go through Markdown"
