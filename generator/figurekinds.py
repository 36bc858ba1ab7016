"""What kind of figure a numeral makes with the words around it: a percentage, money (with a
currency's sub-unit), a measure with its unit, a half after a classifier, an ordinal. The data
are the language's (``lexicon``): percent words, CLDR's currency names, units, ordinal words
and suffixes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from generator.language import get_language
from generator.lexicon import lexicon
from generator.numeral import DASHES, Numeral
from generator.numerals import compose, fold, number_words, prev_token, read_digits, skip_spaces
from generator.numeralscan import NumeralScanner, next_text


@dataclass
class Span:
    """A figure being built: its tokens, value, kind and unit."""

    first: int
    last: int
    value: object
    kind: str = "count"
    unit: str | None = None
    qualifier: str | None = None  # one read between the number and its unit ("3 ล้านกว่าบาท")


def clean(value):
    """Whole floats as ints, the rest to 15 significant digits (float noise such as
    1.2 × 10,000 away, every digit a text can give kept)."""
    if isinstance(value, list):
        return [clean(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, float):
        return float(f"{value:.15g}")
    return value


class KindReader(NumeralScanner):
    """The kind, unit and extent of a figure around a numeral; ordinals."""

    def _unit(self, span: Span, num: Numeral) -> Span:
        """Percent, money or a measure after (or a percent word or currency symbol before) the figure."""
        tokens, lex = self.tokens, self.lex
        k = skip_spaces(tokens, span.last + 1)
        if k < len(tokens) and tokens[k].text in DASHES and tokens[k].start == tokens[span.last].end \
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
        k = self._accounting_dash(span, self._inner_qualifier(span, k))
        if span.kind == "money" and span.unit and not symbol:
            return span  # "1,25,430/-": an amount as accounts close it
        if k < len(tokens) and tokens[k].text in DASHES and tokens[k].start == tokens[span.last].end:
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
        if sub and (longer := lex.units.match(tokens, k)) and longer[1] > sub[1]:
            sub = None  # "12 ลบ.ม." is cubic metres, not "12 ลบ." (million baht)
        if sub and span.kind == "count" and isinstance(span.value, (int, float)):
            span.value, span.unit, span.kind, span.last = span.value * float(sub[0][1]), str(sub[0][0]), "money", sub[1]
            return span  # "35 पैसे", "๑๘ สตางค์"
        unit = lex.unit(tokens, k)
        if unit:
            span.unit = str(unit[0])  # the measure's word stays outside the figure's text
            if self._measure_subunits(span, unit[1]):
                return span
        self._half(span, k, unit[1] if unit else None)
        return span

    def _accounting_dash(self, span: Span, k: int) -> int:
        """``370.- บาท``, ``1,500.-บาท``, ``2500/- रुपए``: the dot or slash and dash that close an amount without
        its cents, as accounts write it, glued to the digits: its currency is looked up after them; with none
        after, the amount is in the currency such accounts are kept in (``accounting_currency``: ``1,25,430/-
        की राशि``), its text up to the dash."""
        tokens = self.tokens
        if k + 1 < len(tokens) and tokens[k].text in "./" and tokens[k + 1].text in DASHES \
                and tokens[k].start == tokens[span.last].end and tokens[k + 1].start == tokens[k].end:
            after = skip_spaces(tokens, k + 2)
            if self.lex.currencies.match(tokens, after):
                return after
            before = prev_token(tokens, span.first)
            dated = before is not None and self.lex.months.match_before(tokens, before) is not None
            if (currency := self.lang["accounting_currency"]) and span.kind == "count" and not dated:
                span.unit, span.kind, span.last = str(currency), "money", k + 1  # not "ก.พ. 69.- สำนักข่าวไทย": a year
        return k

    def _inner_qualifier(self, span: Span, k: int) -> int:
        """A qualifier glued between the number and its currency or unit (``3 ล้านกว่าบาท``,
        ``200 กว่าราย`` is left to the words after): the span's, and the unit is looked up after it."""
        tokens, lex = self.tokens, self.lex
        found = lex.qualifiers_after.match(tokens, k)
        if not found or tokens[k].start != tokens[span.last].end or found[1] + 1 >= len(tokens) \
                or tokens[found[1] + 1].start != tokens[found[1]].end:
            return k
        after = found[1] + 1
        if any(t.match(tokens, after) for t in (lex.currencies, lex.subunits, lex.units)):
            span.qualifier = str(found[0])
            return after
        return k

    def _measure_subunits(self, span: Span, unit_end: int) -> bool:
        """``๗,๓๐๔ ไร่ ๒ งาน ๔๐ ตารางวา`` = 7,304.6 rai: smaller measures of the same unit after it
        (``measure_subunits``) add to the amount, and the figure's text runs to the last of them."""
        tokens, k, found = self.tokens, unit_end, False
        while isinstance(span.value, (int, float)):
            m = skip_spaces(tokens, k + 1)
            num = self._digits_at(m) if m < len(tokens) and tokens[m].kind == "num" else None
            sub = self.lex.measure_subunits.match(tokens, skip_spaces(tokens, num.last + 1)) if num and not num.scaled else None
            if num is None or not sub or sub[0][0] != span.unit:
                return found
            span.value = clean(round(span.value + num.value * float(sub[0][1]), 6))
            span.last, k, found = sub[1], sub[1], True
        return found

    def _half(self, span: Span, k: int, unit_end: int | None) -> None:
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

    def _subunit(self, span: Span) -> None:
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
            span.value = clean(round(span.value + sign * num.value * float(sub[0][1]), 6))
            span.last = sub[1]

    def _ordinal(self, num: Numeral) -> int | None:
        """``ครั้งที่ 2``, ``ปีที่ 10``, ``นัดที่สิบสอง``: a marker after a counted noun; the
        ordinal's first token (the noun when the language keeps it, else the marker)."""
        tokens, lang = self.tokens, self.lang
        k = prev_token(tokens, num.first)
        if not float(num.value).is_integer() or k is None or tokens[k].text not in (lang["ordinal_markers"] or []):
            return None
        return self._ordinal_start(k)

    def _names_by_ordinal(self, num: Numeral) -> bool:
        """``เขตสุขภาพที่ 8``, ``ไตรมาสที่ 2``, ``ฉบับที่ ๕๘๔``: where the language says so
        (``ordinals_name``), a marker after a noun not counted in order (not one of ``ordinal_nouns``,
        ``ordinals_counted``: ``ครั้ง``, ``ปี``) makes the number part of a name."""
        tokens = self.tokens
        k = prev_token(tokens, num.first)
        if not self.lang["ordinals_name"] or k is None or tokens[k].text not in (self.lang["ordinal_markers"] or []):
            return False
        counted = k and tokens[k - 1].text in (self.lang["ordinals_counted"] or [])
        return float(num.value).is_integer() and not num.scaled and not counted and self._ordinal_start(k) == k

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
                    if float(value).is_integer() and not self._names_item(k) and not self._names_meeting(k):
                        yield self._figure(Span(i, k, value, "ordinal"), None)
                continue
            if tok.kind != "word":
                continue
            value = self._ordinal_word(tok.text)
            if value is None and tok.text in (lang["ordinals_before_heads"] or {}) and next_text(tokens, i) in (
                    lang["ordinal_heads"] or []):  # "पहले चरण में" (the first phase), not "बैठक से पहले" (before)
                value = lang["ordinals_before_heads"][tok.text]
            if value is not None and not self._idiom_after(i) and not self._names_item(i) and not self._names_part(i) \
                    and not any(a <= tok.start < b for a, b in self.urls):  # a set phrase's: "पहली बार"
                yield self._figure(Span(i, i, value, "ordinal"), None)
            for marker in lang["ordinal_markers"] or []:  # Thai "ที่สอง" segmented as one word
                rest = self.words.split(tok.text[len(marker):]) if tok.text.startswith(marker) else []
                start = self._ordinal_start(i) if rest else None
                if rest and any(kind == "n" for kind, _ in rest) and start is not None:
                    yield self._figure(Span(min(start, i), i, compose(rest), "ordinal"), None)

    def _names_item(self, k: int) -> bool:
        """``द्वितीय बिंदु``, ``तीसरे प्रस्ताव`` (``तीसरे और चौथे प्रस्ताव``): an ordinal before an agenda item's
        noun (``ordinal_names``) names it, as a list marker does."""
        names, joiners = self.lang["ordinal_names"] or [], self.lang["list_joiners"] or []
        j = self._next_word(k)
        if j is not None and self.tokens[j].text in joiners:  # "तीसरे और चौथे प्रस्ताव": the noun after the second
            n = self._next_of(j, "num") or self._next_word(j)
            j = self._next_word(n) if n is not None else None
            if j is not None and self.tokens[j].kind == "word" and self.tokens[j].text not in names:
                j = self._next_word(j)  # past the second ordinal's suffix ("5 वें")
        return j is not None and self.tokens[j].text in names

    def _names_part(self, k: int) -> bool:
        """``पहली किस्त ₹40,000``, ``दूसरे चरण में 3,720 स्मार्ट क्लास``: an ordinal word before a part's noun
        (``part_ordinals``: an instalment, a phase, a quarter) that a number follows in the same clause
        names the part that number measures; it is that number's label, not a figure (a series' number in
        digits, ``17वीं किस्त``, stays one)."""
        j = self._next_word(k)
        if j is None or self.tokens[j].text not in (self.lang["part_ordinals"] or []):
            return False
        for t in self.tokens[j + 1:j + 1 + _PART_TOKENS]:
            if t.kind == "num":
                return True
            if t.kind == "punct" and t.text not in _CURRENCY_MARKS or "\n" in t.text:
                return False
        return False

    def _names_meeting(self, at: int) -> bool:
        """``संचालक मंडल की 87वीं बैठक``, ``การประชุมคณะกรรมการจังหวัด ครั้งที่ ๑``: the serial number of a meeting
        (an identifier, as ``ครั้งที่ 2/2568`` is), not a figure. ``at`` is the ordinal's suffix where a word
        holding one of ``meeting_serials`` follows it within a few words (Hindi); its noun (``ครั้ง``) where
        that word comes before it (Thai)."""
        nouns = tuple(self.lang["meeting_serials"] or [])
        if not nouns:
            return False
        if self.lang["label_side"] == "after":
            j: int | None = at
            for _ in range(_MEETING_WORDS):
                j = self._next_word(j) if j is not None else None
                if j is None or any(noun in self.tokens[j].text for noun in nouns):
                    return j is not None
            return False
        return self._meeting_before(at, nouns)

    def _meeting_before(self, at: int, nouns: tuple[str, ...]) -> bool:
        """The word right before the noun at ``at`` holds a meeting's word (``การประชุมครั้งที่ ๒``, not
        ``จ่ายเงินช่วยเหลือครั้งที่ ๒``), or, after a space, the phrase before it does, past a session's own
        number and year (``สมัยสามัญ สมัยที่ ๒ ประจำปี ๒๕๖๘ ครั้งที่ ๑``: ``meeting_serial_between``)."""
        tokens, k = self.tokens, at - 1
        if k >= 0 and tokens[k].kind == "word":
            return any(noun in tokens[k].text for noun in nouns)
        between = {*(self.lang["ordinal_markers"] or []), *(self.lang["meeting_serial_between"] or [])}
        while k >= 0 and at - k <= _MEETING_TOKENS and "\n" not in tokens[k].text:
            era = self.lex.eras.match_before(tokens, k)
            if era:  # "สมัยที่ ๓ ประจำปี พ.ศ. ๒๕๖๘ ครั้งที่ ๑": past the session's year
                k = era[1] - 1
                continue
            if tokens[k].kind == "word" and tokens[k].text not in between:
                while k >= 0 and tokens[k].kind == "word":  # the phrase before the space
                    if any(noun in tokens[k].text for noun in nouns):
                        return True
                    k -= 1
                return False
            k -= 1
        return False

    def _ordinal_word(self, word: str) -> int | None:
        return _ordinal_value(word, self.lang.code)

    def _idiom_after(self, i: int) -> bool:
        after = next_text(self.tokens, i) or ""
        if after in (self.lang["ordinal_idioms"] or []):
            return True
        return any(after.endswith(e) for e in ("ों", "ओं"))


