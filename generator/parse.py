"""``Source`` → ``Article``: body, dateline, meeting day, sentences, title, description.

Offsets (of paragraphs, sentences and later figures) index ``Source.text``,
the whole decoded file, so ``text[start:end]`` is always what the file says.
"""

from __future__ import annotations

import calendar
import re

from generator.errors import ArticleError
from generator.language import Language, get_language
from generator.model import Article, Sentence, Source
from generator.numerals import ascii_digits, tokenize

_TITLE_MAX = 160
_DESCRIPTION_MAX = 300
_LATIN_TAG = r"[A-Z][A-Z0-9.]{1,9}"
_PARENS = re.compile(r"\s*\([^()]*\)")


def parse_article(source: Source, lang_code: str) -> Article:
    """Split an article into what the later stages need.

    >>> from generator.read import read_source
    >>> a = parse_article(read_source("x.txt", "BTO- บ่ายวันที่ 27 กุมภาพันธ์ คณะกรรมการได้จัดการประชุมเพื่อประเมินผล\\nแหล่งที่มา\\n".encode()), "th")
    >>> a.source_tag, a.date, a.title, len(a.paragraphs)
    ('BTO', '--02-27', 'คณะกรรมการได้จัดการประชุม', 1)
    """
    lang = get_language(lang_code)
    spans = _body_paragraphs(source, lang)
    if not spans:
        raise ArticleError(source.path, source.body_line, "no article text",
                           "the file is empty or holds only page leftovers such as 'Source' lines")
    text = source.text
    first_start, first_end = spans[0]
    tag, dateline_end = _dateline(text, first_start, first_end, lang)
    month_day, date_end = _lead_date(text, dateline_end, first_end, lang)
    sentences = tuple(s for i, span in enumerate(spans) for s in _sentences(text, span, i, lang))
    lead = text[date_end:first_end] if month_day else text[dateline_end:first_end]
    meta = source.meta
    date = meta.get("date") or (f"--{month_day[0]:02d}-{month_day[1]:02d}" if month_day else None)
    if date is None:
        raise ArticleError(source.path, source.body_line, "no meeting date found in the lead",
                           "add 'date: YYYY-MM-DD' in front matter")
    return Article(
        path=source.path, lang=lang_code, text=text,
        paragraphs=tuple(spans), sentences=sentences, date=date,
        title=meta.get("title") or make_title(lead, lang),
        description=meta.get("description") or make_description(text[dateline_end:first_end], lang),
        source_tag=tag, dateline=text[first_start:dateline_end] or None,
        slug=meta.get("slug"), meeting=meta.get("meeting"), source_url=meta.get("source_url"),
        sha=source.sha, line=source.body_line, meta_lines=source.meta_lines,
    )


def _body_paragraphs(source: Source, lang: Language) -> list[tuple[int, int]]:
    """Spans of non-blank lines, without the web-page leftovers at the end."""
    spans, pos = [], source.body_start
    for line in source.text[source.body_start:].split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
        pos += len(line) + 1
    leftovers = [re.compile(p) for p in lang["leftovers"]]
    while spans and any(p.fullmatch(source.text[slice(*spans[-1])]) for p in leftovers):
        spans.pop()
    return spans


def _dateline(text: str, start: int, end: int, lang: Language) -> tuple[str | None, int]:
    """``BTO-`` / ``बीटीओ-`` at the start of the lead: the source tag, and where the lead goes on."""
    tags = "|".join([_LATIN_TAG] + [re.escape(t) for t in lang["source_tags"]])
    match = re.compile(rf"({tags})\s?[-–—]\s*").match(text, start, end)
    return (match.group(1), match.end()) if match else (None, start)


def _lead_date(text: str, start: int, end: int, lang: Language) -> tuple[tuple[int, int] | None, int]:
    """Month and day of the meeting from the first words of the lead, and where they end."""
    head = text[start:min(end, start + 160)]
    months = "|".join(sorted(map(re.escape, lang["months"]), key=len, reverse=True))
    match = re.search(rf"(\d{{1,2}})\s*({months})(?:\s+\d{{4}})?", head)
    if match and match.start() < 60:
        day = int(ascii_digits(match.group(1)))
        month = lang["months"][match.group(2)]
        if is_day_of(month, day):
            return (month, day), start + match.end()
    match = re.match(r"\D{0,20}?(\d{1,2})/(\d{1,2})(?:/\d{4})?(?!\d)", head)
    if match:
        day, month = int(ascii_digits(match.group(1))), int(ascii_digits(match.group(2)))
        if 1 <= month <= 12 and is_day_of(month, day):
            return (month, day), start + match.end()
    return None, start


