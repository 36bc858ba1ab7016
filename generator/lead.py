"""The head of an article, as newsrooms write it: a headline line, credit lines, a date
line, the dateline that opens the lead, and the date the text gives.

Every form is built from the language's data (``generator/lang/<code>.yml``: months,
``source_tags``, ``agencies``, ``bylines``, ``date_prefixes``, ``relative_days``,
``weekdays``) and CLDR's weekday names (Babel), so a new newsroom's habits are data.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass, replace

from babel.dates import get_day_names

from generator.dates import gregorian_year
from generator.language import Language
from generator.numerals import ascii_digits

_HEADLINE_MAX = 160
_LATIN_TAG = r"[A-Z][A-Z0-9.]{1,9}"
_D = "[0-9०-९๐-๙]"
_DATELINE_DATE_WITHIN = 40  # characters from a paragraph's start
PUBLISHED_WITHIN_DAYS = 10  # a release or byline dated up to this many days after the meeting its lead dates
_RELEASE_LINE_MAX = 60  # a line this short with a numeric date in it: a release's number and date
_PROSE_HEAD_LINES = 8  # the lines a head may take before the lead
_PROSE_MIN = 140  # characters: a line this long is prose, not a head line
_LABEL_LINE_MAX = 40  # characters: "Published by: …", not "Sonbhadra News: a headline"
_OFFICE_LINE_MAX = 70  # characters: an office's name, not a headline about the office
_OFFICE_WORDS = 8
_LIST_ITEM = re.compile(r"\s*[\d०-९๐-๙]{1,2}[.)]\s")
_TITLE_WORDS = 4  # fewer words than this: an office's name or a byline, not a headline
_DEVANAGARI = "\u0900-\u097f"


@dataclass(frozen=True)
class TextDate:
    """A date as the text writes it: ``9 जुलाई``, ``วันศุกร์ที่ 12 มีนาคม 2564``, ``14-15 मार्च``."""

    month: int
    day: int
    year: int | None
    last_day: int | None
    start: int
    end: int


@dataclass(frozen=True)
class Relative:
    """A day named relative to publication: ``आज``, ``เมื่อวานนี้`` (``days`` before), or a weekday."""

    days: int | None
    weekday: int | None
    start: int
    end: int


@dataclass(frozen=True)
class Head:
    headline: tuple[int, int] | None
    """Span of a headline line: the title, not the body."""
    lead: int
    """Index (into the paragraphs) of the lead: the first paragraph after headline and date line."""
    dateline: tuple[int, int] | None
    source_tag: str | None
    lead_start: int
    """Where the lead's own words start: after its dateline, credit and date."""
    after_dateline: int
    """Where the lead goes on after its dateline and credit (its date included)."""
    date: TextDate | None
    relative: Relative | None


