"""Where a lead dates its meeting: a date it names before the head's (a release's or a page's), a weekday or
a day word read against the page's date (one in the paragraph after the lead, said of the meeting), a date in
parentheses after a day word, a year taken from the page.
Called by ``lead`` in the order the head is read; what marks a date is the language's data."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace

from generator.dates import days_before, last_weekday
from generator.headforms import Forms, TextDate, any_date, keyed_line, names_meeting, numeric_date, text_date
from generator.language import Language

PUBLISHED_WITHIN_DAYS = 10  # a release or byline dated up to this many days after the meeting its lead dates


@dataclass(frozen=True)
class Relative:
    """A day named relative to publication: ``आज``, ``เมื่อวานนี้`` (``days`` before), or a weekday."""

    days: int | None
    weekday: int | None
    start: int
    end: int


def year_from(date: TextDate | None, dated: TextDate | None) -> TextDate | None:
    """A date without its year takes that of the page or release (``dated``), December on a January
    page the year before."""
    if date and not date.year and dated and dated.year:
        return replace(date, year=dated.year - (date.month > dated.month + 1))
    return date


def due_by(text: str, end: int, lang: Language) -> bool:
    """Whether the date ending at ``end`` is followed by a deadline's word (``तक``)."""
    following = text[end:end + 20].split()
    return bool(following) and following[0].rstrip(",।") in (lang["deadline_after"] or ())


def said_date(text: str, start: int, end: int, forms: Forms, lang: Language, apposed: bool = False) -> TextDate | None:
    """``วันนี้ (14 พ.ย.)``, ``मंगलवार (18 फरवरी) को``: the date a day word gives in parentheses; with
    ``apposed`` (a page that dates nothing else), also a weekday's after a comma or a space in a sentence that
    names the meeting (``meeting_nouns``: ``यह खुलासा मंगलवार, 13 अगस्त को … समीक्षा बैठक में हुआ``, ``गुरुवार 18
    जुलाई को … हुई … बैठक``)."""
    for found in forms.relative.finditer(text, start, end):
        beside = apposed and found.group("word") in forms.weekdays
        opened = re.match(r"\s*[(,]?\s*" if beside else r"\s*\(\s*", text[found.end():found.end() + _OPEN_CHARS])
        date = forms.date.match(text, found.end() + opened.end(), end) if opened else None
        if opened and date and (opened.group().strip() == "(" or _names_meeting(text, found.start(), date.end(), lang)):
            return text_date(date, 0, lang)
    return None


