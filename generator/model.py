"""Typed records passed between the pipeline stages.

read → ``Source`` → parse → ``Article`` (with ``Figure`` and ``Check``) →
meetings → ``Meeting`` → render. ``ArticleSummary`` and ``MeetingEntry`` are the
small part of them that listings, feeds and the grouping read, kept between
builds so that a rebuild does not load the whole archive. Every record is frozen and keeps the path
(and, where it has one, the line) it came from, so any later error can name it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Value = Any
"""A figure's value, whose type follows its kind: a number (count, percent, money, year,
ordinal), an ISO date string (date), or a list of two of them (ratio, range)."""


@dataclass(frozen=True)
class Source:
    """One file of ``content/`` after decoding: text and front matter apart."""

    path: str
    text: str
    """The whole file, normalised (``read.normalise``): NFC, ``\\n`` line endings, legacy Thai
    code points mapped, zero-width characters dropped. Offsets within the pipeline index it."""
    meta: dict[str, Any] = field(default_factory=dict)
    """Front-matter keys, already validated (see ``read.FrontMatter``)."""
    meta_lines: dict[str, int] = field(default_factory=dict)
    """The line of each front-matter key, for errors about it."""
    body_start: int = 0
    """Offset in ``text`` where the article starts (after any front matter)."""
    body_line: int = 1
    """Line of ``path`` on which ``text`` starts (after any front matter)."""
    sha: str = ""
    """Hash of the file's bytes: the extraction cache key."""
    file_text: str = ""
    """The file as written (decoded), when ``text`` differs from it; else empty."""
    shifts: tuple[tuple[int, int, int], ...] = ()
    """Where ``text`` shifts against ``file_text`` (``read.file_offset``)."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One number in an article, normalised, with what it counts."""

    value: Value
    kind: str
    """count, percent, ratio, range, money, year, date or ordinal."""
    unit: str | None
    text: str
    """The surface form, exactly ``article.text[start:end]``."""
    label: str
    start: int
    end: int
    sentence: int
    """Index into ``Article.sentences``."""
    qualifier: str | None = None
    """more_than, less_than, at_least, at_most or approx."""
    key: bool = False
    id: str = ""
    """Stable within the article: ``f1``, ``f2``... in document order."""
    incidental: bool = False
    """Not one of the meeting's key numbers: given as an example (``उदाहरण के लिए 250 रुपये``) or
    a length of time (``तीन घंटे चली बैठक``, ``9 เดือนแรก``)."""
    headline: bool = False
    """Read in the headline, which restates the body's numbers: never a key figure, not paired across
    translations nor checked; it has no sentence."""
    written: str = ""
    """The figure as the key box shows it, where that is more than ``text``: with the word of its measure
    as the article writes it (``7.25 लाख टन``), a table cell with its column's unit. Set when extracted,
    so that a page is rendered without the language's word cutter."""


@dataclass(frozen=True, slots=True)
class Check:
    """Arithmetic the text states or implies, verified."""

    kind: str
    """sum, excess or ratio_percent."""
    figures: tuple[str, ...]
    """Figure ids: the checked figure first."""
    status: str
    """ok, rounded, truncated or mismatch."""
    expected: float
    stated: float
    message: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class Article:
    """A parsed article: everything later stages need, nothing re-read."""

    path: str
    lang: str
    text: str
    """Body text the offsets refer to: paragraphs joined by ``\\n``."""
    paragraphs: tuple[tuple[int, int], ...]
    """Where each paragraph starts and ends in ``text``."""
    sentences: tuple[Sentence, ...]
    date: str | None
    """``YYYY-MM-DD``; ``--MM-DD`` when no year could be found, None when no date (neither is
    published: ``pipeline.UndatedArticle``)."""
    title: str
    description: str
    source_tag: str | None
    dateline: str | None
    """The dateline as written (``BTO-``), removed from the first paragraph."""
    figures: tuple[Figure, ...] = ()
    checks: tuple[Check, ...] = ()
    slug: str | None = None
    meeting: str | None = None
    source_url: str | None = None
    sha: str = ""
    line: int = 1
    meta_lines: dict[str, int] = field(default_factory=dict)
    terms: Mapping[str, int] = field(default_factory=dict)
    """Search terms and their weights (``searchtext``), in first-seen order."""
    date_source: str = "text"
    """Where ``date`` came from: ``front matter``, ``text`` (``text, year from file name``),
    ``relative to file name`` / ``relative to published``, ``file name``; empty when none."""
    date_text: str | None = None
    """The words ``date`` was read from, as written (``9 जुलाई``, ``आज``)."""
    date_end: str | None = None
    """Last day of a meeting held over several days (``14-15 मार्च``)."""
    file_text: str = ""
    """The file as written, when ``text`` (normalised) differs from it: figure records give
    offsets into it (``read.file_offset`` with ``shifts``)."""
    shifts: tuple[tuple[int, int, int], ...] = ()
    leftovers: dict[str, str] = field(default_factory=dict)
    weekday: int | None = None
    """The weekday (Monday 0) the lead names with a date written without its year: gives the
    year when the text names none (``pipeline.analyse``)."""
    """Web-page leftovers dropped from the body: line number (as text, to survive JSON) → line."""
    headline: tuple[int, int] | None = None
    """Span of the headline line the title was taken from, if any: its numbers are figures too."""
    lead_start: int = 0
    """Where the lead starts: what comes before it (headline, deck, byline) only restates or files it."""


@dataclass(frozen=True)
class Meeting:
    """The translations of one meeting, by language."""

    id: str
    """Stable ASCII id, also the URL slug."""
    date: str
    articles: dict[str, Article]
    pairs: tuple[dict[str, str], ...] = ()
    """Figure ids per language that state the same value: ``{"hi": "f3", "th": "f4"}``."""
    differences: tuple[Difference, ...] = ()
    """Where the translations disagree: the report of ``python -m generator check``."""


@dataclass(frozen=True)
class Difference:
    """A figure that one translation states differently (``differs``) or lacks (``missing``)."""

    kind: str
    figures: dict[str, str]
    """Figure ids by language; a missing figure has no entry for its language."""
    message: str


@dataclass(frozen=True)
class ArticleSummary:
    """What the grouping, the listings, the feeds and the sitemap read of an article."""

    path: str
    lang: str
    date: str
    title: str
    description: str
    key_figures: int
    """How many of its figures are key figures (the listings show it)."""
    key_lines: tuple[str, ...] = ()
    """Its key figures as the cards show them (``2,300 अरब डोंग · राजस्व``), for the feed."""
    slug: str | None = None
    meeting: str | None = None
    auto_slug: str = ""
    """The slug made from date and title, for an article with neither ``slug:`` nor ``meeting:``."""
    pairing: tuple[str, ...] = ()
    """Its figures' keys (``meetings.figure_key``) for automatic pairing, when it has no ``meeting:``."""
    line: int = 1
    meta_lines: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class MeetingEntry:
    """A meeting as the listings, feeds and sitemap see it: its articles' summaries."""

    id: str
    date: str
    articles: dict[str, ArticleSummary]