def read_head(text: str, spans: list[tuple[int, int]], lang: Language) -> Head:
    """Find headline, date line, dateline and the date in the first paragraphs.

    >>> from generator.language import get_language
    >>> t = "समिति ने कृषि की समीक्षा की\\nनई दिल्ली, 9 जुलाई (भाषा) समिति ने आज बैठक की।"
    >>> h = read_head(t, [(0, 27), (28, len(t))], get_language("hi"))
    >>> t[slice(*h.headline)], t[slice(*h.dateline)], (h.date.day, h.date.month), t[h.lead_start:h.lead_start + 5]
    ('समिति ने कृषि की समीक्षा की', 'नई दिल्ली, 9 जुलाई (भाषा)', (9, 7), 'समिति')
    """
    forms = _forms(lang)
    index, headline, date, dateline = 0, None, None, None
    fallback: TextDate | None = None
    page: TextDate | None = None  # a news site's page date ("Updated: Feb 14, 2025")
    prose = next((i for i in range(min(len(spans), _PROSE_HEAD_LINES)) if _prose(text[slice(*spans[i])])), None)
    while index < min(len(spans) - 1, _PROSE_HEAD_LINES):
        start, end = spans[index]
        line = text[start:end]
        if prose is not None and index < prose and (_page_furniture(line) or _label_line(line) or _office(line, lang)):
            on_page = _any_date(line, start, forms, lang)  # "ข่าว › การศึกษา", "Read Time: 4 mins", "राजेश | सीहोर | 14 सितंबर 2024"
            page = page or (on_page if on_page and on_page.year else None)
            index += 1
            continue
        whole = forms.date_line.fullmatch(line)
        if whole and date is None:
            date = _text_date(whole, start, lang)
            index += 1
            continue
        numeric = forms.numeric_line.fullmatch(line)
        if numeric and date is None:  # "लखनऊ : दिनांक 15.07.2024", "วันที่ 15/3/67"
            date = _numeric_date(numeric, start, lang)
            if date is not None:
                index += 1
                continue
        released = forms.numeric_date.search(line) if len(line) <= _RELEASE_LINE_MAX else None
        if released and fallback is None and index + 1 < len(spans) - 1:
            # "ข่าวที่ 112/2567 วันที่ 15/3/67": a release's number and date; the lead may date the meeting
            fallback = _numeric_date(released, start, lang)
            if fallback is not None:
                index += 1
                continue
        if forms.meta_line.fullmatch(line):  # "Updated: Feb 14, 2025, 20:15 IST": the page's date
            found = forms.date.search(line)
            page = page or (_text_date(found, start, lang) if found else None)
            index += 1
            continue
        found = forms.dateline.fullmatch(line)
        if found and dateline is None and found.group("date"):
            dateline, date = (start, end), date or _text_date(found, start, lang)
            index += 1
            continue
        if forms.head_line.fullmatch(line):
            index += 1
            continue
        following = text[slice(*spans[index + 1])]
        if (headline is None or forms.dateline.match(following)) and _is_headline(line, following, forms):
            headline = (start, end)  # a second one right above the dateline: the first was the office's name
            index += 1
            continue
        break
    head = _head_at(text, spans, index, headline, date, dateline, fallback, page, lang)
    if head.date is None:  # "कृषि विभाग, राजस्थान / प्रेस विज्ञप्ति / …": a head the lines above did not read
        return _prose_head(text, spans, lang, headline) or head
    return head


def _prose_head(text: str, spans: list[tuple[int, int]], lang: Language, headline) -> Head | None:
    """The head of an article whose first lines are an office's name, a breadcrumb, a byline or page
    data (``ข่าวภูมิภาค » … / headline / 12 มี.ค. 2568 | 15:07 น.``): the lead is the first paragraph
    of prose, the headline the one found above it or the first line that reads as one, and a date in the lines above
    it (the page's or the release's) gives a year the lead leaves out."""
    forms = _forms(lang)
    lead = next((i for i in range(min(len(spans), _PROSE_HEAD_LINES)) if _prose(text[slice(*spans[i])])), None)
    if not lead:
        return None
    above = [text[slice(*span)] for span in spans[:lead]]
    page = next((d for (start, _), line in zip(spans, above) if not _LIST_ITEM.match(line)
                 for d in [_any_date(line, start, forms, lang)] if d and d.year), None)  # not "2. 31 मार्च 2026 तक …"
    titles = [i for i, line in enumerate(above) if _title_like(line, forms, lang)]
    headline = headline or (spans[titles[0]] if titles else None)
    head = _head_at(text, spans, lead, headline, None, None, None, page, lang)
    if head.date and head.date.start >= spans[lead][0] and _opens_span(text, head.date.end, lang):
        head = replace(head, date=page)  # "24 मार्च से 10 अप्रैल तक सर्वे": a campaign's days, not the meeting's
    return head if head.date else None


def _page_date(text: str, lead: int, forms: _Forms, lang: Language) -> TextDate | None:
    """A date with its year on a line of page data above the lead, the lines set aside as page
    leftovers among them (``14 ก.พ. 2568 | 11:20 น. | ผู้เข้าชม 412``)."""
    at = 0
    for line in text[:lead].split("\n"):
        if _page_furniture(line) or _label_line(line) or forms.meta_line.fullmatch(line):
            found = _any_date(line, at, forms, lang)
            if found and found.year:
                return found
        at += len(line) + 1
    return None


