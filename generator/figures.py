"""Every number in an article → ``Figure`` records (value, kind, unit, label).

One engine for every language; what it knows of a language is data
(``generator/lang/<code>.yml`` and ``lang/<code>/numbers.yml``, CLDR through Babel). For
each paragraph:

1. Numerals: digit runs of any script with the scale words after them (``5 करोड़``,
   ``45.6 ล้าน``), and runs of number words read by the grammar of ``numerals``
   (``तीन सौ सत्तावन``, ``ห้าล้านล้าน``, ``หกจุดเจ็ดห้า``), with a sign before them
   (``-5``, ``माइनस``, ``ติดลบ``). ``एक``/``หนึ่ง`` used as an article is no numeral.
2. Not figures (``skips``): clock times, list markers, identifiers, phone numbers,
   codes and names with digits, web addresses.
3. Dates and years (``textdates``): a day with its month (and a year written with it),
   numeric dates, date ranges, fiscal years.
4. Pairs: ``a/b`` is a ratio, ``a-b``, ``a से b``, ``ระหว่าง a ถึง b``, ``a और b के बीच`` a
   range.
5. Kind: a year by its cues, a percentage (``%``, ``प्रतिशत``, ``ร้อยละ``), money (a
   currency symbol, CLDR name or local word, with sub-units: ``7 डॉलर 25 सेंट``), a
   measure (``हेक्टेयर`` → unit ``ha``), an ordinal; else a count.
6. Qualifier words before or after (``लगभग``, ``से अधिक``, ``ไม่ต่ำกว่า``).
7. Label: ``labels.find_label``. Key: ``keys.choose_key``, once the checks are known.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from generator.labelrefs import relate_labels
from generator.labels import find_label
from generator.language import Language
from generator.lexicon import Lexicon, lexicon
from generator.model import Figure, Sentence
from generator.numerals import (
    NumberWords,
    Token,
    ascii_digits,
    compose,
    fold,
    number_words,
    prev_token,
    read_digits,
    skip_spaces,
    tokenize,
    uses_decimal_comma,
)
from generator.skips import Numeral, is_clock, is_identifier, is_skipped, url_spans
from generator.textdates import (
    fiscal_years,
    gregorian,
    is_day_of,
    is_year,
    iso,
    month_after,
    numeric_date,
    year_after,
)

_DASHES = {"-", "–", "—", "‒", "−"}


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
    urls = url_spans(text)
    for start, end in spans:
        if any(p.fullmatch(text[start:end].strip()) for p in leftovers):
            continue  # "टिप्पणी (0)": the page's comment counter
        tokens = [Token(t.start + start, t.end + start, t.text, t.kind) for t in tokenize(text[start:end])]
        reader = _Reader(tokens, lang, decimal_comma, urls, whole=not text[:start].strip() and not text[end:].strip())
        for figure in sorted(reader.figures(), key=lambda f: f.start):
            index = max(bisect.bisect_right(starts, figure.start) - 1, 0)
            found.append(replace(figure, sentence=index))
    found = _without_repeated_years(_years_of_sentences(relate_labels(found, text, lang)))
    return tuple(replace(f, id=f"f{i}") for i, f in enumerate(found, 1))


def _year_beside(dated: Figure, figure: Figure, month: int) -> int:
    """The year of a date written without one, beside a date with one: ``30 सितंबर तक … 31
    जनवरी 2025 तक`` is September 2024, ``1 जनवरी 2025 से … 31 दिसंबर तक`` December 2025."""
    year, other = int(str(dated.value)[:4]), int(str(dated.value)[5:7])
    if figure.start < dated.start and month > other:
        return year - 1
    if figure.start > dated.start and month < other:
        return year + 1
    return year


def _without_repeated_years(figures: list[Figure]) -> list[Figure]:
    """A year named again is the same year: listed once, where the text first names it."""
    seen: set = set()
    out = []
    for figure in figures:
        if figure.kind == "year":
            if figure.value in seen:
                continue
            seen.add(figure.value)
        out.append(figure)
    return out


def _years_of_sentences(figures: list[Figure]) -> list[Figure]:
    """A date without a year takes the year of a full date in its sentence (``1 जनवरी 2025 से …
    31 दिसंबर तक``), or of a year written before it there (``वर्ष 2022 में 14 नवंबर को``)."""
    out = list(figures)
    for i, figure in enumerate(out):
        if figure.kind != "date" or not str(figure.value).startswith("--"):
            continue
        same = [f for f in out if f.sentence == figure.sentence and f is not figure]
        month = int(str(figure.value)[2:4])
        dated = {_year_beside(f, figure, month) for f in same if f.kind == "date" and not str(f.value).startswith("--")}
        years = [f.value for f in same if f.kind == "year" and f.end <= figure.start]
        year = dated.pop() if len(dated) == 1 else years[-1] if len(set(years)) == 1 else None
        if isinstance(year, int) and is_day_of(int(str(figure.value)[2:4]), int(str(figure.value)[5:7]), year):
            out[i] = replace(figure, value=f"{year:04d}{str(figure.value)[1:]}")
    return out


def fill_year(figures: tuple[Figure, ...], year: int) -> tuple[Figure, ...]:
    """Give dates written without a year (``27 फरवरी``) the meeting's year.

    >>> fill_year((Figure("--02-27", "date", None, "27 फरवरी", "", 0, 8, 0),), 2024)[0].value
    '2024-02-27'
    """
    def dated(value):
        if isinstance(value, list):
            return [dated(v) for v in value]
        if isinstance(value, str) and value.startswith("--") and is_day_of(int(value[2:4]), int(value[5:7]), year):
            return f"{year:04d}{value[1:]}"
        return value  # already dated, or a 29 February the year does not have

    return tuple(replace(f, value=dated(f.value)) if f.kind in {"date", "range"} else f for f in figures)


@dataclass
class _Span:
    """A figure being built: its tokens, value, kind and unit."""

    first: int
    last: int
    value: object
    kind: str = "count"
    unit: str | None = None


class _Reader:
    """The figures of one paragraph's tokens."""

    def __init__(self, tokens: list[Token], lang: Language, decimal_comma: bool, urls, whole: bool) -> None:
        self.tokens, self.lang, self.decimal_comma, self.urls = tokens, lang, decimal_comma, urls
        self.lex: Lexicon = lexicon(lang.code)
        self.words: NumberWords = number_words(lang.code)
        self.whole = whole

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

    # --- 1. numerals --------------------------------------------------------------

    def _numerals(self) -> list[Numeral]:
        tokens, out, i = self.tokens, [], 0
        while i < len(tokens):
            tok = tokens[i]
            num = self._digits_at(i) if tok.kind == "num" else self._words_at(i) if tok.kind == "word" else None
            if num is None:
                i += 1
                continue
            self._sign(num)
            out.append(num)
            i = num.last + 1
        return out

    def _digits_at(self, i: int) -> Numeral | None:
        tokens = self.tokens
        value = read_digits(tokens[i].text, self.decimal_comma)
        if value is None:  # "15.07.2024" is no number, but it may be a date
            return Numeral(i, i, 0) if numeric_date(tokens, i, self.lang) else None
        last = i
        # "48, 316,205": a stray space inside grouping, when the groups fit
        if (i + 3 < len(tokens) and tokens[i + 1].text == "," and tokens[i + 2].text == " " and tokens[i + 3].kind == "num"
                and re.fullmatch(r"\d{1,3}", ascii_digits(tokens[i].text))
                and re.fullmatch(r"\d{3}(,\d{3})+", ascii_digits(tokens[i + 3].text))):
            value = int(ascii_digits(tokens[i].text + tokens[i + 3].text).replace(",", ""))
            last = i + 3
        last, value = self._spaced_groups(i, last, value)
        parts: list[tuple[str, float]] = [("n", value)]
        while True:  # scale words after digits: "5 करोड़", "1.2 หมื่นล้าน", "41,268 tỷ", "3 अरब 20 करोड़"
            k = self._next_word(last)
            if k is None:
                break
            word = self.words.split(tokens[k].text)
            latin = self.lex.latin_scales.match(tokens, k)
            if word and all(kind == "s" for kind, _ in word):
                parts += word
            elif latin and latin[1] == k:
                parts.append(("s", float(latin[0])))
            else:
                break
            last = k
            joined = self._joined_group(last, parts[-1][1])
            if joined is not None:
                return Numeral(i, joined.last, compose(parts) + joined.value, scaled=True, base=value)
            more = self._next_digits(last)
            if more is not None and len(parts) > 1:
                later = self._digits_at(more)
                if later is not None and later.scaled and later.value < compose(parts) and not later.sign_tok:
                    parts.append(("n", later.value))  # the next group, already scaled
                    return Numeral(i, later.last, compose(parts[:-1]) + later.value, scaled=True, base=value)
        return Numeral(i, last, compose(parts) if len(parts) > 1 else value, scaled=len(parts) > 1, base=value)

    def _joined_group(self, last: int, scale: float) -> Numeral | None:
        """``3 सौ और 21``: a joiner, then a number smaller than the scale before it."""
        tokens = self.tokens
        k = self._next_word(last)
        if k is None or tokens[k].text not in (self.lang["number_joiners"] or []):
            return None
        m = skip_spaces(tokens, k + 1)
        if m >= len(tokens):
            return None
        later = self._digits_at(m) if tokens[m].kind == "num" else self._words_at(m) if tokens[m].kind == "word" else None
        return later if later is not None and 0 < later.value < scale and not later.scaled else None

    def _spaced_groups(self, i: int, last: int, value: float) -> tuple[int, float]:
        """``1 411 750 000``: groups of three digits after single spaces (two at least) are one number."""
        tokens, k = self.tokens, last
        digits = ascii_digits(tokens[i].text)
        groups = []
        while k + 2 < len(tokens) and tokens[k + 1].text == " " and tokens[k + 2].kind == "num" \
                and re.fullmatch(r"\d{3}", ascii_digits(tokens[k + 2].text)):
            groups.append(k + 2)
            k += 2
        if len(groups) >= 2 and re.fullmatch(r"\d{1,3}", digits):
            return groups[-1], int(digits + "".join(ascii_digits(tokens[g].text) for g in groups))
        return last, value

    def _next_digits(self, i: int) -> int | None:
        return self._next_of(i, "num")

    def _words_at(self, i: int) -> Numeral | None:
        read = self.words.read(self.tokens, i)
        if read is None:
            return None
        parts = read.parts
        if not read.has_number:  # a scale word alone: "सौ लोग" is 100, "หลายล้าน" is no figure
            if self._before_word(i) in (self.lang["vague_before"] or []):
                return None
        scales = len(parts) - next(n for n in range(len(parts), 0, -1) if parts[n - 1][0] != "s") if read.has_number else 0
        base = compose(list(parts[:len(parts) - scales])) if scales else read.value
        group = float(self.lang["group_scale"] or 1000)
        num = Numeral(i, read.end, read.value, words=True, scaled=parts[-1][0] == "s" and parts[-1][1] >= group, base=base)
        if i == read.end and self.tokens[i].text in (self.lang["article_words"] or []) and not self._counted_one(num):
            return None
        return num

    def _counted_one(self, num: Numeral) -> bool:
        """``एक``/``หนึ่ง`` is a count after a word for 'only', before a classifier, currency,
        unit or percent word, or as the whole text; else an article (``एक बैठक``, ``หนึ่งใน``)."""
        if self.whole and len([t for t in self.tokens if t.kind != "space" and t.kind != "punct"]) == 1:
            return True
        if _next_text(self.tokens, num.last) in (self.lang["article_never_before"] or []):
            return False  # "หนึ่งใน": one of
        before = prev_token(self.tokens, num.first)
        if before is not None and self.lex.only.match_before(self.tokens, before):
            return True  # "केवल एक", "तीन में से एक"
        k = skip_spaces(self.tokens, num.last + 1)
        if k >= len(self.tokens) or self.tokens[k].kind == "punct":
            return k >= len(self.tokens) or self.tokens[k].text not in "-–/"  # "अंक एक।", "อันดับหนึ่ง"
        word = self.tokens[k].text
        return (any(word.startswith(c) for c in (self.lang["classifiers"] or []) + (self.lang["counted_before"] or []))
                or any(table.match(self.tokens, k) for table in (self.lex.currencies, self.lex.subunits, self.lex.units,
                                                                  self.lex.percent, self.lex.fractions)))

    def _sign(self, num: Numeral) -> None:
        """``-5 डिग्री`` (a dash glued to the digits, not after a word: ``BTO-27`` is a dateline),
        ``माइनस 5``, ``ติดลบ 2.5``."""
        tokens, i = self.tokens, num.first
        if i and tokens[i - 1].text in _DASHES and not num.words and (i < 2 or tokens[i - 2].kind == "space"
                                                                         or tokens[i - 2].text in "(:=,"):
            if i < 3 or tokens[i - 3].kind != "num":  # "10 -20" is a range, not -20
                num.sign, num.sign_tok = -1, i - 1
                return
        k = i - 1
        while k >= 0 and tokens[k].kind == "space" and "\n" not in tokens[k].text:
            k -= 1
        prefix = self.lex.percent_prefix.match_before(tokens, k) if k >= 0 else None
        if prefix:  # "ติดลบร้อยละ 1.2"
            before = prev_token(tokens, prefix[1])
            k = -1 if before is None else before
        for key in ("sign_words", "weak_sign_words"):
            table = [w for w in (self.lang[key] or [])]
            if k >= 0 and tokens[k].text in table:
                num.sign, num.sign_tok = -1, k
                if key == "weak_sign_words":
                    num.sign = -2  # only if the figure is not money: decided in _classify
                return

    # --- 2-5. reading a numeral and its neighbours -------------------------------------

    def _read(self, num: Numeral, nxt: Numeral | None) -> tuple[_Span | None, int]:
        """The figure that starts at ``num``, or None and the last token the text used."""
        tokens = self.tokens
        if is_skipped(tokens, num, self.lex, self.urls):
            return None, self._run_end(num)
        if self._suffixed(num):
            return None, num.last
        if not num.words:
            for reader in (numeric_date, fiscal_years):
                found = reader(tokens, num.first, self.lang)
                if found:  # a date, or a range of years (fiscal, season, a span): "year" says which
                    unit = "year" if found.kind == "range" else None
                    return _Span(num.first, found.last, found.value, found.kind, unit), found.last
        date = self._date(num, nxt)
        if date is not None:
            return date, date.last
        pair = self._pair(num, nxt)
        return self._classify(num, pair), num.last

    def _run_end(self, num: Numeral) -> int:
        """The last token of a skipped run: ``7/2563``, ``09.00-12.00``, ``081-234-5678``, ``9:45``,
        and the list after an identifier's word (``वार्ड संख्या 14, 27 और 63``)."""
        tokens, k = self.tokens, num.last
        while k + 2 < len(tokens) and tokens[k + 1].text in {"/", ":"} | _DASHES and tokens[k + 2].kind == "num":
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

    def _date(self, num: Numeral, nxt: Numeral | None) -> _Span | None:
        """``27 फरवरी``, ``15 अगस्त, 2019``, ``20-30 अप्रैल``, ``22 और 23 अक्टूबर``,
        ``1 जुलाई से 30 सितंबर 2021``."""
        if not _day(num):
            return None
        own = month_after(self.tokens, num.last + 1, self.lex)
        before = prev_token(self.tokens, num.first)
        month_first = self.lex.months.match_before(self.tokens, before) if before is not None and own is None else None
        if month_first and not num.words and tokens_between_year(self.tokens, num) is None:
            # "सितम्बर 30": the month first (not "मार्च 2024", whose number is a year)
            return _Span(month_first[1], num.last, iso(None, int(month_first[0]), int(num.value)), "date")
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
            return _Span(num.first, last, [iso(year, month[0], d) for d in days], "range")
        if not is_day_of(own[0], int(num.value)):
            return None
        year, last = self._year(own[1])
        end = self._date_range_end(last)
        if end is not None:
            (month2, day2, year2), last2 = end
            year1 = year or (year2 - (own[0] > month2) if year2 else None)
            return _Span(num.first, last2, [iso(year1, own[0], int(num.value)), iso(year2, month2, day2)], "range")
        if year and not is_day_of(own[0], int(num.value), year):
            return None
        return _Span(num.first, last, iso(year, own[0], int(num.value)), "date")

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
        return text in _DASHES or text in self.lex.range_words or text in self.lex.day_joiners

    def _date_range_end(self, last: int) -> tuple[tuple[int, int, int | None], int] | None:
        """``… से 30 सितंबर 2021`` / ``… ถึง 5 มีนาคม``: the end of a date range after a date."""
        tokens = self.tokens
        k = skip_spaces(tokens, last + 1)
        if k >= len(tokens) or not (tokens[k].text in _DASHES or self.lex.range_words.match(tokens, k)):
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

    def _pair(self, a: Numeral, b: Numeral | None) -> tuple[str, Numeral, int] | None:
        """``a/b`` → ratio; ``a-b``, ``a से b``, ``a ถึง b``, ``a और b के बीच`` → range."""
        if b is None or is_clock(self.tokens, b, self.lex):
            return None
        between = self.tokens[a.last + 1:b.first]
        text = "".join(t.text for t in between)
        words = [t for t in between if t.kind != "space"]
        if text == "/" and not a.words and not b.words and a.value >= 0:
            return ("ratio", b, b.last)
        if len(words) != 1 or "\n" in text:
            return None
        word = words[0].text
        if word in _DASHES and not a.words and not b.words:
            if text == word or a.value < b.value:  # "2000 - 8000"; "उत्पादकता - गुणवत्ता" has no digits
                return ("range", b, b.last)
            return None
        low = -a.value if a.sign < 0 else a.value
        if self.lex.range_words.match(self.tokens, a.last + 1 + between.index(words[0])) and low < _base(a, b):
            return ("range", b, b.last)
        if word in self.lex.range_between:
            after = self.lex.range_between_after.match(self.tokens, skip_spaces(self.tokens, b.last + 1))
            if after and low < _base(a, b):
                return ("range", b, b.last)
        if word in self.lex.fractions and not a.scaled and b.value:
            return ("fraction", b, b.last)  # "पांच बटा आठ" = 5/8
        return None

    def _classify(self, num: Numeral, pair: tuple[str, Numeral, int] | None) -> _Span | None:
        first = num.sign_tok if num.sign_tok is not None else num.first
        value: object = num.value * (-1 if num.sign < 0 else 1)
        last = pair[2] if pair else num.last
        if pair:
            b = pair[1]
            if pair[0] == "ratio":
                return self._unit(_Span(first, last, [num.value, b.value], "ratio"), num)
            if pair[0] == "fraction":
                return _Span(first, last, num.sign * abs(num.value) / b.value if num.sign < 0 else num.value / b.value)
            low = num.value * (b.value / _base_of(b)) if b.scaled and not num.scaled else num.value
            low = -low if num.sign < 0 else low
            high = -b.value if b.sign < 0 else b.value
            if is_year(num.value, self.lang) and is_year(b.value, self.lang) and not num.words and not b.scaled:
                return _Span(first, last, [gregorian(int(num.value), self.lang), gregorian(int(b.value), self.lang)],
                             "range", "year")
            return self._unit(_Span(first, last, [_clean(low), _clean(high)], "range"), num)
        if self._is_year(num):
            return _Span(first, last, gregorian(int(num.value), self.lang), "year")
        span = self._unit(_Span(first, last, value), num)
        if span is not None and num.sign == -2 and span.kind == "money":
            span.value, span.first = num.value, num.first  # "ऋण 5 करोड़ रुपये" is a loan, not −5 crore
        if span is not None and span.kind == "count":
            ordinal = self._ordinal(num)
            if ordinal is not None:
                return _Span(ordinal, num.last, num.value, "ordinal")
        return span

    def _unit(self, span: _Span, num: Numeral) -> _Span:
        """Percent, money or a measure after (or a percent word or currency symbol before) the figure."""
        tokens, lex = self.tokens, self.lex
        k = skip_spaces(tokens, span.last + 1)
        if k < len(tokens) and tokens[k].text in _DASHES and tokens[k].start == tokens[span.last].end \
                and lex.percent.match(tokens, k + 1):
            k += 1  # "शत-प्रतिशत"
        percent = lex.percent.match(tokens, k)
        before = prev_token(tokens, min(span.first, num.first) if num.sign_tok is None else num.first)
        prefix = lex.percent_prefix.match_before(tokens, before) if before is not None else None
        if percent or prefix:
            span.unit = "%"
            span.kind = "percent" if span.kind == "count" else span.kind
            span.last = percent[1] if percent else span.last
            span.first = min(span.first, prefix[1]) if prefix and not percent else span.first
            return span
        symbol = lex.symbols.match_before(tokens, before) if before is not None else None
        if k < len(tokens) and tokens[k].text in _DASHES and tokens[k].start == tokens[span.last].end:
            glued = skip_spaces(tokens, k + 1)  # "12-सेंट-प्रति-शेयर", "एक-येन"
            if lex.currencies.match(tokens, glued) or lex.subunits.match(tokens, glued):
                k = glued
        currency = lex.currencies.match(tokens, k)
        if symbol:
            span.unit, span.first = str(symbol[0]), symbol[1]
            span.kind = "money" if span.kind == "count" else span.kind
            return span
        if currency:
            span.unit, span.last = str(currency[0]), currency[1]
            span.kind = "money" if span.kind == "count" else span.kind
            self._subunit(span)
            return span
        sub = lex.subunits.match(tokens, k)
        if sub and span.kind == "count" and isinstance(span.value, (int, float)):
            span.value, span.unit, span.kind, span.last = span.value * float(sub[0][1]), str(sub[0][0]), "money", sub[1]
            return span  # "35 पैसे", "๑๘ สตางค์"
        unit = lex.units.match(tokens, k)
        if unit:
            span.unit = str(unit[0])  # the measure's word stays outside the figure's text
        self._half(span, k, unit[1] if unit else None)
        return span

    def _half(self, span: _Span, k: int, unit_end: int | None) -> None:
        """``สองปีครึ่ง`` = 2.5, ``๓ เดือนครึ่ง``, ``หนึ่งลิตรครึ่ง``: a half after the counted word."""
        tokens = self.tokens
        if not isinstance(span.value, (int, float)) or k >= len(tokens) or tokens[k].kind != "word":
            return
        word_end = unit_end if unit_end is not None else k
        half = self.lex.half.match(tokens, word_end + 1)
        if half and word_end + 1 == half[1] and tokens[word_end + 1].start == tokens[word_end].end:
            span.value, span.last = span.value + 0.5, half[1]
        elif any(tokens[word_end].text.endswith(h) and len(tokens[word_end].text) > len(h)
                 for h in (self.lang["half_words"] or [])):
            span.value, span.last = span.value + 0.5, word_end  # "เท่าครึ่ง" cut as one word

    def _subunit(self, span: _Span) -> None:
        """``7 डॉलर 25 सेंट`` = 7.25, ``ยี่สิบบาทห้าสิบสตางค์`` = 20.50, ``หนึ่งบาทถ้วน``."""
        tokens = self.tokens
        k = skip_spaces(tokens, span.last + 1)
        closer = self.lex.closers.match(tokens, k)
        if closer:
            span.last = closer[1]
            return
        if k < len(tokens) and tokens[k].text in self.lang["number_joiners"] or []:
            k = skip_spaces(tokens, k + 1)  # "तेरह डॉलर और पैंतालीस सेंट"
        if k >= len(tokens):
            return
        num = self._digits_at(k) if tokens[k].kind == "num" else self._words_at(k) if tokens[k].kind == "word" else None
        if num is None or num.scaled:
            return
        sub = self.lex.subunits.match(tokens, skip_spaces(tokens, num.last + 1))
        if sub and sub[0][0] == span.unit and isinstance(span.value, (int, float)):
            sign = -1 if span.value < 0 else 1
            span.value = _clean(round(span.value + sign * num.value * float(sub[0][1]), 6))
            span.last = sub[1]

    def _is_year(self, num: Numeral) -> bool:
        tok = self.tokens[num.first]
        if num.words or num.first != num.last or num.sign != 1 or len(ascii_digits(tok.text)) != 4:
            return False
        if not ascii_digits(tok.text).isdigit() or not is_year(num.value, self.lang):
            return False
        if (self.lang["calendar_offset"] or 0) and num.value >= 2400:
            return True
        before = prev_token(self.tokens, num.first)
        if before is not None and (self.lex.year_before.match_before(self.tokens, before) or self.lex.eras.match_before(
                self.tokens, before)):
            return True
        after = [t.text for t in self.tokens[num.last + 1:num.last + 4] if t.kind != "space"][:1]
        if after and (after[0] in (self.lang["year_words_after"] or []) or after[0] in _DASHES):
            return True
        # A bare 4-digit year-like number followed by a counted noun is a count.
        return not after or after[0] in (",", ".", "।", ";", ")", ":")

    def _ordinal(self, num: Numeral) -> int | None:
        """``ครั้งที่ 2``, ``ปีที่ 10``, ``นัดที่สิบสอง``: a marker after a counted noun; the
        ordinal's first token (the noun when the language keeps it, else the marker)."""
        tokens, lang = self.tokens, self.lang
        k = prev_token(tokens, num.first)
        if not float(num.value).is_integer() or k is None or tokens[k].text not in (lang["ordinal_markers"] or []):
            return None
        return self._ordinal_start(k)

    def _ordinal_start(self, marker: int) -> int | None:
        tokens, lang = self.tokens, self.lang
        noun = marker - 1 if marker and tokens[marker - 1].kind == "word" else None
        if noun is None or tokens[noun].text in (lang["ordinal_marker_not_after"] or []):
            return None
        return noun if tokens[noun].text in (lang["ordinal_nouns"] or []) else marker

    def _suffixed(self, num: Numeral) -> bool:
        """``10वीं``, ``12 वीं``: digits an ordinal suffix follows (``_ordinal_words`` reads them)."""
        k = self._next_word(num.last)
        return not num.words and k is not None and self.lex.ordinal_suffixes.match(self.tokens, k) is not None

    def _ordinal_words(self):
        """``दूसरी बैठक`` (the second meeting), ``ग्यारहवाँ``, ``10वीं``, ``ปีที่สอง``, unless an
        idiom (``दूसरी ओर``) or before a plural (``दूसरे राज्यों``: other states)."""
        tokens, lang, lex = self.tokens, self.lang, self.lex
        for i, tok in enumerate(tokens):
            if tok.kind == "num":
                k = self._next_word(i)
                if k is not None and lex.ordinal_suffixes.match(tokens, k) and (value := read_digits(tok.text)) is not None:
                    if float(value).is_integer():
                        yield self._figure(_Span(i, k, value, "ordinal"), None)
                continue
            if tok.kind != "word":
                continue
            value = self._ordinal_word(tok.text)
            if value is not None and not self._idiom_after(i):
                yield self._figure(_Span(i, i, value, "ordinal"), None)
            for marker in lang["ordinal_markers"] or []:  # Thai "ที่สอง" segmented as one word
                rest = self.words.split(tok.text[len(marker):]) if tok.text.startswith(marker) else []
                start = self._ordinal_start(i) if rest else None
                if rest and any(kind == "n" for kind, _ in rest) and start is not None:
                    yield self._figure(_Span(min(start, i), i, compose(rest), "ordinal"), None)

    def _ordinal_word(self, word: str) -> int | None:
        found = self.lex.ordinals.items.get(fold(word, self.lang))
        if found is not None:
            return int(found)
        for suffix in self.lang["ordinal_suffixes"] or []:  # a number word with a suffix: "ग्यारहवाँ"
            for form in {suffix, suffix.replace("\u0901", "\u0902")}:
                if word.endswith(form) and len(word) > len(form):
                    parts = self.words.split(word[:-len(form)])
                    if parts and parts[0][0] in "ns":  # "ग्यारहवाँ", "सौवाँ"
                        return int(compose(parts))
        return None

    def _idiom_after(self, i: int) -> bool:
        after = _next_text(self.tokens, i) or ""
        if after in (self.lang["ordinal_idioms"] or []):
            return True
        return any(after.endswith(e) for e in ("ों", "ओं"))

    # --- 6-7. the figure record ---------------------------------------------------------

    def _figure(self, span: _Span, num: Numeral | None) -> Figure | None:
        tokens = self.tokens
        start, end = tokens[span.first].start, tokens[span.last].end
        text = "".join(t.text for t in tokens[span.first:span.last + 1])
        value = _clean(span.value)
        qualifier = self._qualifier(span)
        kind = span.kind
        label_kind = {"%": "percent", None: kind, "year": "year"}.get(span.unit, "money") if kind == "range" else kind
        if kind == "range" and isinstance(value, list) and isinstance(value[0], str):
            label_kind = "date"
        label = find_label(tokens, span.first, span.last, label_kind, self.lang)
        unit = span.unit
        return Figure(value=value, kind=kind, unit=unit, text=text, label=label, start=start, end=end,
                      sentence=0, qualifier=qualifier, incidental=self._example(span) or self._duration(span))

    def _duration(self, span: _Span) -> bool:
        """A count of days, months or years (``तीन घंटे``, ``9 เดือน``): how long, not how many."""
        k = skip_spaces(self.tokens, span.last + 1)
        return span.kind == "count" and self.lex.durations.match(self.tokens, k) is not None

    def _example(self, span: _Span) -> bool:
        """After ``उदाहरण के लिए`` / ``ตัวอย่างเช่น`` in the same clause: an illustration."""
        k = span.first - 1
        while k >= 0 and k > span.first - 12 and self.tokens[k].text not in {",", ";", "।", ".", "\n"}:
            if self.lex.illustration_before.match_before(self.tokens, k):
                return True
            k -= 1
        return False

    def _qualifier(self, span: _Span) -> str | None:
        tokens = self.tokens
        before = prev_token(tokens, span.first)
        if before is not None:
            found = self.lex.qualifiers_before.match_before(tokens, before)
            if found:
                return str(found[0])
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

    def _next_word(self, i: int) -> int | None:
        return self._next_of(i, "word")

    def _next_of(self, i: int, kind: str) -> int | None:
        """The token after ``i`` (one space between at most) if it is of ``kind``."""
        k = i + 1
        if k < len(self.tokens) and self.tokens[k].kind == "space" and "\n" not in self.tokens[k].text:
            k += 1
        return k if k < len(self.tokens) and self.tokens[k].kind == kind else None

    def _before_word(self, i: int) -> str | None:
        k = prev_token(self.tokens, i)
        return self.tokens[k].text if k is not None else None


def tokens_between_year(tokens: list[Token], num: Numeral) -> int | None:
    """A 4-digit number is a year, not a day."""
    return num.first if len(ascii_digits(tokens[num.first].text)) == 4 else None


def _day(num: Numeral) -> bool:
    return not num.scaled and num.sign == 1 and float(num.value).is_integer() and 1 <= num.value <= 31


def _base(a: Numeral, b: Numeral) -> float:
    """``b``'s value on ``a``'s scale: in ``5-10 करोड़`` the 5 is crores too."""
    return _base_of(b) if b.scaled and not a.scaled else b.value


def _base_of(num: Numeral) -> float:
    """The number before a numeral's scale words (``10 करोड़`` → 10)."""
    return num.base if num.base is not None else num.value


def _clean(value):
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, float):
        return float(f"{value:.15g}")  # float noise (1.2 × 10,000) away, the digits a text can give kept
    return value


def _next_text(tokens: list[Token], i: int) -> str | None:
    k = skip_spaces(tokens, i + 1)
    return tokens[k].text if k < len(tokens) else None
