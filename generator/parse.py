"""``Source`` → ``Article``: body without page leftovers, headline, dateline, meeting date, sentences, title, description.

Offsets (of paragraphs, sentences and later figures) index ``Source.text``,
the whole decoded file, so ``text[start:end]`` is always what the file says.
"""

from __future__ import annotations

import calendar
import re

from generator.dates import date_from_name, days_before, last_weekday, year_near
from generator.errors import ArticleError
from generator.headforms import MASTHEAD_WORDS, is_masthead, is_page_data
from generator.language import Language, get_language
from generator.lead import Head, read_head, relative_words
from generator.model import Article, Sentence, Source
from generator.numerals import ascii_digits
from generator.titles import make_description, make_title


def parse_article(source: Source, lang_code: str) -> Article:
    """Split an article into what the later stages need.

    The meeting date comes from front matter ``date:``; else from the text (a date line,
    the dateline or the lead; a year written with it wins, else the year comes from the
    publication date or, later, from the years the text names); else from a relative day
    (``आज``, ``เมื่อวานนี้``, a weekday) and the publication date (front matter
    ``published:`` or the file name's ``YYYY-MM-DD-`` prefix); else from the file name.
    Without any, ``date`` is None and ``pipeline`` says why.

    >>> from generator.read import read_source
    >>> text = "BTO- บ่ายวันที่ 27 กุมภาพันธ์ คณะกรรมการได้จัดการประชุมเพื่อประเมินผล\\nแหล่งที่มา\\n"
    >>> a = parse_article(read_source("x.txt", text.encode()), "th")
    >>> a.source_tag, a.date, a.title, len(a.paragraphs), a.leftovers
    ('BTO', '--02-27', 'คณะกรรมการได้จัดการประชุมเพื่อประเมินผล', 1, {'2': 'แหล่งที่มา'})
    """
    lang = get_language(lang_code)
    spans, leftovers = _body_paragraphs(source, lang)
    if not spans:
        raise ArticleError(source.path, source.body_line, "no article text",
                           "the file is empty or holds only page leftovers such as 'Source' lines")
    text, meta = source.text, source.meta
    head = read_head(text, spans, lang)
    lead_end = spans[head.lead][1]
    date, date_end, date_source, date_text = _meeting_date(source, head)
    drop = relative_words(text[head.lead_start:lead_end], lang)
    if head.date and head.lead_start <= head.date.start < lead_end:
        drop.insert(0, text[_date_prefixed(text, head.lead_start, head.date.start, lang):head.date.end])
        # the date inside the lead's sentence, with its word ("दिनांक 12.03.2025")
    title = meta.get("title") or (text[slice(*head.headline)] if head.headline else
                                  make_title(text[head.lead_start:lead_end], lang, drop))
    if not re.search(r"\w", title):
        title = ""  # refused by the build (pipeline.IncompleteArticle); extract still reads the figures
    paragraphs = [s for i, s in enumerate(spans)
                  if s != head.headline and not (i < head.lead and _page_data(text, spans, i, head.headline, lang))]
    sentences = tuple(s for i, span in enumerate(paragraphs) for s in _sentences(text, span, i, lang))
    dateline = head.dateline
    weekday = head.relative.weekday if head.date and not head.date.year and head.relative else None
    return Article(
        path=source.path, lang=lang_code, text=text,
        paragraphs=tuple(paragraphs), sentences=sentences, date=date,
        title=title,
        description=meta.get("description") or make_description(text[head.after_dateline:lead_end], lang),
        source_tag=head.source_tag, dateline=text[slice(*dateline)].strip() if dateline else None,
        slug=meta.get("slug"), meeting=meta.get("meeting"), source_url=meta.get("source_url"),
        sha=source.sha, line=source.body_line, meta_lines=source.meta_lines,
        date_source=date_source, date_text=date_text, date_end=date_end, leftovers=leftovers,
        file_text=source.file_text, shifts=source.shifts, weekday=weekday,
        headline=head.headline if head.headline and not meta.get("title") else None, lead_start=head.lead_start,
    )


def _meeting_date(source: Source, head: Head) -> tuple[str | None, str | None, str, str | None]:
    """The meeting date (``--MM-DD`` when only the year is missing), its last day, where it
    came from, and the words of the text it was read from."""
    text, meta = source.text, source.meta
    named = date_from_name(source.path)
    published = meta.get("published") or named
    against = "published" if meta.get("published") else "file name"
    if meta.get("date"):
        return meta["date"], None, "front matter", None
    found = head.date
    if found:
        year = found.year or (year_near(found.month, found.day, published) if published else None)
        last = (f"{year:04d}-{found.month:02d}-{found.last_day:02d}" if year else f"--{found.month:02d}-{found.last_day:02d}"
                ) if found.last_day else None
        date = f"{year:04d}-{found.month:02d}-{found.day:02d}" if year else f"--{found.month:02d}-{found.day:02d}"
        source_name = "text" if found.year or not published else f"text, year from {against}"
        return date, last, source_name, text[found.start:found.end].strip()
    relative = head.relative
    if relative and published:
        words = text[relative.start:relative.end]
        resolved = (days_before(published, relative.days) if relative.days is not None
                    else last_weekday(published, relative.weekday or 0))
        return resolved, None, f"relative to {against}", words
    if named:
        return named, None, "file name", None
    return None, None, "", text[relative.start:relative.end] if relative else None


