"""One article through every pure stage: bytes → ``Article`` with figures and checks.

read → language → parse → figures (meeting year, figures, checks) → search terms. No I/O:
the caller hands in the bytes, so this runs the same in a worker process, a
test or the CLI.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from generator.checks import find_checks, stem_word
from generator.dates import days_before, infer_year, weekday_year_near, year_of_weekday
from generator.display import as_written
from generator.errors import ArticleError
from generator.figures import extract_figures
from generator.figureyears import fill_year
from generator.headforms import forms_of, session_spans
from generator.keys import choose_key
from generator.labellast import labelled_like_before
from generator.labelwords import said_per, word_list
from generator.language import detect_language, get_language, supported_languages
from generator.leaddates import PUBLISHED_WITHIN_DAYS
from generator.model import Article, Figure
from generator.numerals import ascii_digits
from generator.parse import is_day_of, parse_article
from generator.read import read_source
from generator.searchtext import search_terms
from generator.tables import in_row
from generator.textdates import full_year
from generator.yearlabels import compared_year


def process_article(path: str, data: bytes, languages: list[str] | None = None) -> Article:
    """Everything the site and ``site-data/`` need to know about one file.

    >>> a = process_article("x.txt", "BTO- บ่ายวันที่ 27 กุมภาพันธ์ ในปี 2566 มีสมาชิก 1,549 ราย".encode())
    >>> a.lang, a.date, [(f.text, f.value, f.label) for f in a.figures][1:]
    ('th', '2023-02-27', [('2566', 2023, 'สมาชิก'), ('1,549', 1549, 'สมาชิก')])
    """
    source = read_source(path, data)
    body = source.text[source.body_start:]
    if not body.strip():
        raise ArticleError(path, source.body_line, "no article text: the file is empty or only white space")
    lang = source.meta.get("lang") or detect_language(body)
    published = languages or supported_languages()
    if lang not in published:
        name = "no letters" if lang == "und" else f"language '{lang}'"
        raise ArticleError(path, source.body_line, f"{name}: this site publishes {', '.join(published)}",
                           "set 'lang:' in front matter if the detection is wrong")
    if lang not in supported_languages():
        raise ArticleError(path, source.body_line, f"no language data for '{lang}' (generator/lang/{lang}.yml)")
    article = analyse(parse_article(source, lang))
    if not article.date or article.date.startswith("--"):
        raise UndatedArticle(article)
    if not article.title:
        raise IncompleteArticle(article, "no title can be derived from the lead",
                                "add 'title:' in front matter, or start the file with a headline line")
    return replace(article, terms=search_terms(article))


def prepare_extraction(languages: list[str]) -> None:
    """Load ahead what extracting articles in ``languages`` needs (PyThaiNLP and its
    dictionary for Thai: a tenth of a second), for a process that waits for its first article."""
    if "th" in languages:
        from generator import thai

        thai.dictionary()


def analyse(article: Article) -> Article:
    """Add figures and checks; give the meeting date its year when the text implies it."""
    lang = get_language(article.lang)
    figures = _with_headline(extract_figures(article.text, [*filter(None, [article.headline]), *article.paragraphs],
                                             article.sentences, lang, year=None), article.headline)
    date, last = article.date, article.date_end
    if date and date.startswith("--"):
        year = _year_from_text(figures, article.paragraphs[0][1], int(date[2:4]), article.text, lang)
        if year and article.weekday is not None:  # "14 जून … शुक्रवार": the weekday picks between neighbours
            year = weekday_year_near(int(date[2:4]), int(date[5:7]), article.weekday, year, datetime.date.today(),
                                     wire=article.source_tag is not None)
        if year is None and article.weekday is not None:
            year = year_of_weekday(int(date[2:4]), int(date[5:7]), article.weekday, datetime.date.today())
            article = replace(article, date_source="text, year from its weekday") if year else article
        if year and not is_day_of(int(date[2:4]), int(date[5:7]), year):
            raise ArticleError(article.path, article.line, f"the meeting date {date[5:7]}/{date[2:4]} does not exist in {year}",
                               "fix the date in the lead, or set 'date:' in front matter")
        date = f"{year:04d}{date[1:]}" if year else date
        if year and article.source_tag is not None and article.weekday is not None and _weekday(date) != article.weekday \
                and _weekday(days_before(date, 1)) == article.weekday:
            date = days_before(date, 1)  # "गया, 14 अगस्त (भाषा) … बुधवार को हुई बैठक": a wire of the day after
        last = f"{year:04d}{last[1:]}" if year and last and last.startswith("--") else last
    if date and not date.startswith("--"):
        figures = fill_year(figures, date)
        if article.date_source == "text" and article.date != date:
            article = replace(article, date_source="text, year from the years it names")
    figures = _without_filing_dates(_label_head_dates(figures, date, article, lang), date, article, lang)
    figures = _without_head_lines(figures, article, lang)
    figures = _without_restatements(figures, article.lead_start, _session_lines(article, lang))
    figures = labelled_like_before(_without_repeats(figures, article.text, lang), article.text, lang)
    checks = find_checks(tuple(f for f in figures if not f.headline), article.text, lang)
    figures = tuple(_written(f, article) for f in choose_key(figures, checks))
    return replace(article, date=date, date_end=last, figures=figures, checks=checks)


def _written(figure: Figure, article: Article) -> Figure:
    """The figure with its ``written`` form, when that says more than its text."""
    written = as_written(figure, article)
    return figure if written == figure.text else replace(figure, written=written)


def _with_headline(figures: tuple[Figure, ...], headline: tuple[int, int] | None) -> tuple[Figure, ...]:
    """The headline's figures marked as such (``Figure.headline``), with no sentence."""
    if headline is None:
        return figures
    return tuple(replace(f, headline=True, sentence=-1) if headline[0] <= f.start and f.end <= headline[1] else f
                 for f in figures)  # not a release line's date above it ("रायपुर, 18 नवंबर 2025")


