"""meetings → Markdown pages for MkDocs, one set per language.

Article text is written as escaped HTML blocks, so whatever an article holds
(``<script>``, ``*``, ``{{ }}``, a line starting with ``#``) reaches the page as
text, never as markup. Each sentence is a ``span`` with an id the key-figure
box links to.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace

from generator.dates import format_meeting_date, format_month, format_year
from generator.display import format_figure, ratio_percent
from generator.language import get_language
from generator.model import Article, Check, Figure, Meeting, MeetingEntry
from generator.publish import news_article
from generator.tables import Row, has_head, tables_of
from generator.urls import meeting_path, meeting_url

_KINDS_ORDER = ("ratio", "money", "percent", "count", "range")


@dataclass(frozen=True)
class Page:
    """A generated Markdown file for one language's docs folder."""

    path: str
    """Relative to the language's docs folder: ``meetings/<id>.md``."""
    markdown: str


def render_meeting_page(meeting: Meeting, lang: str, languages: list[str], root_url: str, site_name: str) -> Page:
    article = meeting.articles[lang]
    ui = get_language(lang)["ui"]
    alternates = _alternates(languages, root_url, {l: meeting_url(meeting.id) for l in meeting.articles})
    # Material prints title and description into the page unescaped: they go in escaped.
    meta = {"title": _e(article.title), "description": _e(article.description), "date": meeting.date,
            "meeting": meeting.id, "alternates": alternates, "lang": lang, "type": "article",
            "jsonld": news_article(meeting, lang, root_url, site_name)}
    parts = [
        _front_matter(meta),
        f"<h1>{_e(article.title)}</h1>",
        f'<p class="meeting-meta"><span>{_e(ui["meeting.date"])}: '
        f'{_when(meeting.date, article.date_end, lang)}</span>'
        + (f' <span>· {_e(article.source_tag)}</span>' if article.source_tag else "") + "</p>",
        render_figure_box(article, meeting, lang),
        *_body(article),
    ]
    if article.source_url:
        parts.append(f'<p class="meeting-source">{_e(ui["meeting.source"])}: '
                     f'<a href="{_e(article.source_url)}" rel="nofollow">{_e(article.source_url)}</a></p>')
    return Page(meeting_path(meeting.id), "\n\n".join(parts) + "\n")


def _when(first: str, last: str | None, lang: str) -> str:
    """The meeting's date, or its days when it was held over several (``14–15 मार्च 2024``).

    >>> _when("2024-03-14", "2024-03-15", "hi")
    '<time datetime="2024-03-14">14</time>–<time datetime="2024-03-15">15 मार्च 2024</time>'
    """
    if not last or last == first or last.startswith("--"):
        return f'<time datetime="{_e(first.lstrip("-"))}">{_e(format_meeting_date(first, lang))}</time>'
    whole = format_meeting_date(first, lang)
    start = whole.split(" ")[0] if first[:7] == last[:7] else whole.rsplit(" ", 1)[0] if first[:4] == last[:4] else whole
    return (f'<time datetime="{_e(first)}">{_e(start)}</time>–'
            f'<time datetime="{_e(last)}">{_e(format_meeting_date(last, lang))}</time>')


def render_listings(meetings: list[MeetingEntry], lang: str, languages: list[str], root_url: str,
                    per_page: int, only: set[str] | None = None) -> list[Page]:
    """The language's home page (the newest ``per_page`` of its meetings and, when there
    are more, the archive's months) and one archive page per month, newest meeting first
    (``render_meeting_page`` renders the meetings).

    ``only``: the months whose pages to render (a rebuild renders those a changed
    meeting is in, see ``months_to_render``); all when None.
    """
    ui = get_language(lang)["ui"]
    meetings = [m for m in meetings if lang in m.articles]
    months: dict[str, list[MeetingEntry]] = {}
    for meeting in meetings:
        months.setdefault(month_key(meeting.date), []).append(meeting)
    alternates = _alternates(languages, root_url, {l: "" for l in languages})
    items = [_listing_item(m, lang, "") for m in meetings[:per_page]]
    body = [f"<h1>{_e(ui['home.title'])}</h1>", f'<p class="home-intro">{_e(ui["home.intro"])}</p>',
            '<ol class="meeting-list">\n' + "\n".join(items) + "\n</ol>" if items else f'<p>{_e(ui["home.empty"])}</p>']
    if len(meetings) > per_page:
        body.append(_archive_index(months, lang, ui))
    pages = [_listing_page("index.md", ui["home.title"], body, lang, ui, alternates)]
    if len(meetings) <= per_page:
        return pages
    keys = list(months)
    for i, key in enumerate(keys):
        if only is not None and key not in only:
            continue
        title = f'{ui["home.title"]} · {_month_label(key, lang, ui)}'
        links = []
        if i > 0:
            links.append(f'<a rel="prev" href="../{keys[i - 1]}/">← {_e(_month_label(keys[i - 1], lang, ui))}</a>')
        links.append(f'<a href="../../">{_e(ui["home.title"])}</a>')
        if i + 1 < len(keys):
            links.append(f'<a rel="next" href="../{keys[i + 1]}/">{_e(_month_label(keys[i + 1], lang, ui))} →</a>')
        body = [f"<h1>{_e(title)}</h1>",
                '<ol class="meeting-list">\n' + "\n".join(_listing_item(m, lang, "../../") for m in months[key]) + "\n</ol>",
                f'<nav class="pager">{" ".join(links)}</nav>']
        pages.append(_listing_page(f"archive/{key}.md", title, body, lang, ui, alternates))
    return pages