def _opens_span(text: str, end: int, lang: Language) -> bool:
    following = text[end:end + 20].split()
    return bool(following) and following[0] in (lang["range_words"] or ())


def _prose(line: str) -> bool:
    """A paragraph of prose: long, or ending a sentence."""
    return len(line) >= _PROSE_MIN or bool(re.search(r"[।!?]\s*$|[^\d\s.]\.\s*$", line)) and len(line.split()) > _TITLE_WORDS * 2


def _title_like(line: str, forms: _Forms, lang: Language) -> bool:
    """A line above the lead that reads as a headline: a few words or more, no sentence mark at its
    end, no date, not a page's furniture, an office's name or a dateline."""
    return _TITLE_WORDS <= len(line.split()) and len(line) <= _HEADLINE_MAX and not re.search(r"[।॥:;]$", line) \
        and not (_page_furniture(line) or _label_line(line) or _office(line, lang) or _any_date(line, 0, forms, lang)
                 or forms.tag.match(line) or forms.dateline.match(line) or forms.head_line.fullmatch(line))


def _office(line: str, lang: Language) -> bool:
    """A line that names the office a release comes from (``कृषि विभाग, राजस्थान``, ``प्रेस विज्ञप्ति``,
    ``สำนักงานประชาสัมพันธ์จังหวัดระยอง``): short, without digits, with one of the language's office words."""
    words, office = line.split(), tuple(lang["office_words"] or ())
    named = line.startswith(office) if lang["office_at_start"] else any(word in line for word in office)
    return named and len(line) <= _OFFICE_LINE_MAX and not re.search(r"\d", line) \
        and len(words) <= _OFFICE_WORDS and not set(words) & set(lang["office_not_with"] or ())


def _label_line(line: str) -> bool:
    """A short line of page data as a name and a value (``Published by: आकाश दुबे``, ``समाचार क्रमांक : 612``)."""
    return len(line) <= _LABEL_LINE_MAX and bool(re.match(r"\s*\S+(?:\s+\S+){0,2}\s*:\s*\S", line))


def _page_furniture(line: str) -> bool:
    """A breadcrumb or a line of page data (``ข่าว › การศึกษา``, ``राजेश तिवारी | सीहोर``)."""
    return bool(re.search(r"[»›|]", line))


def _any_date(line: str, start: int, forms: _Forms, lang: Language) -> TextDate | None:
    found = forms.date.search(line)
    if found:
        return _text_date(found, start, lang)
    numeric = forms.numeric_date.search(line)
    return _numeric_date(numeric, start, lang) if numeric else None


def _head_at(text: str, spans: list[tuple[int, int]], index: int, headline, date: TextDate | None, dateline,
             fallback: TextDate | None, page: TextDate | None, lang: Language) -> Head:
    """The head whose lead is paragraph ``index``: its dateline, credit and date."""
    forms = _forms(lang)
    start, end = spans[index]
    tag, after = _dateline(text, start, end, forms)
    if after > start and dateline is None:
        dateline = (start, start + len(text[start:after].rstrip()))
        found = forms.dateline.match(text, start, end)
        if found and found.group("date") and date is None:
            date = _text_date(found, 0, lang)  # the match is over the whole text
    credit = forms.credit.match(text, after, end)
    if credit:
        after = credit.end()
        dateline = (start if dateline is None else dateline[0], start + len(text[start:after].rstrip(" ,:")))
    lead_start = after
    if date is None:
        near = forms.date.search(text, after, min(end, after + 160))
        if near and near.start() - after < 60:
            date = _text_date(near, 0, lang)
            lead_start = near.end() if near.start() - after < 25 else after
    sentence_end = _sentence_end(text, after, end)
    if date is None:
        later = forms.date.search(text, after, sentence_end)
        date = _text_date(later, 0, lang) if later else None
    elif date.start < after or _dateline_date(text, date, after):
        # a date in the head or the dateline; the lead may name the meeting's own, days before
        date = (_lead_date_before(text, after, sentence_end, date, forms, lang)
                or _lead_date_before(text, sentence_end, end, date, forms, lang, lang["meeting_date_after"]) or date)
    page = page or _page_date(text, start, forms, lang)
    if date and not date.year and page and page.year:  # "14 फरवरी को" on a page of Feb 14, 2025
        date = replace(date, year=page.year - (date.month > page.month + 1))  # December on a January page
    date = date or fallback or page
    # A weekday with a date without a year ("16 अक्टूबर … बुधवार को") can still give the year.
    relative = None if date and date.year else _relative(text, after, sentence_end, forms)
    return Head(headline=headline, lead=index, dateline=dateline, source_tag=tag, lead_start=lead_start,
                after_dateline=after, date=date, relative=relative)


