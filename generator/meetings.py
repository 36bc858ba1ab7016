"""articles → meetings: which files are translations of one meeting,
which of their figures are the same, and where the translations disagree.

Pairing rule: front matter ``meeting:`` groups articles with the same id and
keeps them apart from all others. Other articles pair across languages when
they have the same meeting date and at least half of their figures (by kind
and value, the meeting date left out) in common; an article with fewer than
two such figures pairs with nothing automatically.
"""

from __future__ import annotations

import json
import re
from collections import Counter

from anyascii import anyascii

from generator.dates import sort_key
from generator.errors import ArticleError
from generator.model import Article, ArticleSummary, Difference, Figure, Meeting, MeetingEntry
from generator.numerals import tokenize

_MIN_OVERLAP = 0.5
_SLUG_WORDS = 8
_SLUG_CHARS = 60


def group_meetings(articles: list[Article], languages: list[str]) -> tuple[list[Meeting], list[ArticleError]]:
    """Group translations, newest meeting first; errors for articles that cannot be placed."""
    entries, errors = group_articles([summarize(a) for a in articles], languages)
    by_path = {a.path: a for a in articles}
    return [make_meeting(e, {lang: by_path[s.path] for lang, s in e.articles.items()}) for e in entries], errors


def summarize(article: Article) -> ArticleSummary:
    """What the grouping and the listings need of an article (``group_articles`` reads nothing else)."""
    loose = not article.meeting
    assert article.date is not None, "an undated article is not published (pipeline.UndatedArticle)"
    return ArticleSummary(
        path=article.path, lang=article.lang, date=article.date, title=article.title,
        description=article.description, key_figures=sum(1 for f in article.figures if f.key),
        key_lines=tuple(f"{f.written or f.text} · {f.label}" for f in article.figures if f.key),
        slug=article.slug, meeting=article.meeting,
        auto_slug=make_slug(article.date, article.title, article.lang) if loose and not article.slug else "",
        pairing=tuple(_keys(article)) if loose else (), line=article.line, meta_lines=article.meta_lines)


def group_articles(articles: list[ArticleSummary], languages: list[str]) -> tuple[list[MeetingEntry], list[ArticleError]]:
    """Which articles are translations of one meeting, and each meeting's id; newest first."""
    errors: list[ArticleError] = []
    groups: dict[str, dict[str, ArticleSummary]] = {}
    order = {lang: i for i, lang in enumerate(languages)}
    loose = []
    for article in sorted(articles, key=lambda a: (order.get(a.lang, 99), a.path)):
        if article.meeting:
            group = groups.setdefault(f"={article.meeting}", {})
            if article.lang in group:
                errors.append(_duplicate(article, group[article.lang], f"meeting '{article.meeting}'"))
                continue
            group[article.lang] = article
        else:
            loose.append(article)
    for i, group in enumerate(_pair_automatically(loose)):
        groups[f"auto{i}"] = group
    meetings, used = [], set[str]()
    for group in groups.values():
        meeting, error = _make_entry(group, languages, used)
        if error:
            errors.append(error)
            continue
        meetings.append(meeting)
    meetings.sort(key=lambda m: (sort_key(m.date), m.id), reverse=True)
    return meetings, errors


def make_meeting(entry: MeetingEntry, articles: dict[str, Article]) -> Meeting:
    """The meeting of ``entry`` with its articles in full, and their figures aligned."""
    ordered = {lang: articles[lang] for lang in entry.articles}
    pairs, differences = align_figures(ordered)
    return Meeting(id=entry.id, date=entry.date, articles=ordered, pairs=pairs, differences=differences)


def _pair_automatically(articles: list[ArticleSummary]) -> list[dict[str, ArticleSummary]]:
    groups: list[dict[str, ArticleSummary]] = []
    for article in articles:
        best, best_score = None, 0.0
        for group in groups:
            if article.lang in group:
                continue
            score = min(_overlap(article, other) for other in group.values())
            if score > best_score:
                best, best_score = group, score
        if best is not None and best_score >= _MIN_OVERLAP:
            best[article.lang] = article
        else:
            groups.append({article.lang: article})
    return groups


