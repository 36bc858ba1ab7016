"""Dates and years written in an article's text, read into values.

- a day and a month, with a year when one is written with them (``15 अगस्त, 2019``,
  ``14 ตุลาคม พ.ศ. 2516``, ``12 มี.ค. 67``; Thai two-digit years are Buddhist Era);
- numeric dates (``17/09/2021``, ``2022-3-5``, ``12/8/64``, ``17.09.2021``);
- day ranges and date ranges (``20-30 अप्रैल``, ``दो से पाँच सितंबर``, ``22 और 23 अक्टूबर``,
  ``1 जुलाई से 30 सितंबर 2021``);
- fiscal and season years (``2021-22``, ``2564/65``) and years in the Buddhist Era;
- spans of months before a year (``जनवरी-फरवरी 2024``, ``มกราคม-กุมภาพันธ์ 2567``).

Values are ISO dates (``2019-08-15``), ``--MM-DD`` when no year is written (the meeting's
year is given later by ``fill_year``), and Gregorian years.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Any

from generator.language import Language
from generator.lexicon import Lexicon
from generator.numerals import Token, ascii_digits, next_token, prev_token
from generator.numerals import skip_spaces as skip

_NUMERIC = [
    (re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/])"), ("d", "m", "y")),
    (re.compile(r"(\d{4})(-)(\d{1,2})-(\d{1,2})(?![\d\-])"), ("y", "m", "d")),
]
_FISCAL = re.compile(r"(\d{4})\s?[-–/]\s?(\d{2}|\d{4})(?![\d./\-])")


@dataclass(frozen=True)
class Found:
    """A date or year figure: its value, kind and last token."""

    value: Any
    kind: str
    last: int


def gregorian(year: int, lang: Language, offset: int | None = None) -> int:
    """A written year as Gregorian: Buddhist-Era years (2400 and on in Thai) less the era's offset.

    >>> from generator.language import get_language
    >>> gregorian(2567, get_language("th")), gregorian(2024, get_language("th")), gregorian(2024, get_language("hi"))
    (2024, 2024, 2024)
    """
    era = lang["calendar_offset"] or 0
    if offset is not None:
        return year - offset
    return year - era if era and year >= 2400 else year


def is_year(value: float, lang: Language) -> bool:
    era = lang["calendar_offset"] or 0
    return float(value).is_integer() and (1900 <= value <= 2100 or bool(era) and 2400 <= value <= 2700)


def is_day_of(month: int, day: int, year: int | None = None) -> bool:
    """Whether the day exists in the month (in a leap year unless ``year`` is given).

    >>> is_day_of(2, 29), is_day_of(2, 30), is_day_of(2, 29, 2023)
    (True, False, False)
    """
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year or 2024, month)[1]


def iso(year: int | None, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def numeric_date(tokens: list[Token], i: int, lang: Language) -> Found | None:
    """``17/09/2021``, ``2022-3-5``, ``12/8/64`` starting at token ``i``."""
    text, ends = _joined(tokens, i, 5)
    for pattern, order in _NUMERIC:
        match = pattern.match(text)
        if not match:
            continue
        parts = dict(zip(order, (match.group(1), match.group(3), match.group(4))))
        day, month, year = int(parts["d"]), int(parts["m"]), full_year(parts["y"], lang)
        if year is None or not is_day_of(month, day, year) or match.end() not in ends:
            continue
        return Found(iso(year, month, day), "date", ends[match.end()])
    return None


def month_range(tokens: list[Token], i: int, lex: Lexicon, lang: Language) -> tuple[int, int, list[str] | str] | None:
    """``जनवरी-फरवरी 2024``, ``अप्रैल से जून 2024``, ``มกราคม-กุมภาพันธ์ 2567``, ``ม.ค.-ก.ค. 68``, ``ต.ค. 67 – ก.ค. 68``:
    the months around the year at token ``i``, as the first and last month (``YYYY-MM``); a month alone (``जुलाई 2025``,
    ``มิ.ย. 68``, no day before it) as ``YYYY-MM``; and the tokens they start and end at."""
    k = prev_token(tokens, i)
    month = lex.months.match_before(tokens, k) if k is not None else None
    year = _month_year(tokens, i, month, lang)
    if month is None or year is None:
        return None
    first = _month_before(tokens, month[1], lex)
    if first is not None:  # "ม.ค.-ก.ค. 68": both months of the year after them
        return _span(first[1], i, (year, first[0]), (year, int(month[0])))
    second = _month_after(tokens, i, lex, lang)  # "ต.ค. 67 – ก.ค. 68": each month with its year
    if second is not None:
        return _span(month[1], second[2], (year, int(month[0])), second[:2])
    before = prev_token(tokens, month[1])
    if before is not None and (tokens[before].kind == "num" or tokens[before].text in "-–—"):
        return None  # "15 जुलाई 2025": a day's date, read from its day
    return month[1], i, f"{year:04d}-{int(month[0]):02d}"


def _span(start: int, last: int, first: tuple[int, int], final: tuple[int, int]) -> tuple[int, int, list[str]] | None:
    """The months from ``first`` to ``final`` (both year, month), as ``YYYY-MM``: the text names months, not days."""
    if first >= final:
        return None
    return start, last, [f"{first[0]:04d}-{first[1]:02d}", f"{final[0]:04d}-{final[1]:02d}"]


def _month_after(tokens: list[Token], i: int, lex: Lexicon, lang: Language) -> tuple[int, int, int] | None:
    """After the year at token ``i``, a dash or range word, then a month and its year: that year, the
    month's number and the year's token."""
    j = next_token(tokens, i)
    joined = lex.range_words.match(tokens, j) if j is not None else None
    if j is None or not joined and tokens[j].text not in "-–—":
        return None
    j = next_token(tokens, joined[1] if joined else j)
    month = lex.months.match(tokens, j) if j is not None else None
    end = next_token(tokens, month[1]) if month else None
    if month is None or end is None or j is None:
        return None
    year = _month_year(tokens, end, (month[0], j), lang)
    return (year, int(month[0]), end) if year else None


def _month_year(tokens: list[Token], i: int, month, lang: Language) -> int | None:
    """The Gregorian year at token ``i`` after the month ``month`` (its number and first token): four
    digits, or two after a Thai abbreviation (``ก.ค. 68``)."""
    digits = ascii_digits(tokens[i].text)
    if not digits.isdigit() or month is None:
        return None
    if len(digits) == 4:
        return full_year(digits, lang)
    short = len(digits) == 2 and "." in "".join(t.text for t in tokens[month[1]:i])
    return full_year(digits, lang) if short and lang["calendar_offset"] else None


def _month_before(tokens: list[Token], k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The month before the dash or range word before token ``k`` (``มกราคม-``, ``अप्रैल से``): its number and
    first token."""
    j = prev_token(tokens, k)
    joiner = lex.range_words.match_before(tokens, j) if j is not None else None
    if j is None or tokens[j].text not in "-–—" and joiner is None:
        return None
    j = prev_token(tokens, joiner[1] if joiner else j)
    found = lex.months.match_before(tokens, j) if j is not None else None
    return (int(found[0]), found[1]) if found else None