@dataclass(frozen=True)
class _Forms:
    date: re.Pattern
    date_line: re.Pattern
    dateline: re.Pattern
    tag: re.Pattern
    credit: re.Pattern
    relative: re.Pattern
    relative_days: dict
    weekdays: dict
    numeric_line: re.Pattern
    numeric_date: re.Pattern
    head_line: re.Pattern
    """A byline or a release's number: a line of the head that is neither title nor lead."""
    meta_line: re.Pattern
    """A news site's page data (``Updated: Feb 14, 2025``): its date is the page's."""


@functools.cache
def _forms_for(code: str) -> _Forms:
    from generator.language import get_language

    lang = get_language(code)
    months = _alternatives(lang["months"])
    year = rf"{_D}{{4}}|{_D}{{2}}(?![\d.:๐-๙])" if lang["calendar_offset"] else rf"{_D}{{4}}"
    era = r"(?:พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|सन्|वर्ष)"
    prefixes = _alternatives(lang["date_prefixes"])
    weekdays = {**{name: day for day, name in get_day_names("wide", locale=code).items()}, **lang["weekdays"]}
    weekday = _alternatives(weekdays)
    date = (rf"(?:(?:{weekday})\s*(?:ที่|,)?\s*)?(?:(?:{prefixes})\s*)?"
            rf"(?:(?P<day>{_D}{{1,2}})(?:\s*(?:-|–|และ|ถึง|से)\s*(?P<last>{_D}{{1,2}}))?\s*(?:เดือน\s*)?"
            rf"(?P<month>{months})(?:\s*,?\s*{era}?\s*(?P<year>{year}))?"
            rf"|(?P<mmonth>{months})\s+(?P<mday>{_D}{{1,2}}),?\s+(?P<myear>{_D}{{4}}))")  # "Feb 14, 2025"
    # A clock time after a date line: "เวลา 10.00 น.", "शाम 5 बजे" (without minutes, only with its word after).
    clock_before, clock_after = _alternatives(lang["time_before"]), _alternatives(lang["time_after"])
    time = (rf"(?:\s*,?\s*(?:(?:{clock_before})\s*)?{_D}{{1,2}}"
            rf"(?:[.:]{_D}{{2}}\s*(?:{clock_after})?|\s*(?:{clock_after})))?")
    tags = "|".join([_LATIN_TAG] + [re.escape(t) for t in [*lang["source_tags"], *lang["agencies"]]])
    agencies = "|".join([_LATIN_TAG] + [re.escape(t) for t in [*lang["agencies"], *lang["source_tags"]]])
    place = r"[^\s,()।:|\-–—\d๐-๙०-९]+(?: [^\s,()।:|\-–—\d๐-๙०-९]+){0,2}"
    dateline = (rf"(?P<place>{place})\s*[,|]?\s*(?P<date>{date})?\s*(?:\((?P<agency>{agencies})\))?"
                rf"(?(agency)\s*[।:\-–—|]?\s*|(?(date)\s*(?:[।:\-–—|]\s*|$)|(?!)))")
    relatives = {**lang["relative_days"], **{name: ("weekday", day) for name, day in weekdays.items()}}
    bound = f"(?<![{_DEVANAGARI}])" if code == "hi" else ""
    after = f"(?![{_DEVANAGARI}])" if code == "hi" else ""
    return _Forms(
        date=re.compile(date),
        date_line=re.compile(rf"\s*{date}{time}\s*[.,।]?\s*"),
        dateline=re.compile(dateline),
        tag=re.compile(rf"(?:(?P<tag>{tags})\s?[-–—]\s*|\(\s*(?P<ptag>{tags})\s*\)\s*[-–—:।]?\s*)"),
        credit=re.compile("|".join(f"(?:{p})" for p in lang["bylines"]) + r"\s*[,:]?\s*" if lang["bylines"] else "(?!)"),
        relative=re.compile(rf"{bound}(?P<word>{_alternatives(relatives)}){after}"),
        relative_days=dict(lang["relative_days"]), weekdays=weekdays,
        numeric_date=re.compile(rf"(?<![\d/.])(?P<nday>{_D}{{1,2}})(?P<sep>[./-])(?P<nmonth>{_D}{{1,2}})(?P=sep)"
                                rf"(?P<nyear>{_D}{{4}}|{_D}{{2}})(?![\d/.])"),
        head_line=re.compile("|".join(f"(?:{p})" for p in [*lang["bylines"], *lang["release_lines"]]) or "(?!)"),
        meta_line=re.compile("|".join(f"(?:{p})" for p in lang["meta_lines"] or []) or "(?!)"),
        numeric_line=re.compile(rf"\s*(?:{place}\s*[:,]\s*)?(?:(?:{prefixes})\s*[:.]?\s*)?(?P<nday>{_D}{{1,2}})(?P<sep>[./-])"
                                rf"(?P<nmonth>{_D}{{1,2}})(?P=sep)(?P<nyear>{_D}{{4}}|{_D}{{2}}){time}\s*[.,।]?\s*"),
    )