def is_day_of(month: int, day: int, year: int = 2024) -> bool:
    """Whether the day exists in the month (in a leap year unless ``year`` is given).

    >>> is_day_of(2, 29), is_day_of(2, 30), is_day_of(2, 29, 2023)
    (True, False, False)
    """
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _sentences(text: str, span: tuple[int, int], paragraph: int, lang: Language) -> list[Sentence]:
    """Sentences of a paragraph. Sentences only locate figures, so a paragraph with no
    digit and no number word stays whole: Thai sentence segmentation is the costliest step."""
    start, end = span
    chunk = text[start:end]
    if not _may_hold_figures(chunk, lang):
        return [Sentence(start, end, paragraph)]
    if lang.code == "th":
        from generator import thai

        # crfcut is slow and superlinear: feed it pieces of a long paragraph, cut at spaces,
        # and only the pieces that may hold a figure (the others stay whole).
        pieces = [s for piece in _pieces(chunk, 2000)
                  for s in (thai.sentences(piece) if _may_hold_figures(piece, lang) else [piece])]
    else:
        pieces = re.split(r"(?<=[।!?|])\s+|(?<=[^\d\s]\.)\s+", chunk)
    out, pos = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = chunk.find(piece, pos)
        if found < 0:
            continue
        out.append(Sentence(start + found, start + found + len(piece), paragraph))
        pos = found + len(piece)
    return out or [Sentence(start, end, paragraph)]


def _pieces(text: str, size: int) -> list[str]:
    """``text`` in consecutive pieces of about ``size`` characters, cut after a space where there is one.

    >>> _pieces("aa bb cc", 4)
    ['aa ', 'bb ', 'cc']
    """
    out, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            space = text.rfind(" ", start + 1, end)
            end = space + 1 if space > start else end
        out.append(text[start:end])
        start = end
    return out


def _may_hold_figures(chunk: str, lang: Language) -> bool:
    return bool(re.search(r"\d", chunk)) or any(word in chunk for word in lang["numbers"])


def make_title(lead: str, lang: Language) -> str:
    """A concise title from the lead (after its dateline and date): its first
    sentence without time words, parentheses and purpose clauses, cut at a
    clause boundary if still too long.

    >>> from generator.language import get_language
    >>> make_title(" की दोपहर को, समिति (एबीसी) ने परिणामों का मूल्यांकन करने के लिए बैठक की।", get_language("hi"))
    'समिति ने बैठक की'
    """
    text = lead.strip()
    for phrase in sorted(lang["lead_time"], key=len, reverse=True):
        if text.startswith(phrase):
            text = text[len(phrase):]
            break
    text = text.lstrip(" ,:-–—")
    text = re.split(r"(?<=[।!?])\s|(?<=[^\d\s]\.)\s", text, maxsplit=1)[0].rstrip("।.!? ")
    text = _PARENS.sub("", text)
    for pattern in lang["title_drop"]:
        text = re.sub(pattern, "", text, count=1)
    text = _cut_at_words(text, lang["title_cut_words"], lang)
    return _shorten(text, _TITLE_MAX, lang)


def make_description(lead: str, lang: Language) -> str:
    """The lead paragraph for listings and meta tags, cut at a clause boundary."""
    return _shorten(lead.strip(), _DESCRIPTION_MAX, lang)


def _cut_at_words(text: str, words: list[str], lang: Language) -> str:
    """Cut before the first whole word in ``words`` (found by segmentation, so ``เพื่อน`` is not ``เพื่อ``)."""
    if not words:
        return text
    for token in tokenize(text, lang):
        if token.text in words and token.start > 20:
            return text[:token.start].rstrip()
    return text


def _shorten(text: str, limit: int, lang: Language) -> str:
    if len(text) <= limit:
        return text
    marks = [m for mark in lang["clause_marks"] for m in [text.rfind(mark, 0, limit)] if m > limit // 3]
    if marks:
        return text[:max(marks)].rstrip(" ,;") + "…"
    words = [t for t in tokenize(text[:limit], lang) if t.kind == "space" or t.kind == "word"]
    cut = max((t.start for t in words if t.start <= limit - 1 and t.start > limit // 2), default=limit - 1)
    return text[:cut].rstrip() + "…"