def _line(source: Source, offset: int) -> int:
    return source.text.count("\n", 0, offset) + 1


_LEFTOVER_MAX = 250
_RELATED_MAX = 12  # the most lines a list of related stories at the end of a page is taken for



def _date_prefixed(text: str, lead_start: int, start: int, lang) -> int:
    """Where a date that starts at ``start`` starts with the date word written before it (``दिनांक``)."""
    before = text[lead_start:start].rstrip()
    prefix = next((p for p in lang["date_prefixes"] or [] if before.endswith(p)), None)
    return lead_start + len(before) - len(prefix) if prefix else start

def _body_paragraphs(source: Source, lang: Language) -> tuple[list[tuple[int, int]], dict[str, str]]:
    """Spans of non-blank lines without web-page leftovers (anywhere, and the sign-offs
    that only end a page), and the leftovers dropped: line number (as text) → line."""
    spans, pos = [], source.body_start
    for line in source.text[source.body_start:].split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
        pos += len(line) + 1
    anywhere = [re.compile(p) for p in lang["leftovers"]] + [_REACTIONS_LINE]
    at_end = anywhere + [re.compile(p) for p in lang["trailing_leftovers"]]
    text, dropped = source.text, {}

    def leftover(span, patterns) -> bool:
        line = text[slice(*span)]
        return len(line) <= _LEFTOVER_MAX and (any(p.fullmatch(line) for p in patterns) or _counter_bar(line, patterns))

    related = [re.compile(p) for p in lang["related_links"] or []]
    for i in reversed(_link_lists(text, spans, [leftover(span, related) for span in spans])):
        dropped[str(_line(source, spans[i][0]))] = text[slice(*spans[i])]
        del spans[i]  # "ข่าวที่เกี่ยวข้อง" between paragraphs, and its list of other stories' headlines
    opens = [i for i, span in enumerate(spans) if leftover(span, related)]
    if opens and len(spans) - opens[0] <= _RELATED_MAX and all(e - s <= _LEFTOVER_MAX for s, e in spans[opens[0]:]):
        for span in spans[opens[0]:]:  # "ये भी पढ़ें" and the related stories' headlines under it
            dropped[str(_line(source, span[0]))] = text[slice(*span)]
        del spans[opens[0]:]
    while spans and leftover(spans[-1], at_end):
        span = spans.pop()
        dropped[str(_line(source, span[0]))] = text[slice(*span)]
    inline = [re.compile(rf"(?:{p})(?<=[:\-–])\s*\S.*|(?:{p})\s*[:\-–]\s*\S.*") for p in lang["related_links"] or []]
    kept = []
    for span in spans:  # "อ่านข่าวเพิ่มเติม : <another story's headline>" between paragraphs
        if leftover(span, anywhere) or leftover(span, inline):
            dropped[str(_line(source, span[0]))] = text[slice(*span)]
        else:
            kept.append(span)
    return kept, dict(sorted(dropped.items(), key=lambda item: int(item[0])))


def _link_lists(text: str, spans: list[tuple[int, int]], opener: list[bool]) -> list[int]:
    """The lines of each list of links under an opener (``ข่าวที่เกี่ยวข้อง``, ``ये भी पढ़ें``): the opener and
    the short bulleted lines right after it (``- ครม.อนุมัติ 1,200 ล้าน ช่วยเกษตรกร…``)."""
    lines: list[int] = []
    for i in (i for i, opens in enumerate(opener) if opens):
        j = i + 1
        while j < len(spans) and _BULLET.match(text[slice(*spans[j])]) and spans[j][1] - spans[j][0] <= _LEFTOVER_MAX:
            j += 1
        lines += range(i, j) if j > i + 1 else []
    return sorted(set(lines))


def _counter_bar(line: str, patterns: list[re.Pattern[str]]) -> bool:
    """``แชร์ 48 | ความคิดเห็น 2``, ``👁 १,२४५ बार पढ़ा गया | शेयर करें: व्हाट्सऐप | फेसबुक``: a bar of a
    page's counters and buttons, each a leftover or a name without digits, one at least a leftover; a post's
    time stamp may stand among them (``10:18 AM · 24 अप्रैल 2024 · 8,412 बार देखा गया``), and a count
    after emoji, the post's reactions (``👍❤️😍 1.2K    ความคิดเห็น 64 รายการ``)."""
    split = [piece.strip() for piece in re.split(r"\s[|·•]\s|\s{2,}", line)]
    pieces = [re.sub(r"^[^\w(]+", "", piece).strip() for piece in split]
    if len(pieces) < 2 or not all(pieces):
        return False
    matched = [any(p.fullmatch(piece) for p in patterns) for piece in pieces]
    # a count after emoji alone is the post's reactions ("👍❤️😍 1.2K"), beside its counters
    names = [(not re.search(r"\d", piece) or bool(_STAMP.search(ascii_digits(piece)))
              or bool(_REACTIONS.fullmatch(piece)) and _emoji(whole[:-len(piece)]))
             and len(piece.split()) <= _BAR_NAME_WORDS for piece, whole in zip(pieces, split)]
    return any(matched) and all(m or n for m, n in zip(matched, names))