def _forms(lang: Language) -> _Forms:
    return _forms_for(lang.code)


def _alternatives(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True)) or "(?!)"


def _dateline_date(text: str, date: TextDate, start: int) -> bool:
    """``चियांग राय (थाईलैंड), 12 मार्च (एजेंसी)।``: a date at the paragraph's start followed by an
    agency's credit is the dateline's, even where the dateline form did not match."""
    return date.start - start < _DATELINE_DATE_WITHIN and text[date.end:date.end + 3].lstrip()[:1] in ("(", "।")


def _lead_date_before(text: str, start: int, end: int, head: TextDate, forms: _Forms, lang: Language,
                      marked: list[str] | None = None) -> TextDate | None:
    """``…ฉบับที่ 214/2567 วันที่ 9 ตุลาคม 2567`` then ``เมื่อวันที่ 8 ตุลาคม 2567 …``: the head's
    date is the release's; a date the lead names up to ten days before it is the meeting's. Past
    the lead's first sentence, only a date followed by one of ``marked`` (``11 मार्च को``)."""
    found = forms.date.search(text, start, end)
    if found and marked is not None and not any(text[found.end():found.end() + 8].lstrip().startswith(w) for w in marked):
        found = None
    lead = _text_date(found, 0, lang) if found else None
    if lead is None:
        return None
    year = head.year or lead.year or 2024  # a leap year: only the distance matters without one
    try:
        days = (datetime.date(year, head.month, head.day) - datetime.date(lead.year or year, lead.month, lead.day)).days
    except ValueError:
        return None
    if not 0 < days <= PUBLISHED_WITHIN_DAYS:
        return None
    return replace(lead, year=lead.year or head.year)


def _text_date(match: re.Match, offset: int, lang: Language) -> TextDate | None:
    """The date a match of the date form holds, or None if it is no day of its month."""
    import calendar

    first = "m" if "mday" in match.re.groupindex and match.group("mday") else ""  # month first: "Feb 14, 2025"
    day = int(ascii_digits(match.group(f"{first}day")))
    month = lang["months"][match.group(f"{first}month")]
    written = match.group(f"{first}year")
    year = gregorian_year(ascii_digits(written), lang.code) if written else None
    last = int(ascii_digits(match.group("last"))) if not first and match.group("last") else None
    days = calendar.monthrange(year or 2024, month)[1]
    if not 1 <= day <= days or (last is not None and not day < last <= days):
        return None
    last_group = first + ("year" if year else "month")
    end = match.end(last_group)
    start = match.start("date") if "date" in match.re.groupindex else match.start()
    return TextDate(month, day, year, last, start + offset, end + offset)