def _overlap(a: ArticleSummary, b: ArticleSummary) -> float:
    """Share of figures two articles have in common (0 when not the same date)."""
    if a.date != b.date:
        return 0.0
    fa, fb = Counter(a.pairing), Counter(b.pairing)
    if min(sum(fa.values()), sum(fb.values())) < 2:
        return 0.0
    return sum((fa & fb).values()) / max(sum(fa.values()), sum(fb.values()))


def _keys(article: Article) -> list[str]:
    return [figure_key(f) for f in article.figures if not (f.kind == "date" and f.value == article.date)]


def figure_key(figure: Figure) -> str:
    """What must be equal for two figures to state the same thing.

    >>> figure_key(Figure([103, 80], "ratio", None, "103/80", "", 0, 6, 0))
    'ratio|None|[103, 80]'
    >>> figure_key(Figure((103, 80), "ratio", None, "103/80", "", 0, 6, 0))  # a tuple is the same value
    'ratio|None|[103, 80]'
    """
    value = list(figure.value) if isinstance(figure.value, (list, tuple)) else figure.value
    return f"{figure.kind}|{figure.unit}|{value!r}"  # repr: json.dumps took most of the grouping time


def _duplicate(article: ArticleSummary, first: ArticleSummary, what: str) -> ArticleError:
    line = article.meta_lines.get("meeting", article.line)
    return ArticleError(article.path, line, f"{what} already has a '{article.lang}' article: {first.path}",
                        "give one of them another 'meeting:' id, or remove it")


def _make_entry(group: dict[str, ArticleSummary], languages: list[str], used: set[str]):
    ordered = {lang: group[lang] for lang in sorted(group, key=lambda l: languages.index(l))}
    slugs = {a.slug for a in ordered.values() if a.slug}
    if len(slugs) > 1:
        article = next(a for a in ordered.values() if a.slug)
        return None, ArticleError(article.path, article.meta_lines.get("slug", article.line),
                                  f"translations give different slugs: {', '.join(sorted(slugs))}")
    first = next(iter(ordered.values()))
    slug = slugs.pop() if slugs else first.meeting or first.auto_slug
    if slug in used:
        if slugs or first.meeting or first.slug:
            return None, ArticleError(first.path, first.meta_lines.get("slug", first.meta_lines.get("meeting", first.line)),
                                      f"slug '{slug}' is already used by another meeting")
        n = 2
        while f"{slug}-{n}" in used:
            n += 1
        slug = f"{slug}-{n}"
    used.add(slug)
    return MeetingEntry(id=slug, date=first.date, articles=ordered), None


_SLUG_FALLBACK = {"hi": "baithak", "th": "prachum"}
"""The word "meeting", romanised, for a title with no word to put in a URL."""


def make_slug(date: str, title: str, lang: str) -> str:
    """Stable ASCII URL slug: the date and the transliterated first words of the title
    (Thai words found by segmentation, since Thai has no spaces).

    >>> make_slug("2024-02-27", "संचालन समिति ने बैठक की", "hi")
    '2024-02-27-smcaln-smiti-ne-baithk-ki'
    >>> make_slug("2024-10-09", "คณะกรรมการได้จัดการประชุม", "th")
    '2024-10-09-khanakamkan-dai-chat-kanprachum'

    A URL always has words after the date, even when the title gives none:

    >>> make_slug("2024-10-09", "१२३ — ।", "hi")
    '2024-10-09-baithak'
    """
    words = [w for token in tokenize(title) if token.kind == "word"
             for w in re.findall(r"[a-z0-9]+", _romanize(token.text).lower())]
    slug = "-".join(words[:_SLUG_WORDS])[:_SLUG_CHARS].strip("-")
    prefix = date.lstrip("-")
    return f"{prefix}-{slug or _SLUG_FALLBACK.get(lang, 'meeting')}"


def _romanize(word: str) -> str:
    if re.search(r"[\u0e00-\u0e7f]", word):
        from pythainlp.transliterate import romanize

        return romanize(word, engine="royin")  # anyascii scrambles Thai leading vowels
    return anyascii(word)


