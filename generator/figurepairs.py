"""Two numbers read as one figure, and a number read as a year: ``a/b`` and ``a:b`` are a ratio,
``a-b``, ``a से b``, ``a ถึง b``, ``a और b के बीच`` a range, ``पांच बटा आठ`` and ``दो-तिहाई`` a
fraction; a 4-digit number a year by its cues (``वर्ष 2024``, ``พ.ศ. 2567``, ``ปีงบ 68``). Used by
``figures``; the words are language data (``range_words``, ``ratio_joiners``, ``part_joiners``,
``fraction_words``, ``fraction_denominators``, ``year_before``).
"""

from __future__ import annotations

from generator.figurekinds import KindReader
from generator.identifiers import named_by_number, noun_counted
from generator.numeral import DASHES, Numeral
from generator.numerals import ascii_digits, prev_token, skip_spaces
from generator.skips import RATIO_WINDOW, is_clock, ratio_word_in
from generator.textdates import is_year


class PairReader(KindReader):
    """Pairs of numerals, fractions and years, for the figure reader."""

    def _pair(self, a: Numeral, b: Numeral | None) -> tuple[str, Numeral, int] | None:
        """``a/b`` → ratio; ``a-b``, ``a से b``, ``a ถึง b``, ``a और b के बीच`` → range."""
        if b is None or is_clock(self.tokens, b, self.lex):
            return None
        between = self.tokens[a.last + 1:b.first]
        text = "".join(t.text for t in between)
        words = [t for t in between if t.kind != "space"]
        if text == "/" and not a.words and not b.words and a.value >= 0:
            return ("ratio", b, b.last)
        spaced = text != ":" and text.strip(" ") == ":" and (self._near_ratio_word(a, b) or a.value == 1 < b.value)
        # "อัตราส่วน 1 : 65,000", "เกณฑ์แนะนำอยู่ที่ 1 : 50,000 คน" (one to so many); not "ปี 2567 : 172 ราย", a list's
        # key and its value
        if (text == ":" or spaced) and not a.words and not b.words and a.value >= 0 and self._colon_ratio(a, b):
            return ("ratio", b, b.last)  # "1:3 के अनुपात में", "60:40"
        if len(words) == 2 and self._symbol_again(a, words[1]):
            words = words[:1]  # "₹२,००० से ₹४,०००": the currency's symbol said again before the second
        elif len(words) == 2 and self._unit_again(words[0], b):
            words = words[1:]  # "4,000 रुपये से 25,000 रुपये", "500 บาท ถึง 1,000 บาท": the currency after both
        if len(words) != 1 or "\n" in text:
            return None
        word = words[0].text
        scaled = a.value * (b.value / base_of(b)) if b.scaled and not a.scaled and base_of(b) else a.value
        if word in DASHES and a.words and b.words and text == word and 0 < a.value:
            if scaled == b.value:
                return ("each", b, b.last)  # "पांच-पांच किलो", "दो-दो हजार रुपये": number words repeated, so many each
            return ("range", b, b.last) if not a.scaled and not b.scaled and a.value < b.value else None  # "दो-तीन दिन"
        if word in DASHES and not a.words and not b.words:
            if text == word and scaled == b.value:
                return ("each", b, b.last)  # "30-30 बेड", "5-5 लाख रुपये": so many each, as Hindi repeats a number
            if text == word or a.value < b.value:  # "2000 - 8000"; "उत्पादकता - गुणवत्ता" has no digits
                return ("range", b, b.last)
            return None
        low = -a.value if a.sign < 0 else a.value
        if self.lex.range_words.match(self.tokens, a.last + 1 + between.index(words[0])) and low < _base(a, b) \
                and not self._from_named(a, b):
            return ("range", b, b.last)
        if word in self.lex.range_between:
            after = self.lex.range_between_after.match(self.tokens, skip_spaces(self.tokens, b.last + 1))
            if after and low < _base(a, b):
                return ("range", b, b.last)
        if word in (self.lang["ratio_joiners"] or []) and not a.scaled and not b.scaled \
                and (self._near_ratio_word(a, b) or a.value == 1 < b.value and not a.words and not self._votes(b)):
            return ("ratio", b, b.last)  # "สัดส่วนพยาบาลต่อผู้ป่วย 1 ต่อ 8", "เป้าหมายที่ 1 ต่อ 6"; not votes ("มีมติ 13 ต่อ 2")
        if word in (self.lang["part_joiners"] or []) and not a.scaled and not b.scaled and 0 < a.value < b.value \
                and not self._is_year(a) and not self._is_year(b):
            return ("ratio", b, b.last)  # "ราว 2 ใน 3 ของทั้งหมด": so many of so many
        if word in self.lex.fractions and not a.scaled and b.value:
            return ("fraction", b, b.last)  # "पांच बटा आठ" = 5/8
        return None

    def _from_named(self, a: Numeral, b: Numeral) -> bool:
        """``जोन 9 से 367 शिकायतें``: ``a`` names a place by its number (``identifier_before``) and ``b`` counts the noun
        after it; the word between says where from, not a range of names (``कक्षा 1 से 8``)."""
        if a.words or not ascii_digits(self.tokens[a.first].text).isdigit() \
                or not named_by_number(self.tokens, a.first, self.lex):
            return False
        return noun_counted(self.tokens, b.last, self.lex)

    def _votes(self, b: Numeral) -> bool:
        """Whether ``b`` counts votes (``vote_classifiers``: ``เสียง``)."""
        k = skip_spaces(self.tokens, b.last + 1)
        return k < len(self.tokens) and self.tokens[k].text in (self.lang["vote_classifiers"] or [])

    def _symbol_again(self, a: Numeral, word) -> bool:
        before = prev_token(self.tokens, a.first)
        return before is not None and self.tokens[before].text == word.text \
            and self.lex.symbols.match(self.tokens, before) is not None

    def _unit_again(self, word, b: Numeral) -> bool:
        k = skip_spaces(self.tokens, b.last + 1)
        return k < len(self.tokens) and self.tokens[k].text == word.text and self.lex.currencies.match(self.tokens, k) is not None

    def _fraction_word(self, num: Numeral) -> tuple[int, int] | None:
        """``दो-तिहाई``, ``तीन चौथाई``: a small number and the word of a fraction's denominator after it
        (``fraction_denominators``) are so many parts of so many: its denominator and last token."""
        k = skip_spaces(self.tokens, num.last + 1)
        if k < len(self.tokens) and self.tokens[k].text in DASHES:
            k = skip_spaces(self.tokens, k + 1)
        denominators = self.lang["fraction_denominators"] or {}
        if num.scaled or not num.words or k >= len(self.tokens) or self.tokens[k].text not in denominators:
            return None
        return (denominators[self.tokens[k].text], k) if 0 < num.value < denominators[self.tokens[k].text] else None

    def _colon_ratio(self, a: Numeral, b: Numeral) -> bool:
        """``60:40``, ``1:3 के अनुपात में``, ``อัตราส่วน 5:1``: two numbers a colon joins are a ratio when
        they cannot be a time of day, or a ratio word is beside them."""
        tokens = self.tokens
        if not (0 <= a.value <= 24 and 0 <= b.value <= 59 and len(ascii_digits(tokens[b.first].text)) == 2):
            return True
        return self._near_ratio_word(a, b)

    def _near_ratio_word(self, a: Numeral, b: Numeral) -> bool:
        return ratio_word_in(self.tokens, a.first - RATIO_WINDOW, b.last + 7, self.lang)

    def _short_year(self, num: Numeral) -> bool:
        text = ascii_digits(self.tokens[num.first].text)
        if not self.lang["short_year_base"] or num.words or num.first != num.last or len(text) != 2 or not text.isdigit():
            return False
        before = prev_token(self.tokens, num.first)
        marked = before is not None and self.lex.year_before.match_before(self.tokens, before)
        if not marked:
            return False
        word = prev_token(self.tokens, marked[1]) if marked[1] > 0 else None
        return word is None or self.tokens[word].kind != "num"  # not "อายุเกิน 20 ปี 64 ลำ": the unit of the
        # number before, and this one counts boats

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
        if after and (after[0] in (self.lang["year_words_after"] or []) or after[0] in DASHES):
            return True
        # A bare 4-digit year-like number followed by a counted noun is a count.
        return not after or after[0] in (",", ".", "।", ";", ")", ":")


def _base(a: Numeral, b: Numeral) -> float:
    """``b``'s value on ``a``'s scale: in ``5-10 करोड़`` the 5 is crores too."""
    return base_of(b) if b.scaled and not a.scaled else b.value


def base_of(num: Numeral) -> float:
    """The number before a numeral's scale words (``10 करोड़`` → 10)."""
    return num.base if num.base is not None else num.value