def _session_lines(article: Article, lang) -> list[tuple[int, int]]:
    """The head's session lines (``สมัยสามัญ … ประจำปี พ.ศ. ๒๕๖๘``): their years are the session's."""
    return session_spans(article.text, [span for span in article.paragraphs if span[1] <= article.lead_start], lang)


def _without_restatements(figures: tuple[Figure, ...], lead_start: int,
                          sessions: list[tuple[int, int]]) -> tuple[Figure, ...]:
    """A figure of the head (headline, deck) that the article states again further on (the same
    value, kind and unit: ``11 फीसदी घटीं`` in the headline, ``11 फीसदी की कमी`` in the body; or an
    amount the head writes without its currency, ``2,480 करोड़`` for ``2,480 करोड़ रुपये``) is one
    figure, the body's (or the last of the head's: a headline's under its highlights): its sentence
    gives it its label and its checks, and the figure list has it once. (A head's rounding of a body
    amount, ``18.62 करोड़`` for ``1,862.40 लाख``, is not merged: writers list such pairs apart as often
    as not.) A session line's year (``sessions``) is the session's, not a restatement's."""
    return tuple(f for f in figures if f.start >= lead_start or any(a <= f.start < b for a, b in sessions) or not any(
        f.value == g.value and (f.kind == g.kind and f.unit == g.unit or f.kind == "count" and g.kind == "money")
        for g in figures if g.start >= f.end))  # the body's, or a deck's or highlight's after the headline


def _without_repeats(figures: tuple[Figure, ...], text: str, lang) -> tuple[Figure, ...]:
    """A figure the body names again (the same value, kind and unit, and a label that shares half its
    words with the first's, or none, or, in another sentence, a value too large to meet twice by chance
    and no rate) is one figure, the first: a reader's list names each number once (a balanced budget's
    revenue and spending in one sentence are two), unless it counts votes (``งดออกเสียง ๑ เสียง`` on each
    motion of minutes: each motion's vote). Years and dates are the years' and dates' own stages'."""
    out: list[Figure] = []
    for f in figures:
        if not f.headline and f.kind not in {"year", "date"} and not _votes(f, text, lang) and any(
                not g.headline and (g.value, g.kind, g.unit) == (f.value, f.kind, f.unit)
                and not (in_row(g.start, g.end, text) and in_row(f.start, f.end, text))  # two cells of a table: two figures
                and (_alike(g.label, f.label, lang) or _distinct(f) and g.sentence != f.sentence
                     and not said_per(f, text, lang)) for g in out):
            continue
        out.append(f)
    return tuple(out)