def _listing_page(path: str, title: str, body: list[str], lang: str, ui: dict, alternates: list) -> Page:
    meta = {"title": title, "description": ui["home.intro"], "lang": lang, "type": "website", "alternates": alternates}
    return Page(path, _front_matter(meta) + "\n\n" + "\n\n".join(body) + "\n")


def month_key(date: str) -> str:
    """``2024-02`` for a dated meeting, ``undated`` for one whose year is unknown."""
    return date[:7] if not date.startswith("--") else "undated"


def months_to_render(meetings: list[MeetingEntry], lang: str, per_page: int, changed: set[str],
                     before: dict[str, tuple[str, list[str]]]) -> set[str] | None:
    """The archive months whose pages may differ from the last build's: those that a
    ``changed`` meeting is in or was in (``before``: each meeting's month and
    languages then; a removed meeting counts as changed). All of them (None) when the
    months themselves changed, or whether there are archive pages at all."""
    now = [m for m in meetings if lang in m.articles]
    then = [month for month, languages in before.values() if lang in languages]
    if {month_key(m.date) for m in now} != set(then) or (len(now) > per_page) != (len(then) > per_page):
        return None
    return ({month_key(m.date) for m in now if m.id in changed}
            | {month for id, (month, languages) in before.items() if id in changed and lang in languages})


def _month_label(key: str, lang: str, ui: dict, with_year: bool = True) -> str:
    return ui["archive.undated"] if key == "undated" else format_month(int(key[:4]), int(key[5:]), lang, with_year)


def _archive_index(months: dict[str, list[MeetingEntry]], lang: str, ui: dict) -> str:
    """The archive's months by year, newest first, each with its number of meetings."""
    years: dict[str, list[str]] = {}
    for key in months:
        years.setdefault(key[:4] if key != "undated" else "", []).append(key)
    rows = []
    for year, keys in years.items():
        links = " ".join(f'<a href="archive/{k}/">{_e(_month_label(k, lang, ui, with_year=False))} '
                         f'<span class="archive__count">{len(months[k])}</span></a>' for k in keys)
        rows.append(f'<li><span class="archive__year">{format_year(int(year), lang) if year else ""}</span> '
                    f'<span class="archive__months">{links}</span></li>')
    # A blank line between the heading and the list: each an HTML block, so the home page skips Markdown (plugin.py).
    return f'<h2 id="archive">{_e(ui["archive.title"])}</h2>\n\n<ul class="archive">\n' + "\n".join(rows) + "\n</ul>"


def _listing_item(meeting: MeetingEntry, lang: str, up: str) -> str:
    article = meeting.articles[lang]
    # Each translation's name in its own language, marked so (theme: in the system font, which
    # spares the page the other script's web font for one word).
    others = [f'<span lang="{l}">{_e(get_language(l).name)}</span>' for l in meeting.articles if l != lang]
    return (f'<li class="meeting-item"><a href="{up}{meeting_url(meeting.id)}">'
            f'<time datetime="{_e(meeting.date.lstrip("-"))}">{_e(format_meeting_date(meeting.date, lang))}</time>'
            f'<span class="meeting-item__title">{_e(article.title)}</span></a>'
            f'<p>{_e(article.description)}</p>'
            f'<p class="meeting-item__meta">{article.key_figures} {_e(get_language(lang)["ui"]["figures.key"])}'
            + (f' · {", ".join(others)}' if others else "") + "</p></li>")


