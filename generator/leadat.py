"""The head read from its lead: the dateline and credit that open the lead, and the date the lead gives
the meeting (its own, a dateline's, one in the paragraphs after it, or a weekday read against the page's or
the release's date). Called by ``lead`` for each paragraph it tries as the lead; what marks a date is the
language's data (``headforms``, ``leaddates``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.headforms import (
    Forms,
    TextDate,
    any_date,
    forms_of,
    is_prose,
    label_line,
    numeric_date,
    page_furniture,
    registered,
    text_date,
)
from generator.language import Language
from generator.leaddates import (
    Relative,
    due_by,
    held_on,
    lead_date_before,
    meeting_line_date,
    relative_day,
    relative_to,
    said_date,
    said_on,
    said_weekday,
    sentence_end_at,
    words_after,
    year_from,
)

_DATELINE_DATE_WITHIN = 40  # characters from a paragraph's start


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


def _page_date(text: str, lead: int, forms: Forms, lang: Language) -> TextDate | None:
    """A date with its year on a line of page data above the lead, the lines set aside as page
    leftovers among them (``14 ก.พ. 2568 | 11:20 น. | ผู้เข้าชม 412``)."""
    at = 0
    for line in text[:lead].split("\n"):
        if not registered(line, lang) and (page_furniture(line) or label_line(line) or forms.meta_line.fullmatch(line)):
            found = any_date(line, at, forms, lang)
            if found and found.year:
                return found
        at += len(line) + 1
    return None


_SPAN = re.compile(r"[\d०-९๐-๙]\s*[-–]\s*[\d०-९๐-๙]")  # days joined by a dash ("11–17 เมษายน")


def opens_span(text: str, end: int, lang: Language) -> bool:
    following = text[end:end + 20].split()
    return bool(following) and following[0] in (lang["range_words"] or ())


def head_at(text: str, spans: list[tuple[int, int]], index: int, headline, date: TextDate | None, dateline,
             fallback: TextDate | None, page: TextDate | None, lang: Language) -> Head:
    """The head whose lead is paragraph ``index``: its dateline, credit and date."""
    forms = forms_of(lang)
    start, end = spans[index]
    tag, after = _dateline(text, start, end, forms)
    if after > start and dateline is None:
        dateline = (start, start + len(text[start:after].rstrip()))
        found = forms.dateline.match(text, start, end)
        if found and found.group("date") and date is None:
            date = text_date(found, 0, lang)  # the match is over the whole text
    credit = forms.credit.match(text, after, end)
    if credit:
        after = credit.end()
        after += len(text[after:end]) - len(text[after:end].lstrip("।: "))  # "जागरण संवाददाता, लखनऊ।"
        dateline = (start if dateline is None else dateline[0], start + len(text[start:after].rstrip(" ,:")))
    lead_start = after
    if date is None:
        near = forms.date.search(text, after, min(end, after + 160))
        if near and near.start() - after < 60 and not opens_span(text, near.end(), lang):
            date = text_date(near, 0, lang)
            lead_start = near.end() if near.start() - after < 25 else after
    sentence_end = sentence_end_at(text, after, end)
    page = page or _page_date(text, start, forms, lang)
    published = fallback or page  # a release's date or the page's
    date = year_from(date, published)  # "14 फरवरी को" on a page of Feb 14, 2025
    if date is None:
        later = forms.date.search(text, after, sentence_end)
        date = text_date(later, 0, lang) if later and not opens_span(text, later.end(), lang) \
            and not _SPAN.search(later.group(0)) and not due_by(text, later.end(), lang) else None
        # not "… ३१ मार्च तक पूरा करने का निर्देश", nor "ระหว่างวันที่ 11–17 เมษายน": a deadline, a span of days
        numeric = forms.numeric_date.search(text, after, sentence_end) if date is None else None
        opens = numeric is not None and (numeric.start() - after < _NUMERIC_OPENS  # "วันนี้ 9/7/67 เวลา 09.00 น. ณ …"
                                         or said_on(text[after:numeric.start()], lang))  # "… เมื่อวันเสาร์ที่ 28/12/67"
        if numeric and (opens or words_after(text, numeric.end()).startswith(tuple(lang["meeting_date_after"] or ["\0"]))):
            date = numeric_date(numeric, 0, lang)  # "आज दिनांक 18.11.2024 को जिलाधिकारी …", "बैठक दिनांक 31.08.2024
            # (शनिवार) को …": the day something was done
    elif date.start < after or _dateline_date(text, date, after):
        # a date in the head or the dateline; the lead may name the meeting's own, days before
        further = spans[min(index + _LEAD_DATE_PARAGRAPHS, len(spans) - 1)][1]  # past a byline under a dateline's lead
        lead = (lead_date_before(text, after, sentence_end, date, forms, lang)
                or lead_date_before(text, sentence_end, end, date, forms, lang, lang["meeting_date_after"])
                or lead_date_before(text, end, max(end, further), date, forms, lang, lang["meeting_date_after"],
                                    lang["meeting_nouns"]))  # "…เป็นประธานการประชุมเมื่อวันที่ ๑๙ พฤษภาคม ๒๕๖๘"
        said = said_weekday(text, after, sentence_end, spans, index, forms, lang) if lead is None and date.year else None
        # "भोपाल, 4 मार्च 2025। … बैठक सोमवार को हुई": the weekday the lead names, on or before the dateline's day
        day = relative_to(said, date) if said is not None and said.weekday is not None else date
        date = lead or (date if (day.year, day.month, day.day) == (date.year, date.month, date.day) else day)
    date = year_from(date, published)  # the lead's own date
    next_end = _prose_after(text, spans, index, 1) if is_prose(text[start:end]) else \
        spans[min(index + 1, len(spans) - 1)][1]  # the paragraph after a lead, past a photo's caption or a byline
    named = forms.weekday_dateline.fullmatch(text, *dateline) if dateline and date is None else None
    if named and published and published.year:  # "नई दिल्ली, मंगलवार" / "… बैठक में आज …" on Wednesday's page
        date = relative_to(Relative(None, forms.weekdays[named.group("word")], *named.span("word")), published)
    if date is None and published and published.year and (said := relative_day(text, after, sentence_end, forms)):
        date = relative_to(said, published)  # "बैठक सोमवार को हुई" on a page of Tue, 11 Mar 2025: the 10th
    if date is None and published and published.year:  # "… लिया है. … 18 नवंबर को हुई बैठक में …" on a page of Nov 19
        date = lead_date_before(text, after, next_end, published, forms, lang, lang["meeting_date_after"])
    if date is None and published and published.year and (
            said := said_weekday(text, after, sentence_end, spans, index, forms, lang)):
        date = relative_to(said, published)  # "सोनभद्रपुर. … समिति की मंगलवार को … हुई बैठक में": a later sentence's
    if date is None:  # "… ประชุม … วันนี้ (14 พ.ย.) เวลา 09.30 น." in the paragraph after a summary lead
        date = year_from(said_date(text, after, next_end, forms, lang, published is None), published) \
            or (held_on(text, after, next_end, forms, lang) if published is None else None)
    date = date or meeting_line_date(text, start, headline, forms, lang) or published
    # A weekday with a date without a year ("16 अक्टूबर … बुधवार को") can still give the year.
    relative = None if date and date.year else relative_day(text, after, end, forms) \
        or said_weekday(text, after, sentence_end, spans, index, forms, lang)  # "… १४ नवंबर (भाषा) … यह जानकारी
    # बृहस्पतिवार को … बैठक में दी गई": a weekday anywhere in the lead, or in a sentence after it that names the meeting
    return Head(headline=headline, lead=index, dateline=dateline, source_tag=tag, lead_start=lead_start,
                after_dateline=after, date=date, relative=relative)


_LEAD_DATE_PARAGRAPHS = 2  # paragraphs after the lead in which a marked date may still be the meeting's
_NUMERIC_OPENS = 12  # characters into the lead within which a numeric date opens it


def _prose_after(text: str, spans: list[tuple[int, int]], index: int, count: int) -> int:
    """The end of the ``count``-th paragraph after paragraph ``index``, section headings not counted
    (``๒. ข้อเท็จจริง`` in a memo)."""
    while index < len(spans) - 1 and count:
        index += 1
        count -= is_prose(text[slice(*spans[index])])
    return spans[index][1]


def _dateline_date(text: str, date: TextDate, start: int) -> bool:
    """``चियांग राय (थाईलैंड), 12 मार्च (एजेंसी)।``, ``वीरपुर, 08 अगस्त 2025/``: a date at the paragraph's
    start followed by an agency's credit or a release's slash is the dateline's, even where the
    dateline form did not match."""
    return date.start - start < _DATELINE_DATE_WITHIN and text[date.end:date.end + 3].lstrip()[:1] in ("(", "।", "/")


def _dateline(text: str, start: int, end: int, forms: Forms) -> tuple[str | None, int]:
    """The source tag and where the lead goes on after the dateline (``start`` if none)."""
    tag = forms.tag.match(text, start, end)
    if tag:
        return tag.group("tag") or tag.group("ptag"), tag.end()
    found = forms.dateline.match(text, start, end)
    if found and (found.group("date") or found.group("agency")):
        return found.group("agency"), found.end()
    place = PLACE_ONLY.match(text, start, end)
    return (None, place.end()) if place and place.end() < end else (None, start)


PLACE_ONLY = re.compile(r"[^\s,()।:|\d]{2,20}(?: [^\s,()।:|\d]{2,20})?(?:\s*[।:]|\s+[-–—])\s+")  # "ตรัง – "