def _votes(figure: Figure, text: str, lang) -> bool:
    """Whether the word right after the count is a word for votes (``vote_classifiers``, ``vote_nouns``)."""
    words = word_list(text[figure.end:figure.end + 12])
    return figure.kind == "count" and bool(words) and words[0] in {*(lang["vote_classifiers"] or []),
                                                                   *(lang["vote_nouns"] or [])}


def _distinct(figure: Figure) -> bool:
    """A count or an amount of at least a hundred: named twice, it is the same figure whatever the
    words beside it (``24,815 ราย`` who were hit, ``ครบทั้ง 24,815 ราย`` to be checked)."""
    return figure.kind in {"count", "money", "quantity"} and isinstance(figure.value, (int, float)) \
        and figure.value >= _DISTINCT


_DISTINCT = 100


def _alike(a: str, b: str, lang) -> bool:
    """Two labels that share half their words (plural endings aside), or one that says nothing; not two
    whose owners before a postposition differ (``वृद्धजनों को प्रति माह पेंशन``, ``दिव्यांगजनों को प्रति माह पेंशन``)."""
    titles = {t.rstrip(".") for t in lang["place_titles"] or []}  # "อ.ท่าวังผา", "อ.นาน้อย": two places
    x, y = ([stem_word(w, lang) for w in word_list(label) if w not in titles] or word_list(label) for label in (a, b))
    if not x or not y:
        return True
    comparatives = lang["comparatives"] or {}
    if (x[0] in comparatives) != (y[0] in comparatives):
        return False  # "41 फीसदी अधिक मकान", a change, and "41 प्रतिशत मकान", a share: two figures
    links = set(lang["recipient_links"] or [])
    i, j = (next((k for k, w in enumerate(words) if k and w in links), 0) for words in (x, y))
    if i and j and not set(x[:i]) & set(y[:j]):
        return False
    common = sum(min(x.count(w), y.count(w)) for w in set(x))
    return 2 * common / (len(x) + len(y)) >= 0.5


def _year_from_text(figures, lead_end: int, month: int, text: str, lang) -> int | None:
    """The year of a meeting whose date the text writes without one: that of a meeting numbered within
    its year (``ครั้งที่ 2/2568``), else from the years it names, its fiscal and session years among them
    (``2024-25`` counts as 2024) and the spans of days or months it names (``जनवरी से जून 2025``: its first year); a
    year it compares this year with (``มากกว่าปี 2567``, ``पिछले वर्ष 2024``) counts as the year after."""
    if numbered := _numbered_year(text, lang):
        return numbered
    years = [(f.value + int(_compared(text, f.start, lang) or _compared_after(text, f.end, lang)), f.end)
             for f in figures if f.kind == "year" and isinstance(f.value, int)]
    years += [(f.value[0], f.end) for f in figures if f.kind == "range" and _year_pair(f.value)]
    years += [(int(f.value[0][:4]), f.end) for f in figures  # "जनवरी से जून 2025 के बीच": a span of dated days or months
              if f.kind == "range" and all(_DATED.fullmatch(str(v)) or _MONTH.fullmatch(str(v)) for v in f.value)]
    years += [(int(f.value[:4]), f.end) for f in figures if f.kind == "date" and _MONTH.fullmatch(str(f.value))]  # "जुलाई 2025"
    ends = frozenset(f.value[1] for f in figures if f.kind == "range" and _year_pair(f.value))
    return infer_year(month, [y for y, end in years if end <= lead_end], [y for y, _ in years], ends) \
        or next((_year_near(month, f.value) for f in figures if f.kind == "date" and _DATED.fullmatch(str(f.value))), None)


def _numbered_year(text: str, lang) -> int | None:
    """The year the first meeting (or release) numbered within its year names (``ครั้งที่ 2/2568``:
    ``numbered_meeting_year``): in the corpus it was always the meeting's."""
    found = [m for m in (re.search(p, text) for p in lang["numbered_meeting_year"] or []) if m]
    if not found:
        return None
    return full_year(ascii_digits(min(found, key=lambda m: m.start()).group("year")), lang)


