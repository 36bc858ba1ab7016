"""Every number in an article → ``Figure`` records (value, kind, unit, label).

One engine for every language; what it knows of a language is data
(``generator/lang/<code>.yml`` and ``lang/<code>/numbers.yml``, CLDR through Babel). For
each paragraph:

1. Numerals (``numeralscan``): digit runs of any script with the scale words after them (``5 करोड़``,
   ``45.6 ล้าน``), and runs of number words read by the grammar of ``numerals``
   (``तीन सौ सत्तावन``, ``ห้าล้านล้าน``, ``หกจุดเจ็ดห้า``), with a sign before them
   (``-5``, ``माइनस``, ``ติดลบ``). ``एक``/``หนึ่ง`` used as an article is no numeral.
2. Not figures (``skips``): clock times, list markers, identifiers, phone numbers,
   codes and names with digits, web addresses.
3. Dates and years (``textdates``): a day with its month (and a year written with it),
   numeric dates, date ranges, spans of months, fiscal years; a date without a year takes its
   sentence's (``figureyears``).
4. Pairs (``figurepairs``): ``a/b`` is a ratio, ``a-b``, ``a से b``, ``ระหว่าง a ถึง b``, ``a और b के बीच`` a
   range.
5. Kind (``figurekinds``): a year by its cues, a percentage (``%``, ``प्रतिशत``, ``ร้อยละ``), money (a
   currency symbol, CLDR name or local word, with sub-units: ``7 डॉलर 25 सेंट``), a
   measure (``हेक्टेयर`` → unit ``ha``), an ordinal; else a count.
6. Qualifier words before or after (``लगभग``, ``से अधिक``, ``ไม่ต่ำกว่า``).
7. Label: ``labels.find_label``, a date's or a length of time's ``datelabels``, and what other
   figures say of it ``labelrefs``. Key: ``keys.choose_key``, once the checks are known.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from generator.datelabels import date_label
from generator.durationlabels import duration_label
from generator.figurekinds import Span, clean
from generator.figurelists import named_percents, shared_measures
from generator.figurepairs import PairReader, base_of
from generator.figureyears import without_repeated_years, years_of_sentences
from generator.headforms import session_spans
from generator.identifiers import is_identifier
from generator.labelrefs import relate_labels
from generator.labels import find_label
from generator.labelwords import spaced_marks
from generator.language import Language
from generator.model import Figure, Sentence
from generator.numeral import DASHES, Numeral
from generator.numerals import (
    Token,
    ascii_digits,
    prev_token,
    skip_spaces,
    tokenize,
    uses_decimal_comma,
)
from generator.skips import is_skipped, phrase_words, set_phrase_spans, url_spans
from generator.tables import tabled
from generator.textdates import (
    fiscal_years,
    gregorian,
    is_day_of,
    is_year,
    iso,
    month_after,
    month_range,
    numeric_date,
    year_after,
)
from generator.yearlabels import compared_year_label, season_year_label, target_year_label, year_label


def extract_figures(text: str, spans: list[tuple[int, int]], sentences: tuple[Sentence, ...],
                    lang: Language, year: int | None) -> tuple[Figure, ...]:
    """All figures in the given spans of ``text``, in document order.

    >>> from generator.language import get_language
    >>> t = "मार्च में 1,549 पार्टी सदस्य और 28.75% अधिक।"
    >>> [(f.text, f.value, f.kind, f.label) for f in extract_figures(t, [(0, len(t))], (), get_language("hi"), 2024)]
    [('1,549', 1549, 'count', 'पार्टी सदस्य'), ('28.75%', 28.75, 'percent', 'अधिक')]
    """
    decimal_comma = uses_decimal_comma(text)
    found: list[Figure] = []
    starts = [s.start for s in sentences]
    leftovers = [re.compile(p) for p in lang["leftovers"]]
    phrases = set_phrase_spans(text, lang["set_phrases"] or [])
    urls = url_spans(text) + phrases
    for start, end in spans:
        if any(p.fullmatch(text[start:end].strip()) for p in leftovers):
            continue  # "टिप्पणी (0)": the page's comment counter
        tokens = [Token(t.start + start, t.end + start, t.text, t.kind) for t in tokenize(text[start:end])]
        tokens = phrase_words(tokens, text, phrases)
        reader = _Reader(tokens, lang, decimal_comma, urls, whole=not text[:start].strip() and not text[end:].strip())
        for figure in sorted(reader.figures(), key=lambda f: f.start):
            index = bisect.bisect_right(starts, figure.start) - 1 if starts else 0  # -1: before the lead (a headline)
            found.append(replace(figure, sentence=index))
    found = named_percents(relate_labels(shared_measures(found, text, lang), text, lang), text, lang)
    found = tabled(found, text, lang, lambda cell: extract_figures(cell, [(0, len(cell))], (), lang, None))
    found = without_repeated_years(years_of_sentences(_without_spelt_out(found, text)), session_spans(text, spans, lang))
    return tuple(replace(f, id=f"f{i}", label=spaced_marks(f.label, lang)) for i, f in enumerate(found, 1))


def _without_spelt_out(figures: list[Figure], text: str) -> list[Figure]:
    """``रु. 12.50 करोड़ (रुपये बारह करोड़ पचास लाख मात्र)``: an amount written again in words, in parentheses
    right after it (with its currency's word before them, as deeds and minutes write it), is the same figure."""
    out: list[Figure] = []
    for f in figures:
        if out and f.value == out[-1].value and not any(c.isdigit() for c in f.text) \
                and re.fullmatch(r"\s*\(\s*[^\s()]*\s*", text[out[-1].end:f.start]):
            continue
        out.append(f)
    return out


class _Reader(PairReader):
    """The figures of one paragraph's tokens."""

    def __init__(self, tokens: list[Token], lang: Language, decimal_comma: bool, urls, whole: bool) -> None:
        super().__init__(tokens, lang, decimal_comma, whole)
        self.urls = urls

    def figures(self):
        yield from self._ordinal_words()
        numerals = self._numerals()
        covered, i = -1, 0
        while i < len(numerals):
            num = numerals[i]
            nxt = numerals[i + 1] if i + 1 < len(numerals) else None
            if num.first <= covered:
                i += 1
                continue
            span, used = self._read(num, nxt)
            if span is not None:
                covered = span.last
                figure = self._figure(span, num)
                if figure is not None:
                    yield figure
            elif used:
                covered = max(covered, used)
            i += 1

    # --- 2-5. reading a numeral and its neighbours -------------------------------------

    def _read(self, num: Numeral, nxt: Numeral | None) -> tuple[Span | None, int]:
        """The figure that starts at ``num``, or None and the last token the text used."""
        tokens = self.tokens
        if is_skipped(tokens, num, self.lex, self.urls):
            return None, self._run_end(num)
        if self._suffixed(num):
            return None, num.last
        if not num.words:
            for reader in (numeric_date, fiscal_years):
                found = reader(tokens, num.first, self.lang)
                if found and found.kind == "date" and (to := self._numeric_range_end(found.last)):
                    return Span(num.first, to.last, [found.value, to.value], "range"), to.last  # "01.10.2024 से 30.09.2025"
                if found:  # a date, or a range of years (fiscal, season, a span): "year" says which
                    unit = "year" if found.kind == "range" else None
                    return Span(num.first, found.last, found.value, found.kind, unit), found.last
        months = month_range(tokens, num.first, self.lex, self.lang) if not num.words else None
        if months is not None:  # "जनवरी-फरवरी 2024": the span of the months around the year; "जुलाई 2025": a month
            return Span(months[0], months[1], months[2], "range" if isinstance(months[2], list) else "date"), months[1]
        date = self._date(num, nxt)
        if date is not None:
            return date, date.last
        pair = self._pair(num, nxt)
        return self._classify(num, pair), num.last

    def _numeric_range_end(self, last: int):
        """The numeric date after a range word after token ``last`` (``01.10.2024 से 30.09.2025``)."""
        k = skip_spaces(self.tokens, last + 1)
        joined = self.lex.range_words.match(self.tokens, k) if k < len(self.tokens) else None
        if joined is None and (k >= len(self.tokens) or self.tokens[k].text not in DASHES):
            return None
        k = skip_spaces(self.tokens, (joined[1] if joined else k) + 1)
        return numeric_date(self.tokens, k, self.lang) if k < len(self.tokens) else None

    def _run_end(self, num: Numeral) -> int:
        """The last token of a skipped run: ``7/2563``, ``09.00-12.00``, ``081-234-5678``, ``9:45``,
        and the list after an identifier's word (``वार्ड संख्या 14, 27 और 63``)."""
        tokens, k = self.tokens, num.last
        while k + 2 < len(tokens) and tokens[k + 1].text in {"/", ":"} | DASHES and tokens[k + 2].kind == "num":
            k += 2
        if is_identifier(tokens, num, self.lex):
            while True:
                m = skip_spaces(tokens, k + 1)
                if m < len(tokens) and (tokens[m].text == "," or tokens[m].text in (self.lang["number_joiners"] or [])):
                    n = skip_spaces(tokens, m + 1)
                    if n < len(tokens) and tokens[n].kind == "num":
                        k = n
                        continue
                return k
        return k

    def _date(self, num: Numeral, nxt: Numeral | None) -> Span | None:
        """``27 फरवरी``, ``15 अगस्त, 2019``, ``20-30 अप्रैल``, ``22 और 23 अक्टूबर``,
        ``1 जुलाई से 30 सितंबर 2021``."""
        if not _day(num):
            return None
        own = month_after(self.tokens, num.last + 1, self.lex)
        before = prev_token(self.tokens, num.first)
        month_first = self.lex.months.match_before(self.tokens, before) if before is not None and own is None else None
        if month_first and not num.words and tokens_between_year(self.tokens, num) is None:
            # "सितम्बर 30", "जनवरी २३, २०२५": the month first (not "मार्च 2024", whose number is a year)
            year, last = self._year(num.last)
            return Span(month_first[1], last, iso(year, int(month_first[0]), int(num.value)), "date")
        if own is None:
            if nxt is None or not _day(nxt) or not self._joined_days(num, nxt):
                return None
            month = month_after(self.tokens, nxt.last + 1, self.lex)
            if month is None:
                return None
            year, last = self._year(month[1])
            days = [int(num.value), int(nxt.value)]
            if not all(is_day_of(month[0], d, year) for d in days) or days[0] >= days[1]:
                return None
            return Span(num.first, last, [iso(year, month[0], d) for d in days], "range")
        if not is_day_of(own[0], int(num.value)):
            return None
        year, last = self._year(own[1])
        end = self._date_range_end(last)
        if end is not None:
            (month2, day2, year2), last2 = end
            year1 = year or (year2 - (own[0] > month2) if year2 else None)
            return Span(num.first, last2, [iso(year1, own[0], int(num.value)), iso(year2, month2, day2)], "range")
        if year and not is_day_of(own[0], int(num.value), year):
            return None
        return Span(num.first, last, iso(year, own[0], int(num.value)), "date")

    def _year(self, month_last: int) -> tuple[int | None, int]:
        short = "." in self.tokens[month_last].text  # "12 มี.ค. 67": abbreviations take two digits
        found = year_after(self.tokens, month_last + 1, self.lex, self.lang, short)
        return found if found else (None, month_last)

    def _joined_days(self, a: Numeral, b: Numeral) -> bool:
        between = self.tokens[a.last + 1:b.first]
        words = [t for t in between if t.kind != "space"]
        if len(words) != 1:
            return False
        text = words[0].text
        return text in DASHES or text in self.lex.range_words or text in self.lex.day_joiners

    def _date_range_end(self, last: int) -> tuple[tuple[int, int, int | None], int] | None:
        """``… से 30 सितंबर 2021`` / ``… ถึง 5 มีนาคม``: the end of a date range after a date."""
        tokens = self.tokens
        k = skip_spaces(tokens, last + 1)
        if k >= len(tokens) or not (tokens[k].text in DASHES or self.lex.range_words.match(tokens, k)):
            return None
        k = skip_spaces(tokens, (self.lex.range_words.match(tokens, k) or (None, k))[1] + 1)
        num = self._digits_at(k) if k < len(tokens) and tokens[k].kind == "num" else (
            self._words_at(k) if k < len(tokens) and tokens[k].kind == "word" else None)
        if num is None or not _day(num):
            return None
        month = month_after(tokens, num.last + 1, self.lex)
        if month is None or not is_day_of(month[0], int(num.value)):
            return None
        year, end = self._year(month[1])
        return (month[0], int(num.value), year), end

    def _classify(self, num: Numeral, pair: tuple[str, Numeral, int] | None) -> Span | None:
        first = num.sign_tok if num.sign_tok is not None else num.first
        value: object = num.value * (-1 if num.sign < 0 else 1)
        last = pair[2] if pair else num.last
        if pair is None and (part := self._fraction_word(num)):  # "दो-तिहाई" = 2 of 3
            return Span(first, part[1], [num.value, part[0]], "ratio")
        if pair:
            b = pair[1]
            if pair[0] == "ratio":
                return self._unit(Span(first, last, [num.value, b.value], "ratio"), num)
            if pair[0] == "each":
                return self._unit(Span(first, last, b.value), num)
            if pair[0] == "fraction":
                return Span(first, last, num.sign * abs(num.value) / b.value if num.sign < 0 else num.value / b.value)
            low = num.value * (b.value / base_of(b)) if b.scaled and not num.scaled and base_of(b) else num.value
            low = -low if num.sign < 0 else low
            high = -b.value if b.sign < 0 else b.value
            if is_year(num.value, self.lang) and is_year(b.value, self.lang) and not num.words and not b.scaled:
                return Span(first, last, [gregorian(int(num.value), self.lang), gregorian(int(b.value), self.lang)],
                             "range", "year")
            return self._unit(Span(first, last, [clean(low), clean(high)], "range"), num)
        if self._is_year(num):
            return Span(first, last, gregorian(int(num.value), self.lang), "year")
        if self._short_year(num):  # "ปีงบ 68": the era's year without its century
            return Span(first, last, gregorian(int(self.lang["short_year_base"] + num.value), self.lang), "year")
        span = self._unit(Span(first, last, value), num)
        if span is not None and num.sign == -2 and (span.kind == "money" or span.kind == "count" and not self._measured(span)
                                                    or self._rate_after(span)):
            span.value, span.first = num.value, num.first  # "ऋण 5 करोड़ रुपये", "फसल ऋण 1,18,742 किसानों": a loan
        if span is not None and span.kind == "count":
            if self._names_by_ordinal(num):
                return None  # "เขตสุขภาพที่ 8", "ฉบับที่ ๕๘๔": part of a name, not a figure
            ordinal = self._ordinal(num)
            if ordinal is not None and self._names_meeting(ordinal):
                return None  # "การประชุม… ครั้งที่ ๒": the meeting's number
            if ordinal is not None:
                return Span(ordinal, num.last, num.value, "ordinal")
        return span

    def _rate_after(self, span: Span) -> bool:
        """``फसल ऋण 4 प्रतिशत ब्याज पर``: a rate's noun after the figure (``weak_sign_rates``) makes a weak
        sign before it a loan's."""
        after = skip_spaces(self.tokens, span.last + 1)
        return after < len(self.tokens) and self.tokens[after].text in (self.lang["weak_sign_rates"] or [])

    def _measured(self, span: Span) -> bool:
        """A count with a unit or measure word after it (``ऋण चार डिग्री``): a weak sign holds; not a length of time
        (``ऋण ७ वर्ष में … देय``: the loan's term, never below zero)."""
        after = skip_spaces(self.tokens, span.last + 1)
        if after < len(self.tokens) and self.tokens[after].text in (self.lang["duration_words"] or []):
            return False
        return bool(span.unit) or any(t.match(self.tokens, after) for t in (self.lex.units, self.lex.measures))


    # --- 6-7. the figure record ---------------------------------------------------------

    def _figure(self, span: Span, num: Numeral | None) -> Figure | None:
        tokens = self.tokens
        start, end = tokens[span.first].start, tokens[span.last].end
        text = "".join(t.text for t in tokens[span.first:span.last + 1])
        value = clean(span.value)
        qualifier = self._qualifier(span)
        kind = span.kind
        measured = span.unit in (self.lang["units"] or {}).values()  # "43 से 44 डिग्री": a range of a measure
        label_kind = {"%": "percent", None: kind, "year": "year"}.get(span.unit, "count" if measured else "money") \
            if kind == "range" else kind
        if kind == "range" and isinstance(value, list) and isinstance(value[0], str):
            label_kind = "date"
        label = find_label(tokens, span.first, span.last, label_kind, self.lang)
        duration = self._duration(span)
        if duration:
            label = duration_label(tokens, span.first, span.last, label, self.lang)
        elif label_kind == "date":
            month = isinstance(value, str) and len(value) == len("2025-07") and not value.startswith("-")
            label = date_label(tokens, span.first, span.last, label, kind == "range", self.lang, month)
        elif label_kind == "year":
            if self.lang["year_nouns"]:
                label = year_label(tokens, span.first, span.last, label, self.lang)
            label = target_year_label(tokens, span.first, span.last, compared_year_label(tokens, span.first, label, self.lang),
                                      self.lang)
            label = season_year_label(label, self.lang)
        unit = span.unit
        return Figure(value=value, kind=kind, unit=unit, text=text, label=label, start=start, end=end,
                      sentence=0, qualifier=qualifier,
                      incidental=self._example(span) or duration or self._share_aside(span, kind))

    def _duration(self, span: Span) -> bool:
        """A count or a span of days, months or years (``तीन घंटे``, ``9 เดือน``, ``6 से 14 वर्ष``): how
        long, not how many."""
        k = skip_spaces(self.tokens, span.last + 1)
        value = span.value
        numbers = span.kind == "count" or span.kind == "range" and isinstance(value, list) and not isinstance(value[0], str)
        return numbers and self.lex.durations.match(self.tokens, k) is not None

    def _share_aside(self, span: Span, kind: str) -> bool:
        """``केंद्र का हिस्सा 162.24 करोड़ रुपये (एक-तिहाई)``: a share in parentheses right after an amount
        restates it; the amount's card says it."""
        if kind != "ratio":
            return False
        before, after = prev_token(self.tokens, span.first), skip_spaces(self.tokens, span.last + 1)
        if before is None or self.tokens[before].text != "(" or after >= len(self.tokens) or self.tokens[after].text != ")":
            return False
        amount = prev_token(self.tokens, before)
        return amount is not None and (self.tokens[amount].kind == "num" or self.lex.currencies.match_before(self.tokens, amount)
                                       is not None or self.lex.units.match_before(self.tokens, amount) is not None)

    def _example(self, span: Span) -> bool:
        """After ``उदाहरण के लिए`` / ``ตัวอย่างเช่น`` in the same clause: an illustration."""
        k = span.first - 1
        while k >= 0 and k > span.first - 12 and self.tokens[k].text not in {",", ";", "।", ".", "\n"}:
            if self.lex.illustration_before.match_before(self.tokens, k):
                return True
            k -= 1
        return False

    def _qualifier(self, span: Span) -> str | None:
        tokens = self.tokens
        before = prev_token(tokens, span.first)
        if before is not None:
            found = self.lex.qualifiers_before.match_before(tokens, before)
            if found:
                return str(found[0])
        if span.qualifier:
            return span.qualifier
        k = skip_spaces(tokens, span.last + 1)
        for _ in range(3):  # "6 लाख टन से अधिक", "45 डिग्री से ऊपर", "2,000 डॉलर प्रति औंस के पार"
            found = self.lex.qualifiers_after.match(tokens, k)
            if found:
                return str(found[0])
            measure = self.lex.units.match(tokens, k) or self.lex.measures.match(tokens, k)
            if measure:
                k = skip_spaces(tokens, measure[1] + 1)
            elif k < len(tokens) and tokens[k].text in (self.lang["per_words"] or []):
                k = skip_spaces(tokens, skip_spaces(tokens, k + 1) + 1)  # "प्रति औंस", "ต่อไร่"
            else:
                return None
        return None

def tokens_between_year(tokens: list[Token], num: Numeral) -> int | None:
    """A 4-digit number is a year, not a day."""
    return num.first if len(ascii_digits(tokens[num.first].text)) == 4 else None


def _day(num: Numeral) -> bool:
    return not num.scaled and num.sign == 1 and float(num.value).is_integer() and 1 <= num.value <= 31