_PART_TOKENS = 8  # "तीसरी किस्त के 265 ऋण": the part's noun, its case word and the number
_CURRENCY_MARKS = {"₹", "$", "฿"}
_MEETING_WORDS = 4  # "38वीं निदेशक मंडल की बैठक"
_MEETING_TOKENS = 16  # "สมัยสามัญ สมัยที่ ๓ ประจำปี พ.ศ. ๒๕๖๘ ครั้งที่ ๑": past the session's number and year


@functools.lru_cache(maxsize=65536)
def _ordinal_value(word: str, code: str) -> int | None:
    """The ordinal a word names (``दूसरी`` 2, ``ग्यारहवाँ`` 11), or None; remembered, as every word of
    every article is asked."""
    lang, words = get_language(code), number_words(code)
    found = lexicon(code).ordinals.items.get(fold(word, lang))
    if found is not None:
        return int(found)
    for suffix in lang["ordinal_suffixes"] or []:  # a number word with a suffix: "ग्यारहवाँ"
        for form in {suffix, suffix.replace("\u0901", "\u0902")}:
            if word.endswith(form) and len(word) > len(form):
                parts = words.split(word[:-len(form)])
                if parts and parts[0][0] in "ns":  # "ग्यारहवाँ", "सौवाँ"
                    return int(compose(parts))
    return None