def _year_near(month: int, dated: str) -> int:
    """The year that puts a meeting in ``month`` within half a year of a date the text writes with its
    year (``ภายในวันที่ ๓๐ มิถุนายน ๒๕๖๘``: a deadline, or a day the figures stand at)."""
    year, other = int(dated[:4]), int(dated[5:7])
    return year + (other - month > 6) - (month - other > 6)


_DATED = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")


def _compared(text: str, start: int, lang) -> bool:
    """Whether the year at ``start`` is one that an earlier value is of: after a comparative or
    an earlier-year word (``earlier_year_before``), past the word for year itself."""
    return compared_year(text[max(0, start - _COMPARED_CHARS):start], lang) is not None


_COMPARED_CHARS = 30


def _compared_after(text: str, end: int, lang) -> bool:
    """Whether the year ending at ``end`` is one that an earlier value is of, said after it
    (``वर्ष 2024 की इसी अवधि में``: ``earlier_year_after``)."""
    after = " ".join(text[end:end + _COMPARED_CHARS].split())
    return after.startswith(tuple(lang["earlier_year_after"] or ["\0"]))


def _weekday(iso: str) -> int:
    return datetime.date.fromisoformat(iso).weekday()


def _year_pair(value) -> bool:
    """``[2024, 2025]`` or ``[2024, 25]``: a fiscal or school year."""
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        return False
    first, second = value
    return 1900 <= first <= 2200 and second in (first + 1, (first + 1) % 100)


class IncompleteArticle(ArticleError):
    """An article whose figures were read but which cannot be published as it is (no title):
    the build skips it with this error; ``extract`` prints it all the same, and the error."""

    def __init__(self, article: Article, message: str, hint: str):
        self.article = article
        super().__init__(article.path, article.line, message, hint)

    def __reduce__(self):
        return (type(self), (self.article, self.message, self.hint))


class UndatedArticle(IncompleteArticle):
    """An article whose meeting date (or its year) could not be found: the build skips it
    with this error; ``extract`` prints the article with ``date: null`` and the error."""

    def __init__(self, article: Article):
        self.article = article
        if article.date is None and article.date_text:
            message = (f"the lead says '{article.date_text}' but nothing gives the day it was published, "
                       "so the meeting date is unknown")
            hint = ("start the file name with the publication date (YYYY-MM-DD-name.txt), or add "
                    "'published: YYYY-MM-DD' or 'date: YYYY-MM-DD' in front matter")
        elif article.date is None:
            message, hint = "no meeting date found in the lead", _DATE_HINT
        else:
            message = f"the meeting date '{article.date_text}' has no year, and the text names none to infer it from"
            hint = _DATE_HINT
        super().__init__(article, message, hint)

    def __reduce__(self):
        return (type(self), (self.article,))


_DATE_HINT = ("add 'date: YYYY-MM-DD' in front matter, write the date with its year in the lead, "
              "or start the file name with the date (YYYY-MM-DD-name.txt)")


def _label_head_dates(figures, date, article, lang):
    """The date in the head and lead that is the meeting's own is labelled as such; one before
    it, a few days later (``ฉบับที่ 214/2567 วันที่ 9 ตุลาคม 2567``, then ``เมื่อวันที่ 8 ตุลาคม``),
    is the day the release or story was published."""
    head_end = article.paragraphs[min(_HEAD_PARAGRAPHS, len(article.paragraphs)) - 1][1]
    # the lead itself, however many release, byline or page lines stand above it
    head_end = max(head_end, next((end for _, end in article.paragraphs if end > article.lead_start), head_end))
    # "เมื่อวันที่ 5 มี.ค. 69 ที่ห้องประชุม…": a paragraph after the lead that opens with the meeting's date
    opening = next((start for start, _ in article.paragraphs if start >= head_end), None)
    out, meeting_at = [], None
    for figure in figures:
        own = figure.value == date or figure.kind == "range" and isinstance(figure.value, list) and figure.value[0] == date
        opens = opening is not None and 0 <= figure.start - opening < _OPENING_CHARS \
            or meeting_at is None and bool(article.date_text) and figure.text == article.date_text  # where it was read
        if figure.kind in {"date", "range"} and own and (figure.start < head_end or opens):
            figure = replace(figure, label=lang["meeting_word"])
            meeting_at = figure.start if meeting_at is None else meeting_at
        out.append(figure)
    if meeting_at is None or not date:
        return tuple(out)
    return tuple(replace(f, label=lang["published_word"]) if f.start < meeting_at and _published_after(f, date) else f
                 for f in out)


