"""What crawlers, feed readers and GitHub Pages read besides the pages:
a sitemap with hreflang alternates, one Atom feed per language, robots.txt, a
root 404 page, and the schema.org record of each meeting page.

All URLs are absolute, built from ``site_url`` alone, so the site works under a
project sub-path (``https://OWNER.github.io/REPO/``) or at a domain root.
"""

from __future__ import annotations

import datetime
import html
import json
import zoneinfo
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

from generator.display import format_figure
from generator.language import get_language
from generator.model import Article, Meeting, MeetingEntry
from generator.urls import page_url

_FEED_SIZE = 50


def render_sitemap(meetings: list[MeetingEntry], languages: list[str], root_url: str) -> str:
    """Every page once per language, each with its alternates and ``x-default``."""
    entries = [_sitemap_entry({lang: page_url(root_url, lang) for lang in languages}, root_url, None)]
    for meeting in meetings:
        urls = {lang: page_url(root_url, lang, meeting.id) for lang in meeting.articles}
        entries.append(_sitemap_entry(urls, root_url, meeting.date))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
            + "".join(entries) + "</urlset>\n")


def _sitemap_entry(urls: dict[str, str], root_url: str, date: str | None) -> str:
    links = "".join(f'    <xhtml:link rel="alternate" hreflang="{lang}" href={quoteattr(url)}/>\n' for lang, url in urls.items())
    links += f'    <xhtml:link rel="alternate" hreflang="x-default" href={quoteattr(root_url)}/>\n'
    lastmod = f"    <lastmod>{date}</lastmod>\n" if date and not date.startswith("--") else ""
    return "".join(f"  <url>\n    <loc>{escape(url)}</loc>\n{lastmod}{links}  </url>\n" for url in urls.values())


def render_feed(meetings: list[MeetingEntry], lang: str, root_url: str, site_name: str, time_zone: str = "UTC") -> str:
    """An Atom feed of the language's newest meetings: each entry the report's lead and its key
    figures, dated at the start of the meeting's day in the site's time zone."""
    own = [m for m in meetings if lang in m.articles][:_FEED_SIZE]
    home = page_url(root_url, lang)
    updated = _timestamp(next((m.date for m in own if not m.date.startswith("--")), "2000-01-01"), time_zone)
    entries = []
    for meeting in own:
        article = meeting.articles[lang]
        url = page_url(root_url, lang, meeting.id)
        when = _timestamp(meeting.date if not meeting.date.startswith("--") else "2000" + meeting.date[1:], time_zone)
        summary = article.description  # it starts with the meeting's day: no date before it
        figures = "".join(f"<li>{html.escape(line)}</li>" for line in article.key_lines)
        content = f"<p>{html.escape(summary)}</p>" + (f"<ul>{figures}</ul>" if figures else "")
        entries.append(f"  <entry>\n    <id>{escape(url)}</id>\n    <title>{escape(article.title)}</title>\n"
                       f"    <link rel=\"alternate\" type=\"text/html\" href={quoteattr(url)}/>\n"
                       f"    <updated>{when}</updated>\n    <published>{when}</published>\n"
                       f"    <summary>{escape(summary)}</summary>\n"
                       f"    <content type=\"html\">{escape(content)}</content>\n  </entry>\n")
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">\n'
            f"  <id>{escape(home)}</id>\n  <title>{escape(site_name)}</title>\n"
            f"  <link rel=\"alternate\" type=\"text/html\" href={quoteattr(home)}/>\n"
            f"  <link rel=\"self\" type=\"application/atom+xml\" href={quoteattr(home + 'feed.xml')}/>\n"
            f"  <updated>{updated}</updated>\n  <author><name>{escape(site_name)}</name></author>\n"
            + "".join(entries) + "</feed>\n")


def _timestamp(date: str, time_zone: str = "UTC") -> str:
    """The start of a day in the site's time zone, as Atom writes it.

    >>> _timestamp("2024-02-27", "Asia/Kolkata"), _timestamp("2024-02-27")
    ('2024-02-27T00:00:00+05:30', '2024-02-27T00:00:00+00:00')
    """
    day = datetime.date.fromisoformat(date)
    return datetime.datetime(day.year, day.month, day.day, tzinfo=zoneinfo.ZoneInfo(time_zone)).isoformat()


def render_robots(root_url: str) -> str:
    return f"User-agent: *\nAllow: /\nSitemap: {root_url}sitemap.xml\n"


def render_root_page(languages: list[str], root_url: str, site_name: str, names: dict[str, str]) -> str:
    """The site root: sends a reader to the language their browser asks for, or lets them choose."""
    links = "\n".join(
        f'<li><a href="{lang}/" hreflang="{lang}" lang="{lang}">{html.escape(get_language(lang).name)}'
        f'<small>{html.escape(names[lang])}</small></a></li>' for lang in languages)
    alternates = "".join(f'<link rel="alternate" hreflang="{lang}" href="{html.escape(root_url)}{lang}/">\n'
                         for lang in languages)
    head = (f'<link rel="canonical" href="{html.escape(root_url)}">\n'
            f"{alternates}"
            f'<link rel="alternate" hreflang="x-default" href="{html.escape(root_url)}">\n'
            f"<script>\n(function () {{\n  var published = {json.dumps(languages)};\n"
            "  var wanted = navigator.languages || [navigator.language || \"\"];\n"
            "  for (var i = 0; i < wanted.length; i++) {\n"
            "    var code = String(wanted[i]).toLowerCase().split(\"-\")[0];\n"
            "    if (published.indexOf(code) >= 0) { location.replace(code + \"/\"); return; }\n  }\n})();\n</script>\n")
    titles = " / ".join(html.escape(get_language(lang)["ui"]["choose.title"]) for lang in languages)
    about = " / ".join(html.escape(get_language(lang)["ui"]["home.intro"]) for lang in languages)
    head = f'<meta name="description" content="{about}">\n' + head
    body = f"<h1>{html.escape(site_name)}</h1>\n<p>{titles}</p>\n<ul>\n{links}\n</ul>"
    return _standalone_page(languages[0], html.escape(site_name), head, body, f"{languages[0]}/")