def render_figure_box(article: Article, meeting: Meeting, lang: str) -> str:
    """The key-figure cards and, collapsed below them, the table of all figures."""
    ui = get_language(lang)["ui"]
    if not article.figures:
        return f'<section class="kf kf--empty"><p>{_e(ui["figures.none"])}</p></section>'
    checks = _checks_by_figure(article.checks)
    differs = _differing(meeting, article)
    key = sorted((f for f in article.figures if f.key), key=lambda f: (_KINDS_ORDER.index(f.kind), f.start))
    cards = "\n".join(_card(f, checks.get(f.id), f.id in differs, lang, ui, f.written or f.text) for f in key)
    rows = "\n".join(_row(f, checks.get(f.id), meeting, article, lang, ui) for f in article.figures)
    grid = f'<ul class="kf-grid">\n{cards}\n</ul>\n' if cards else ""  # no empty list where no figure is key
    return (
        f'<section class="kf" aria-labelledby="kf-title">\n<h2 id="kf-title">{_e(ui["figures.key"])}</h2>\n{grid}'
        f'<details class="kf-all"><summary>{_e(ui["figures.all"])} ({len(article.figures)})</summary>\n'
        f'<div class="kf-table"><table>\n<thead><tr><th>{_e(ui["figures.text"])}</th><th>{_e(ui["figures.value"])}</th>'
        f'<th>{_e(ui["figures.kind"])}</th><th>{_e(ui["figures.label"])}</th><th>{_e(ui["figures.check"])}</th></tr></thead>\n'
        f'<tbody>\n{rows}\n</tbody></table></div></details>\n</section>'
    )


def _card(figure: Figure, check: Check | None, differs: bool, lang: str, ui: dict, shown: str) -> str:
    """A key figure as the article writes it (``2,300 अरब डोंग``, ``7.25 लाख टन``), what it counts,
    and for a ratio one percentage that says what it is of (``लक्ष्य का 106.67%``); the check's
    own figures are in the badge's title."""
    qualifier = f'<span class="kf-qualifier">{_e(ui["qualifier." + figure.qualifier])}</span> ' if figure.qualifier else ""
    bar = ""
    percent = ratio_percent(figure)
    if percent is not None:
        width = min(percent, 100)
        over = " kf-bar--over" if percent > 100 else ""
        meaning = ui["ratio.of_total"] if check is not None and check.kind == "share" else ui["ratio.of_target"]
        bar = (f'<span class="kf-bar{over}" role="img" aria-label="{percent:.2f}%">'
               f'<span class="kf-bar__fill" style="width:{width:.2f}%"></span></span>'
               f'<span class="kf-bar__value">{_e(meaning.format(percent=format_figure(_as_percent(percent), lang)))}</span>')
    badges = _check_badge(check, lang, ui, computed=percent is None) + (
        f'<span class="kf-badge kf-badge--warn">{_e(ui["translation.differs"])}</span>' if differs else "")
    return (f'<li class="kf-card kf-card--{figure.kind}"><a class="kf-card__link" href="#fig-{figure.id}" '
            f'title="{_e(ui["figures.go"])}">'
            f'<span class="kf-value">{qualifier}{_e(shown)}</span>'
            f'<span class="kf-label">{_e(figure.label)}</span>{bar}{badges}</a></li>')


def _as_percent(value: float) -> Figure:
    return Figure(round(value, 2), "percent", "%", "", "", 0, 0, 0)


def _check_badge(check: Check | None, lang: str, ui: dict, computed: bool = True) -> str:
    if check is None:
        return ""
    level = "ok" if check.status == "ok" else "warn"
    shown = check.status != "ok" and computed  # on a ratio's card the bar already shows the one percentage
    computed_text = f' · {ui["check.computed"]}: {_computed(check, lang)}' if shown else ""
    return (f'<span class="kf-badge kf-badge--{level}" title="{_e(check.message)}">'
            f'{_e(ui["check." + check.status])}{_e(computed_text)}</span>')


def _computed(check: Check, lang: str) -> str:
    if check.kind == "sum":
        return format_figure(Figure(check.expected, "count", None, "", "", 0, 0, 0), lang)
    return format_figure(_as_percent(check.expected), lang)


def _row(figure: Figure, check: Check | None, meeting: Meeting, article: Article, lang: str, ui: dict) -> str:
    labels = _labels_elsewhere(figure, meeting, article)
    label = _e(figure.label) + "".join(f'<br><span lang="{l}" class="kf-other">{_e(t)}</span>' for l, t in labels)
    text = _e(figure.text) if figure.headline else f'<a href="#fig-{figure.id}">{_e(figure.text)}</a>'  # in the title
    return (f'<tr><td>{text}</td><td>{_e(format_figure(figure, lang))}</td>'
            f'<td>{_e(ui["kind." + figure.kind])}</td><td>{label}</td><td>{_check_badge(check, lang, ui)}</td></tr>')