_BULLET = re.compile(r"[-–•»*\u2190-\u21ff\u25a0-\u25ff\u2794-\u27bf]\s*\S")
"""A list item of links (``- ครม.อนุมัติ 1,200 ล้าน ช่วยเกษตรกร…``, ``▸ …``, ``➤ …``): a dash, a star, a
bullet, an arrow or a geometric shape before it."""
_BAR_NAME_WORDS = 3  # words of a button's name in a bar of counters ("फेसबुक", "X (Twitter)")


def _emoji(text: str) -> bool:
    """Whether ``text`` holds an emoji (a pictograph or a dingbat; not ``©`` or ``™``)."""
    return any(ord(c) >= 0x1F000 or 0x2600 <= ord(c) <= 0x27BF for c in text)


_REACTIONS = re.compile(r"\d{1,3}(?:,\d{2,3})*(?:\.\d+)?\s*[KkMm]?")
"""A count of reactions (``1.2K``, ``346``), not a date (``14.11.2024``)."""


_REACTIONS_LINE = re.compile("(?:[\U0001F600-\U0001F64F\U0001F44D\U0001F44F\u2764\uFE0F\U0001F970\U0001F97A]\\s*)+"
                             + _REACTIONS.pattern)
"""A post's reactions alone on their line (``👍❤️ 356``; the counters on the next): faces, likes, hearts and
claps, and their count."""
_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?$|(?:19|20|25)\d{2}$")
"""A post's time stamp among counters: a clock time, or a date ending in its year."""


def is_day_of(month: int, day: int, year: int = 2024) -> bool:
    """Whether the day exists in the month (in a leap year unless ``year`` is given).

    >>> is_day_of(2, 29), is_day_of(2, 30), is_day_of(2, 29, 2023)
    (True, False, False)
    """
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _page_data(text: str, spans: list[tuple[int, int]], i: int, headline, lang: Language) -> bool:
    """Page data above the lead (``Updated: Feb 14, 2025``), a paper's name above its own and a
    section's name above the headline (``ข่าวภูมิภาค``)."""
    line, following = text[slice(*spans[i])], spans[i + 1] if i + 1 < len(spans) else None
    if following is not None and following == headline and len(line.split()) < MASTHEAD_WORDS:
        return True
    return is_page_data(line, lang) or following is not None and is_masthead(line, text[slice(*following)], lang)


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
        pieces = _distributives_kept(_abbreviations_kept([
            s for piece in _pieces(chunk, 2000)
            for s in (thai.sentences(piece) if _may_hold_figures(piece, lang) else [piece])]), lang)
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


def _abbreviations_kept(pieces: list[str]) -> list[str]:
    """Thai ends no sentence with a full stop, so a piece that ends in one after a Thai letter ends
    in an abbreviation (``ผู้สมัครนายก อบจ.``, ``25-31 ม.ค.``) and goes on in the next piece
    (``crfcut`` ends a sentence at every word ending in a full stop).

    >>> _abbreviations_kept(["ผู้สมัครนายก อบจ. ", "3 คน ", "ครบ"])
    ['ผู้สมัครนายก อบจ. 3 คน ', 'ครบ']
    """
    out: list[str] = []
    for piece in pieces:
        if out and re.search(r"[\u0e01-\u0e4e]\.\s*$", out[-1]):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _distributives_kept(pieces: list[str], lang: Language) -> list[str]:
    """A piece that opens with an amount for each (``เครื่องละ ๑๘๐,๐๐๐ บาท``, ``ๆ ละ``: a classifier, unit or
    repeat mark and a word of ``per_suffixes`` before a number) goes on from the piece before, which names what
    each is (``crfcut`` cuts at the space between ``จำนวน ๒ เครื่อง`` and it)."""
    from generator import thai

    heads = {*lang["classifiers"], *(lang["repeat_marks"] or []), *(lang["units"] or {})}
    suffixes = tuple(lang["per_suffixes"] or ())
    out: list[str] = []
    for piece in pieces:
        opening = piece[:_DISTRIBUTIVE_CHARS]
        words = [w for w in thai.words(opening) if w.strip()] if out and any(s in opening for s in suffixes) else []
        if len(words) > 2 and words[0] in heads and words[1] in suffixes and words[2][0].isdigit():
            out[-1] += piece
        else:
            out.append(piece)
    return out


_DISTRIBUTIVE_CHARS = 40  # a piece's opening words, cut only where a per suffix is among them


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