def fiscal_years(tokens: list[Token], i: int, lang: Language) -> Found | None:
    """``2021-22`` → [2021, 2022]; ``2566-2567`` and ``2564/65`` → Gregorian years."""
    text, ends = _joined(tokens, i, 3)
    match = _FISCAL.match(text)
    if not match or match.end() not in ends:
        return None
    first = int(match.group(1))
    if not is_year(first, lang):
        return None
    second_raw = match.group(2)
    second = int(str(first)[:2] + second_raw) if len(second_raw) == 2 else int(second_raw)
    if not (first < second <= first + 10) or (len(second_raw) == 2 and second > first + _SESSION_YEARS):
        return None
    last = ends[match.end()]
    if len(second_raw) == 2:  # "2024-25 से 2028-29": from the first fiscal year to the end of the last
        k = skip(tokens, last + 1)
        if k < len(tokens) and tokens[k].kind == "word" and k + 1 < len(tokens):
            later = fiscal_years(tokens, skip(tokens, k + 1), lang) if _is_range_word(tokens[k].text, lang) else None
            if later is not None and later.value[0] > gregorian(first, lang):
                return Found([gregorian(first, lang), later.value[1]], "range", later.last)
    return Found([gregorian(first, lang), gregorian(second, lang)], "range", last)


_SESSION_YEARS = 5  # "2025-27", "2021-24": a session of two or three years, written like a fiscal year


def _is_range_word(word: str, lang: Language) -> bool:
    return word in (lang["range_words"] or [])


def full_year(raw: str, lang: Language) -> int | None:
    """A year written in four digits or two (``68`` in Thai is 2568 BE), as Gregorian."""
    year = int(raw)
    if len(raw) == 4:
        return gregorian(year, lang) if is_year(year, lang) else None
    era = lang["calendar_offset"] or 0
    return 2500 + year - era if era else 2000 + year  # Thai "64" is 2564 BE; elsewhere 20yy


def _joined(tokens: list[Token], i: int, count: int) -> tuple[str, dict[int, int]]:
    """The ASCII-digit text of tokens ``i``… (up to ``count`` non-space ones) and where each ends."""
    text, ends, seen = "", {}, 0
    for j in range(i, len(tokens)):
        tok = tokens[j]
        if tok.kind == "space" and (tok.text != " " or not text):
            break
        text += ascii_digits(tok.text)
        ends[len(text)] = j
        seen += tok.kind != "space"
        if seen >= count:
            break
    return text, ends


def month_after(tokens: list[Token], k: int, lex: Lexicon) -> tuple[int, int] | None:
    """The month named at token ``k`` (spaces skipped): its number and last token."""
    k = skip(tokens, k)
    found = lex.months.match(tokens, k)
    return (int(found[0]), found[1]) if found else None


def year_after(tokens: list[Token], k: int, lex: Lexicon, lang: Language, short: bool) -> tuple[int, int] | None:
    """A year written after a day and month (``, 2019``, ``พ.ศ. 2516``, ``67`` after a Thai
    abbreviation when ``short``): its Gregorian value and last token."""
    j = skip(tokens, k)
    if j < len(tokens) and tokens[j].text == ",":
        j = skip(tokens, j + 1)
    offset = None
    era = lex.eras.match(tokens, j)
    if era:
        offset, j = int(era[0]), skip(tokens, era[1] + 1)
    if j >= len(tokens) or tokens[j].kind != "num":
        return None
    raw = ascii_digits(tokens[j].text)
    if not raw.isdigit():
        return None
    if len(raw) == 4 and (is_year(int(raw), lang) or offset is not None):
        return gregorian(int(raw), lang, offset), j
    if len(raw) == 2 and (short or offset is not None) and (lang["calendar_offset"] or 0):
        return 2500 + int(raw) - (offset if offset is not None else lang["calendar_offset"]), j
    return None