def align_figures(articles: dict[str, Article]) -> tuple[tuple[dict[str, str], ...], tuple[Difference, ...]]:
    """Pair figures that state the same value across translations, and say what differs.

    The first language is the reference. Figures pair by kind, unit and value, whatever their
    order (translations order a sentence differently); among several of the same value, in
    document order. What is left unpaired on both sides pairs by kind, nearest in the text first,
    as a figure one translation states differently (another number, another unit); the rest is
    missing from one side. An ordinal or an incidental figure left over is not reported: one
    language counts with a word where the other has none (``पहली छमाही``, ``ครึ่งแรก``).
    """
    langs = list(articles)
    if len(langs) < 2:
        return tuple({langs[0]: f.id} for f in articles[langs[0]].figures), ()
    ref = articles[langs[0]]
    pairs: dict[str, dict[str, str]] = {f.id: {ref.lang: f.id} for f in ref.figures}
    problems: list[Difference] = []
    for lang in langs[1:]:
        other = articles[lang]
        body = (tuple(f for f in ref.figures if not f.headline), tuple(f for f in other.figures if not f.headline))
        left, right = _pair_equal(*body, lambda a, b, lang=lang: pairs[a.id].__setitem__(lang, b.id))  # headlines differ
        differing = _pair_by_kind(left, right, ref, other)
        for a, b in differing:
            problems.append(Difference("differs", {ref.lang: a.id, lang: b.id}, f"{ref.lang} {_show(a)} but {lang} {_show(b)}"))
        taken_left, taken_right = {a.id for a, _ in differing}, {b.id for _, b in differing}
        for a in left:
            if a.id not in taken_left and _reported(a):
                problems.append(Difference("missing", {ref.lang: a.id}, f"{lang} lacks {ref.lang} {_show(a)}"))
        for b in right:
            if b.id not in taken_right and _reported(b):
                problems.append(Difference("missing", {lang: b.id}, f"{ref.lang} lacks {lang} {_show(b)}"))
    return tuple(pairs.values()), tuple(problems)


def _reported(figure: Figure) -> bool:
    """Whether one translation lacking this figure is worth reporting: not an ordinal or an
    incidental length of time (``दो दिन चली बैठक``), which one language says in words of its own."""
    return figure.kind != "ordinal" and not figure.incidental


def _pair_equal(left_figures, right_figures, pair) -> tuple[list[Figure], list[Figure]]:
    """Pair figures with the same key, in document order; the figures left on each side."""
    waiting: dict[str, list[Figure]] = {}
    for figure in right_figures:
        waiting.setdefault(figure_key(figure), []).append(figure)
    left, used = [], set()
    for figure in left_figures:
        same = waiting.get(figure_key(figure))
        if same:
            match = same.pop(0)
            used.add(match.id)
            pair(figure, match)
        else:
            left.append(figure)
    return left, [f for f in right_figures if f.id not in used]


def _pair_by_kind(left: list[Figure], right: list[Figure], a: Article, b: Article) -> list[tuple[Figure, Figure]]:
    """Unpaired figures of the same kind, nearest in relative position first."""
    def place(figure: Figure, article: Article) -> float:
        return figure.start / max(1, len(article.text))

    candidates = sorted(((abs(place(x, a) - place(y, b)), i, j) for i, x in enumerate(left) for j, y in enumerate(right)
                         if x.kind == y.kind and x.kind != "ordinal"), key=lambda c: c[0])
    out, used_left, used_right = [], set(), set()
    for distance, i, j in candidates:
        if i in used_left or j in used_right or distance > 0.2:
            continue
        used_left.add(i)
        used_right.add(j)
        out.append((left[i], right[j]))
    return sorted(out, key=lambda p: p[0].start)


def _show(figure: Figure) -> str:
    unit = f" {figure.unit}" if figure.unit else ""
    label = f" ({figure.label})" if figure.label else ""
    return f"{figure.id} '{figure.text}' = {json.dumps(figure.value, ensure_ascii=False)}{unit} {figure.kind}{label}"