def render_404(languages: list[str], root_url: str, names: dict[str, str]) -> str:
    """GitHub Pages serves the site root's 404.html for any missing path: links are absolute."""
    items = "\n".join(
        f'<li lang="{lang}"><a href="{html.escape(root_url)}{lang}/">{html.escape(names[lang])}</a>'
        f'<small>{html.escape(get_language(lang)["ui"]["404.text"])}</small></li>' for lang in languages)
    titles = " · ".join(html.escape(get_language(lang)["ui"]["404.title"]) for lang in languages)
    body = f"<h1>{titles}</h1>\n<ul>\n{items}\n</ul>"
    return _standalone_page(languages[0], titles, '<meta name="robots" content="noindex">\n', body,
                            f"{html.escape(root_url)}{languages[0]}/")


def _standalone_page(lang: str, title: str, head: str, body: str, assets: str) -> str:
    """The root and 404 pages: outside MkDocs, in the system's fonts (each shows every language's
    script; a phone has them, and the page loads no font for one word of each)."""
    return f"""<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{title}</title>
<link rel="icon" href="{assets}assets/images/favicon.png">
{head}<style>body{{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:34rem;margin:12vh auto;
padding:0 1rem;line-height:1.6}}
ul{{list-style:none;padding:0}}a{{display:block;padding:.75rem 1rem;margin:.5rem 0;border:1px solid #8886;
border-radius:.5rem;text-decoration:none;font-size:1.25rem}}
small{{display:block;font-size:.9rem;opacity:.75}}</style>
</head>
<body>
<main>
{body}
</main>
</body>
</html>
"""


def news_article(meeting: Meeting, lang: str, root_url: str, site_name: str) -> dict[str, Any]:
    """schema.org ``NewsArticle`` for one meeting page, linked to its translations.

    Its ``image`` is the page's share card (``share.png`` next to it, drawn by the plugin:
    ``generator/shareimage.py``), whose caption is the first key figure and what it counts.
    ``datePublished`` is the meeting's day; the plugin adds the site's time zone (``dated``).
    """
    article = meeting.articles[lang]
    url = page_url(root_url, lang, meeting.id)
    record: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url,
        "url": url,
        "headline": article.title[:110],
        "description": article.description,
        "inLanguage": lang,
        "image": {"@type": "ImageObject", "url": url + SHARE_IMAGE, "width": 1200, "height": 630},
        "author": _source(article, site_name),
        "publisher": {"@type": "Organization", "name": site_name},
    }
    figure, label = share_caption(article, lang)
    if figure:
        record["image"]["caption"] = f"{figure} · {label}"
    if not meeting.date.startswith("--"):
        record["datePublished"] = record["dateModified"] = meeting.date
    # The first language's article is the work; the others are its translations.
    first = next(iter(meeting.articles))
    link = lambda other: {"@type": "NewsArticle", "@id": page_url(root_url, other, meeting.id), "inLanguage": other}
    if lang == first and len(meeting.articles) > 1:
        record["workTranslation"] = [link(other) for other in meeting.articles if other != first]
    elif lang != first:
        record["translationOfWork"] = link(first)
    return record


SHARE_IMAGE = "share.png"
# The key-figure cards' order (generator/keys.py): the share card shows the first.
_CARD_ORDER = ("ratio", "money", "percent", "range", "count")


def share_caption(article: Article, lang: str) -> tuple[str, str]:
    """The first key figure as its card shows it, and what it counts (``("", "")`` for none)."""
    key = sorted((f for f in article.figures if f.key and f.kind in _CARD_ORDER),
                 key=lambda f: (_CARD_ORDER.index(f.kind), f.start))
    if not key:
        return "", ""
    figure = key[0]
    qualifier = get_language(lang)["ui"]["qualifier." + figure.qualifier] + " " if figure.qualifier else ""
    return qualifier + format_figure(figure, lang), figure.label


def _source(article: Article, site_name: str) -> dict[str, str]:
    """Who wrote the report: its source (the tag before the dateline, or the site it came from), else the site."""
    host = urlsplit(article.source_url).hostname if article.source_url else None
    if not (article.source_tag or host):
        return {"@type": "Organization", "name": site_name}
    source = {"@type": "Organization", "name": article.source_tag or host or ""}
    if article.source_url:
        source["url"] = article.source_url
    return source


def dated(record: dict[str, Any], time_zone: str) -> dict[str, Any]:
    """``record`` with its dates as the start of the day in ``time_zone`` (an IANA name).

    >>> dated({"datePublished": "2024-02-27", "dateModified": "2024-02-27"}, "Asia/Kolkata")["datePublished"]
    '2024-02-27T00:00:00+05:30'
    >>> dated({"datePublished": "2024-02-27"}, "UTC")["datePublished"]
    '2024-02-27T00:00:00+00:00'
    """
    zone = zoneinfo.ZoneInfo(time_zone)
    out = dict(record)
    for key in ("datePublished", "dateModified"):
        if isinstance(out.get(key), str) and len(out[key]) == 10:
            day = datetime.date.fromisoformat(out[key])
            out[key] = datetime.datetime(day.year, day.month, day.day, tzinfo=zone).isoformat()
    return out