def _names_meeting(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the sentence around ``text[start:end]`` names the meeting (``meeting_nouns``)."""
    clause = re.split(r"[।.!?\n]", text[max(0, start - _NAMED_BEFORE):start])[-1]
    after = re.split(r"[।.!?\n]", text[end:end + _SAID_AFTER], maxsplit=1)[0]
    return any(w in clause or w in after for w in lang["meeting_nouns"] or ())


def held_on(text: str, start: int, end: int, forms: Forms, lang: Language) -> TextDate | None:
    """``การประชุมดังกล่าวจัดขึ้นเมื่อวันพุธที่ 21 สิงหาคม 2567``: in a page that dates nothing else, a full
    date said to be when (``meeting_date_before``) in a clause that names the meeting (``meeting_nouns``)."""
    marks = tuple(lang["meeting_date_before"] or ())
    for found in forms.date.finditer(text, start, end):
        near = text[max(0, found.start() - _SAID_BEFORE):found.start()]
        if found.group("year") and any(w in near for w in marks) and _names_meeting(text, found.start(), found.end(), lang):
            return text_date(found, 0, lang)
    return None


def meeting_line_date(text: str, lead: int, headline: tuple[int, int] | None, forms: Forms,
                      lang: Language) -> TextDate | None:
    """``संदर्भ: स्थायी समिति की बैठक दिनांक 03.02.2025``: a line of page data above the lead (a name and a
    value, not the headline) that names a meeting and dates it in full, where the lead does not."""
    at = 0
    for line in text[:lead].split("\n"):
        found = any_date(line, at, forms, lang) if names_meeting(line, lang) and keyed_line(line) and (
            headline is None or not at <= headline[0] < at + len(line) + 1) else None
        if found and found.year and not due_by(text, found.end, lang):
            return found
        at += len(line) + 1
    return None


_OPEN_CHARS = 4
_SAID_AFTER = 40  # characters after a date in which its clause may name the meeting
_NAMED_BEFORE = 60  # characters before it, in its sentence ("การประชุมดังกล่าวจัดขึ้นเมื่อวันเสาร์ที่ …")
_SAID_BEFORE = 24  # characters before a date within which a word marks it the meeting's ("เมื่อเวลา ๑๐.๐๐ น. วันที่ …")


def lead_date_before(text: str, start: int, end: int, head: TextDate, forms: Forms, lang: Language,
                      marked: list[str] | None = None, named: list[str] | None = None) -> TextDate | None:
    """``…ฉบับที่ 214/2567 วันที่ 9 ตุลาคม 2567`` then ``เมื่อวันที่ 8 ตุลาคม 2567 …``: the head's
    date is the release's; a date the lead names up to ten days before it is the meeting's. Past
    the lead's first sentence, only a date followed by one of ``marked`` (``11 मार्च को``) or after one of
    ``meeting_date_before`` (``เมื่อวันที่``), or in parentheses after a day word; with ``named``, only
    after one of those words too (``ประชุม``: the paragraphs after the lead tell of other days as well)."""
    written = [(m, text_date) for m in forms.date.finditer(text, start, end)]
    written += [(m, numeric_date) for m in forms.numeric_date.finditer(text, start, end)]  # "बैठक दिनांक 19.08.2024 को"
    said_before = tuple(lang["meeting_date_before"] or ())  # "…ดังกล่าวเมื่อวันที่ 27 ธ.ค. ที่ผ่านมา"
    for found, read in sorted(written, key=lambda pair: pair[0].start()):  # past the head's own date restated
        near = text[max(0, found.start() - _SAID_BEFORE):found.start()]
        day_word = near.rstrip().endswith("(") and forms.relative.search(near) is not None  # "วันพฤหัสบดีที่ผ่านมา (26 ธ.ค.)"
        if marked is not None and not words_after(text, found.end()).startswith(tuple(marked)) \
                and not (found.group(0).lstrip().startswith(said_before) or any(w in near for w in said_before) or day_word):
            continue  # "… ३१ मार्च तक पूरा करने का निर्देश … परिषद की यह बैठक ६ जनवरी को …": not the meeting's
        if near.rstrip().endswith(tuple(lang["span_before"] or ())) or found.group(0).lstrip().startswith(
                tuple(lang["span_before"] or ())):
            continue  # "…ประชุมสรุปผล… ระหว่างวันที่ 29 ธ.ค. 67 - 4 ม.ค. 68": the days the meeting looks back on
        after = re.split(r"[।.!?\n]", text[found.end():found.end() + _SAID_AFTER], maxsplit=1)[0]
        if named is not None and not any(w in near or w in after for w in named):
            continue  # "बीते सोमवार (30 दिसंबर) को सचिवालय में हुई इस बैठक": named before it or after it
        lead = read(found, 0, lang)
        if lead is None:
            return None
        year = head.year or lead.year or 2024  # a leap year: only the distance matters without one
        before = lead.year or year - ((lead.month, lead.day) > (head.month, head.day))  # "30 दिसंबर" before "01 जनवरी"
        try:
            days = (datetime.date(year, head.month, head.day) - datetime.date(before, lead.month, lead.day)).days
        except ValueError:
            return None
        if days == 0 and (lead.year or year) == year or days < 0:
            continue  # the head's date restated; a day still to come ("आगामी 14.12.2024 को … लोक अदालत")
        return replace(lead, year=lead.year or (before if head.year else None)) if 0 < days <= PUBLISHED_WITHIN_DAYS else None
    return None


def words_after(text: str, end: int) -> str:
    """The words after a date at ``end``, past a bracket's close, a bold mark or a weekday in brackets
    (``दिनांक 31.08.2024 (शनिवार) को``)."""
    return re.sub(r"^[\s)*_]*(?:\([^()\n]{1,16}\)\s*)?", "", text[end:end + 30])


def said_on(before: str, lang: Language) -> bool:
    """Whether the words before a date say the meeting was held on it (``meeting_date_before``, a weekday
    between: ``ได้ประชุมประจำเดือนธันวาคม เมื่อวันเสาร์ที่``)."""
    words = "|".join(map(re.escape, lang["meeting_date_before"] or []))
    return bool(words) and re.search(rf"(?:{words})\S{{0,16}}\s*$", before) is not None


def relative_to(said: Relative, published: TextDate) -> TextDate:
    """The day a relative word (``आज``, ``कल``, ``सोमवार``) names on a page dated ``published``."""
    iso = f"{published.year:04d}-{published.month:02d}-{published.day:02d}"
    day = last_weekday(iso, said.weekday) if said.weekday is not None else days_before(iso, said.days or 0)
    year, month, date = map(int, day.split("-"))
    return TextDate(month, date, year, None, said.start, said.end)


def relative_day(text: str, start: int, end: int, forms: Forms) -> Relative | None:
    """The first day word in ``text[start:end]``; past "today" to a weekday said after it (``วันนี้ป้ามีเรื่อง
    มาเล่า … เมื่อวันเสาร์ที่ผ่านมา คณะกรรมการ…``: the day told of, not the day of telling)."""
    found = forms.relative.search(text, start, end)
    if not found:
        return None
    if forms.relative_days.get(found.group("word")) == 0:
        later = next((m for m in forms.relative.finditer(text, found.end(), end) if m.group("word") in forms.weekdays), None)
        found = later or found
    word = found.group("word")
    if word in forms.weekdays:
        return Relative(None, forms.weekdays[word], found.start(), found.end())
    return Relative(forms.relative_days[word], None, found.start(), found.end())


def said_weekday(text: str, after: int, sentence_end: int, spans: list[tuple[int, int]], index: int, forms: Forms,
                 lang: Language) -> Relative | None:
    """The weekday the lead's first sentence names, or else one in a sentence that names the meeting: a later
    sentence of the lead (``… (भाषा) … परिषद की बृहस्पतिवार को यहां हुई बैठक में …``) or, in the paragraph after a
    lead that names none, one (``केसरगढ़, 11 मार्च (वार्ता) …`` / ``… की अध्यक्षता में
    सोमवार को यहां हुई जिला जल समिति की बैठक में …``)."""
    said = relative_day(text, after, sentence_end, forms)
    if said is not None:
        return said
    if relative_day(text, after, spans[index][1], forms) is not None:
        return _of_meeting(text, sentence_end, spans[index][1], forms, lang)
    return _of_meeting(text, *spans[index + 1], forms, lang) if index + 1 < len(spans) else None


def _of_meeting(text: str, start: int, end: int, forms: Forms, lang: Language) -> Relative | None:
    """The first weekday in ``text[start:end]``, if its sentence names the meeting (``meeting_nouns``)."""
    found = relative_day(text, start, end, forms)
    if found is None or found.weekday is None:
        return None
    sentence = text[max(start, _sentence_start(text, start, found.start)):sentence_end_at(text, found.end, end)]
    return found if any(noun in sentence for noun in lang["meeting_nouns"] or []) else None


def _sentence_start(text: str, start: int, at: int) -> int:
    marks = [text.rfind(mark, start, at) for mark in ("।", ". ", "? ", "! ")]
    return max(marks) + 1 if max(marks) >= 0 else start


def sentence_end_at(text: str, start: int, end: int) -> int:
    """Where the sentence from ``start`` ends (a sentence mark, a word's full stop), within 300 characters."""
    found = re.compile(r"[।!?]|(?<=[^\d\s.]\.)\s").search(text, start, min(end, start + 300))
    return found.start() if found else min(end, start + 300)