def _without_filing_dates(figures: tuple[Figure, ...], date: str | None, article: Article, lang) -> tuple[Figure, ...]:
    """A date above the lead that only files the story or release (a byline's or a release line's
    date, ``राजेश तिवारी, कनकपुर | 9 जुलाई 2025``, labelled as published or by no event), a date
    anywhere that says when the release was issued or the page updated (``update_words``), and a line
    that is only a date and its word (``दिनांक: १०.०४.२०२५`` under minutes' signature) is page or
    document furniture, as a careful reader lists it: not a figure of the meeting."""
    filing = {lang["published_word"], (lang["date_words"] or {}).get("date")}
    day = (date or "")[-5:]  # the meeting's month and day, whether or not the figure has its year
    updated = {lang["published_word"], *(lang["update_words"] or [])}  # anywhere: "ฉบับที่ 214 วันที่ 9 ต.ค."
    return tuple(f for f in figures if not (f.kind == "date" and str(f.value)[-5:] != day and (
        f.start < article.lead_start and f.label in filing and not f.headline or f.label in updated
        or _date_line(article.text, f, lang))))


def _without_head_lines(figures: tuple[Figure, ...], article: Article, lang) -> tuple[Figure, ...]:
    """A number on a line of the head above the lead that is a byline or a release's or letter's line
    (``ที่ ลท ๐๓๑๘/ว ๑๔๒๗``, an address ending in a postcode, ``สิ่งที่ส่งมาด้วย … จำนวน ๑ ชุด``) is
    the page's or the letter's, not the meeting's; dates are the date stages'."""
    head_line, openers = forms_of(lang).head_line, tuple(lang["release_openers"] or ["\0"])
    head = [(span, article.text[slice(*span)]) for span in article.paragraphs if span[1] <= article.lead_start]
    sessions = _session_lines(article, lang)
    furniture = [span for span, line in head if (head_line.fullmatch(line) or line.startswith(openers))
                 and span not in sessions]  # "पत्रांक: ४१२/म.भो./२०२५-२६  दिनांक: …"
    dated = [f.kind == "date" or f.kind == "range" and isinstance(f.value, list) and isinstance(f.value[0], str)
             for f in figures]  # not a session's years in a letter's number ("…/२०२५-२६")
    return tuple(f for f, day in zip(figures, dated) if day or f.headline or not any(a <= f.start < b for a, b in furniture))


def _date_line(text: str, figure: Figure, lang) -> bool:
    """Whether the figure's line is only the date and a date word (``दिनांक: १०.०४.२०२५``, ``วันที่ ๑๐ เม.ย. ๖๘``),
    after a letter's reference (``पृ. क्रमांक/…/९१८  दिनांक ३१.०७.२०२५``: ``release_openers``) or not."""
    start, end = text.rfind("\n", 0, figure.start) + 1, text.find("\n", figure.end)
    rest = (text[start:figure.start] + text[figure.end:end if end >= 0 else len(text)]).strip(" \t:-–|,।")
    prefixes = lang["date_prefixes"] or []
    opener = max((o for o in lang["release_openers"] or [] if rest.startswith(o)), key=len, default="")
    words = rest[len(opener):].lstrip(" :-").split() if opener else []
    return rest in prefixes or len(words) == 2 and words[1] in prefixes  # the opener, one reference, the date word


def _published_after(figure, date: str) -> bool:
    if figure.kind != "date" or not isinstance(figure.value, str) or figure.value.startswith("-"):
        return False
    try:
        days = (datetime.date.fromisoformat(figure.value) - datetime.date.fromisoformat(date)).days
    except ValueError:
        return False
    return 0 < days <= PUBLISHED_WITHIN_DAYS


_OPENING_CHARS = 20  # "เมื่อวันที่ ", "बैठक बुधवार, " before a date that opens a paragraph
_HEAD_PARAGRAPHS = 3  # headline, a release or byline line, the lead