def _numeric_date(match: re.Match, offset: int, lang: Language) -> TextDate | None:
    """``15.07.2024``, ``15/3/67`` (a Thai year in two digits is Buddhist Era): day, month, year."""
    import calendar

    day, month = int(ascii_digits(match.group("nday"))), int(ascii_digits(match.group("nmonth")))
    year = gregorian_year(ascii_digits(match.group("nyear")), lang.code)
    if year is None and len(match.group("nyear")) == 2:
        year = 2000 + int(ascii_digits(match.group("nyear")))
    if year is None or not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return TextDate(month, day, year, None, match.start("nday") + offset, match.end("nyear") + offset)


def _dateline(text: str, start: int, end: int, forms: _Forms) -> tuple[str | None, int]:
    """The source tag and where the lead goes on after the dateline (``start`` if none)."""
    tag = forms.tag.match(text, start, end)
    if tag:
        return tag.group("tag") or tag.group("ptag"), tag.end()
    found = forms.dateline.match(text, start, end)
    if found and (found.group("date") or found.group("agency")):
        return found.group("agency"), found.end()
    place = _PLACE_ONLY.match(text, start, end)
    return (None, place.end()) if place and place.end() < end else (None, start)


_PLACE_ONLY = re.compile(r"[^\s,()।:|\d]{2,20}(?: [^\s,()।:|\d]{2,20})?\s*[।:]\s+")


def is_page_data(line: str, lang: Language) -> bool:
    """A news site's page data above the lead (``Updated: Feb 14, 2025, 20:15 IST``, a breadcrumb, ``Read
    Time: 4 mins``, the office a release comes from): read for its date, not part of the article's text.
    A line of place and date stays: it dates the meeting."""
    forms = _forms(lang)
    if forms.meta_line.fullmatch(line) or _office(line, lang):
        return True  # not "भोपाल | 25 जून 2024", "लखनऊ : दिनांक 15.07.2024": a place and a date are a dateline
    return (_page_furniture(line) or _label_line(line)) and _any_date(line, 0, forms, lang) is None


def _is_headline(line: str, following: str, forms: _Forms) -> bool:
    """A first line that is short, ends without a sentence mark, does not open with a
    dateline or date, and is followed by a longer paragraph (or a date line)."""
    if len(line) > _HEADLINE_MAX or re.search(r"[।॥:;,]$|(?<![\u0e00-\u0e7f])\.$", line):  # "21 รพ.": an abbreviation
        return False
    if forms.tag.match(line) or forms.date.match(line) or forms.dateline.match(line):
        return False
    release = len(following) <= _RELEASE_LINE_MAX and forms.numeric_date.search(following)
    return len(following) > len(line) or bool(forms.date_line.fullmatch(following) or forms.dateline.fullmatch(following)
                                               or forms.numeric_line.fullmatch(following) or release
                                               or forms.head_line.fullmatch(following) or forms.meta_line.fullmatch(following))


def _sentence_end(text: str, start: int, end: int) -> int:
    found = re.compile(r"[।!?]|(?<=[^\d\s.]\.)\s").search(text, start, min(end, start + 300))
    return found.start() if found else min(end, start + 300)


def relative_words(text: str, lang: Language) -> list[str]:
    """The relative days and weekdays ``text`` names (a derived title leaves them out).

    >>> from generator.language import get_language
    >>> relative_words("समिति ने मंगलवार को आज बैठक की", get_language("hi"))
    ['मंगलवार', 'आज']
    """
    return [m.group("word") for m in _forms(lang).relative.finditer(text)]


def _relative(text: str, start: int, end: int, forms: _Forms) -> Relative | None:
    found = forms.relative.search(text, start, end)
    if not found:
        return None
    word = found.group("word")
    if word in forms.weekdays:
        return Relative(None, forms.weekdays[word], found.start(), found.end())
    return Relative(forms.relative_days[word], None, found.start(), found.end())