def _labels_elsewhere(figure: Figure, meeting: Meeting, article: Article) -> list[tuple[str, str]]:
    for pair in meeting.pairs:
        if pair.get(article.lang) == figure.id:
            out = []
            for lang, fid in pair.items():
                if lang != article.lang:
                    other = next(f for f in meeting.articles[lang].figures if f.id == fid)
                    if other.label:
                        out.append((lang, other.label))
            return out
    return []


def _differing(meeting: Meeting, article: Article) -> set[str]:
    """Ids of this article's figures that a translation states differently or lacks."""
    return {d.figures[article.lang] for d in meeting.differences if article.lang in d.figures}


def _checks_by_figure(checks: tuple[Check, ...]) -> dict[str, Check]:
    """The check shown on each figure: its own, and on a ratio the excess or share stated after it."""
    shown = {check.figures[1]: check for check in checks if check.kind in {"excess", "share"}}
    shown.update({check.figures[0]: check for check in checks})
    return shown


def _body(article: Article) -> list[str]:
    """The article's paragraphs as escaped HTML, each sentence and figure addressable."""
    figures = sorted(article.figures, key=lambda f: f.start)
    sentences = _whole_figure_sentences(article.sentences, figures)
    tables, shown = tables_of(article.text), set()
    out = []
    for index, (start, end) in enumerate(article.paragraphs):
        table = next((i for i, rows in enumerate(tables) if rows[0].start <= start < rows[-1].end), None)
        if table is not None:  # its rows, and the rule under its head, are one table
            if table not in shown:
                out.append(_table(article.text, tables[table], figures))
                shown.add(table)
            continue
        spans = [s for s in sentences if s.paragraph == index]
        pieces, pos = [], start
        for number, sentence in ((sentences.index(s), s) for s in spans):
            pieces.append(_e(article.text[pos:sentence.start]))
            inner = [f for f in figures if sentence.start <= f.start and f.end <= sentence.end]
            pieces.append(f'<span class="s" id="s-{number}">{_marked(article.text, sentence.start, sentence.end, inner)}</span>')
            pos = sentence.end
        pieces.append(_e(article.text[pos:end]))
        out.append(f'<p class="article-text">{"".join(pieces)}</p>')
    return out


def _table(text: str, rows: Sequence[Row], figures: list[Figure]) -> str:
    """A table of the article as a table, its figures addressable; wide tables scroll on a phone."""
    head = rows[0] if has_head(rows) else None
    body = [row for row in rows if row is not head]

    def cells(row: Row, tag: str) -> str:
        return "".join(f"<{tag}>{_marked(text, c.start, c.end, [f for f in figures if c.start <= f.start and f.end <= c.end])}"
                       f"</{tag}>" for c in row.cells)
    thead = f"<thead><tr>{cells(head, 'th')}</tr></thead>" if head else ""
    tbody = "".join(f"<tr>{cells(row, 'td')}</tr>" for row in body)
    return f'<div class="article-table" tabindex="0"><table>{thead}<tbody>{tbody}</tbody></table></div>'


def _whole_figure_sentences(sentences, figures: list[Figure]) -> list:
    """Sentences joined where a figure runs across their boundary (``15 มกราคม | 2568``),
    so that every figure lies inside one sentence and gets its anchor."""
    out: list = []
    for sentence in sentences:
        if out and out[-1].paragraph == sentence.paragraph and any(
                f.start < out[-1].end < f.end or f.start < sentence.start < f.end for f in figures):
            out[-1] = replace(out[-1], end=sentence.end)
        else:
            out.append(sentence)
    return out


def _marked(text: str, start: int, end: int, figures: list[Figure]) -> str:
    out, pos = [], start
    for figure in figures:
        if figure.start < pos:
            continue
        out.append(_e(text[pos:figure.start]))
        out.append(f'<span class="fig" id="fig-{figure.id}">{_e(text[figure.start:figure.end])}</span>')
        pos = figure.end
    out.append(_e(text[pos:end]))
    return "".join(out)


def _alternates(languages: list[str], root_url: str, paths: dict[str, str]) -> list[dict]:
    """Every language's version of a page: this one's translations, else that language's home."""
    out = []
    for lang in languages:
        path = f"{lang}/{paths.get(lang, '')}"
        out.append({"lang": lang, "name": get_language(lang).name, "path": path, "url": root_url + path,
                    "locale": get_language(lang)["locale"], "translated": lang in paths})
    return out


def _front_matter(meta: dict) -> str:
    # JSON is valid YAML: no quoting rule of YAML can turn article text into markup or keys.
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---"


def _e(text: str) -> str:
    return html.escape(text, quote=True)
