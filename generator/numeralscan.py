"""Finding the numerals of a paragraph's tokens: digit runs with the scale words after them,
runs of number words (read by ``numerals.NumberWords``), their signs, and ``एक``/``หนึ่ง``
used as a word rather than a count. ``figures`` reads each numeral into a figure.
"""

from __future__ import annotations

import re

from generator.language import Language
from generator.lexicon import Lexicon, lexicon
from generator.numeral import DASHES, Numeral, glued_to_title, named_place
from generator.numerals import (
    NumberWords,
    Token,
    ascii_digits,
    compose,
    number_words,
    prev_token,
    read_digits,
    skip_spaces,
)
from generator.textdates import numeric_date

_YEARS = (1900, 2100)  # a number in this range after a scale is more likely a year than its rest
_RUN_TOKENS = 24  # tokens (spaces among them) back from a word for "one" to a count of the same run
_SENTENCE_MARKS = {"।", ".", "?", "!", "\n"}

class NumeralScanner:
    """The numerals of one paragraph's tokens."""

    def __init__(self, tokens: list[Token], lang: Language, decimal_comma: bool, whole: bool) -> None:
        self.tokens, self.lang, self.decimal_comma = tokens, lang, decimal_comma
        self.lex: Lexicon = lexicon(lang.code)
        self.words: NumberWords = number_words(lang.code)
        self.whole = whole

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
            # "3 सौ और 21", not "38.6 करोड़ और 95 नए बोरवेल": a fraction of a scale takes no more groups
            joined = self._joined_group(last, parts[-1][1]) if float(value).is_integer() else None
            if joined is not None:
                return Numeral(i, joined.last, compose(parts) + joined.value, scaled=True, base=value)
            more = self._next_digits(last)
            if more is not None and len(parts) > 1:
                later = self._digits_at(more)
                if later is not None and later.scaled and later.value < compose(parts) and not later.sign_tok:
                    parts.append(("n", later.value))  # the next group, already scaled
                    return Numeral(i, later.last, compose(parts[:-1]) + later.value, scaled=True, base=value)
                if later is not None and self._remainder(value, parts, later):  # "66 हजार 574.22", "5 लाख 48 हजार 976"
                    return Numeral(i, later.last, compose(parts) + later.value, scaled=True, base=value)
        return Numeral(i, last, compose(parts) if len(parts) > 1 else value, scaled=len(parts) > 1, base=value)

    def _remainder(self, value: float, parts: list[tuple[str, float]], later: Numeral) -> bool:
        """Whether ``later``, the digits right after a whole number of thousands or more (``66 हजार``,
        ``5 लाख 48 हजार``, ``48 लाख``), is the rest of that number: unscaled and under a thousand
        (``group_scale``), or under the scale before it and not a year (``48 लाख 20000 रुपए``)."""
        group = float(self.lang["group_scale"] or 1000)
        if later.scaled or later.sign_tok or not float(value).is_integer() or parts[-1][0] != "s" or parts[-1][1] < group:
            return False
        return 0 < later.value < group or later.value < parts[-1][1] and float(later.value).is_integer() \
            and not _YEARS[0] <= later.value <= _YEARS[1]


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
            if self._vague_before(i):
                return None
            if self._in_name(i, read.end):
                return None  # "นายบุญแสน", "ศิริพร คำแสน |": inside a name, not a number
            if self._before_word(i) == "(" and self.lex.units.match(self.tokens, skip_spaces(self.tokens, read.end + 1)):
                return None  # "1,650 MLD (मिलियन लीटर प्रतिदिन)": a unit's name spelt out, not a number
        if read.has_number and self._in_place_name(i, read.end):
            return None  # "อ.หนองสองห้อง 28 ตัว": a district's name, not two
        scales = len(parts) - next(n for n in range(len(parts), 0, -1) if parts[n - 1][0] != "s") if read.has_number else 0
        base = compose(list(parts[:len(parts) - scales])) if scales else read.value
        group = float(self.lang["group_scale"] or 1000)
        num = Numeral(i, read.end, read.value, words=True, scaled=parts[-1][0] == "s" and parts[-1][1] >= group, base=base)
        more = self._next_digits(read.end) if num.scaled and read.has_number else None
        later = self._digits_at(more) if more is not None else None
        if later is not None and later.scaled and later.value < read.value and not later.sign_tok:
            return Numeral(i, later.last, read.value + later.value, words=True, scaled=True, base=base)
            # "एक करोड़ 30 लाख रुपए": the next group in digits
        if i == read.end and self.tokens[i].text in (self.lang["article_words"] or []) and not self._counted_one(num):
            return None
        return num

    def _in_name(self, i: int, end: int) -> bool:
        """Whether the scale word ``tokens[i:end + 1]`` is glued, within a few words, to a person's
        title (``นายบุญแสน``), or glued to a word and followed by nothing it could count
        (``คำแสน |``, where ``ล้านคน``, ``แสนบาท`` count)."""
        glued = i > 0 and self.tokens[i - 1].kind == "word" and self.tokens[i - 1].end == self.tokens[i].start
        glued = glued and self.tokens[i - 1].text not in (self.lang["sign_words"] or [])  # "ติดลบสิบ": a sign
        if glued and not self._counts_at(skip_spaces(self.tokens, end + 1)):
            return True
        k = i
        while k > 0 and i - k < 3 and self.tokens[k - 1].kind == "word" and self.tokens[k - 1].end == self.tokens[k].start:
            k -= 1
            if self.tokens[k].text in (self.lang["person_titles"] or []):
                return True
        return False

    def _in_place_name(self, i: int, end: int) -> bool:
        """Whether the number words ``tokens[i:end + 1]`` are glued to a place's title (``place_titles``) through a
        name's first word (``place_name_words``: ``อ.หนองสองห้อง``), or right after it, before a word that counts
        nothing (``ตำบลสองพี่น้อง``; not ``ตำบลอีกกว่าสองพันห้าร้อยเมตร``)."""
        titles = self.lang["place_titles"] or []
        if named_place(self.tokens, i, titles, self.lang["place_name_words"] or []):
            return True
        n = end + 1
        glued = n < len(self.tokens) and self.tokens[n].kind == "word" and self.tokens[end].end == self.tokens[n].start
        return glued_to_title(self.tokens, i, titles) == [] and glued and not self._counts_at(n)

    def _counted_one(self, num: Numeral) -> bool:
        """``एक``/``หนึ่ง`` is a count after a word for 'only', before a classifier, currency,
        unit or percent word, or as the whole text; else an article (``एक बैठक``, ``หนึ่งใน``)."""
        if self.whole and len([t for t in self.tokens if t.kind != "space" and t.kind != "punct"]) == 1:
            return True
        if next_text(self.tokens, num.last) in (self.lang["article_never_before"] or []):
            k = skip_spaces(self.tokens, skip_spaces(self.tokens, num.last + 1) + 1)
            whole = k < len(self.tokens) and (self.tokens[k].kind == "num" or self.tokens[k].text in self.lang["numbers"])
            return whole  # "หนึ่งใน": one of; "หนึ่งในสาม": one in three, a part
        before = prev_token(self.tokens, num.first)
        if before is not None and self.lex.only.match_before(self.tokens, before):
            return True  # "केवल एक", "तीन में से एक"
        run = before is not None and self.tokens[before].text in (self.lang["one_after_counts"] or [])
        if run and before is not None and self._counts_before(before):
            return True  # "९ संचालक पक्ष में, २ विपक्ष में रहे तथा एक संचालक तटस्थ रहे": one of a run of counts
        k = skip_spaces(self.tokens, num.last + 1)
        if k < len(self.tokens) and self.tokens[k].text in "-–" and self._counts_at(skip_spaces(self.tokens, k + 1)):
            return True  # "एक-तिहाई": a third, not "एक-एक"
        if k >= len(self.tokens) or self.tokens[k].kind == "punct":
            return k >= len(self.tokens) or self.tokens[k].text not in "-–/"  # "अंक एक।", "อันดับหนึ่ง"
        return self._counts_at(k) or self.lex.months.match(self.tokens, k) is not None  # "एक अगस्त": a day

    def _counts_before(self, k: int) -> bool:
        """Whether a number is among the tokens of the clause before token ``k`` (within ``_RUN_TOKENS``)."""
        for j in range(k - 1, max(-1, k - _RUN_TOKENS), -1):
            if self.tokens[j].text in _SENTENCE_MARKS:
                return False
            if self.tokens[j].kind == "num" or self.tokens[j].text in self.lang["numbers"]:
                return True
        return False

    def _counts_at(self, k: int) -> bool:
        """Whether token ``k`` is what a number before it counts: a classifier, a counted word,
        a currency, unit, percent or fraction word."""
        if k >= len(self.tokens) or self.tokens[k].kind != "word":
            return False
        word = self.tokens[k].text
        if word in (self.lang["fraction_denominators"] or {}):
            return True  # "एक तिहाई": a third
        return (any(word.startswith(c) for c in (self.lang["classifiers"] or []) + (self.lang["counted_before"] or []))
                or any(table.match(self.tokens, k) for table in (self.lex.currencies, self.lex.subunits, self.lex.units,
                                                                  self.lex.percent, self.lex.fractions)))

    def _sign(self, num: Numeral) -> None:
        """``-5 डिग्री`` (a dash glued to the digits, not after a word: ``BTO-27`` is a dateline),
        ``माइनस 5``, ``ติดลบ 2.5``."""
        tokens, i = self.tokens, num.first
        if i and tokens[i - 1].text in DASHES and not num.words and (i < 2 or tokens[i - 2].kind == "space"
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

    def _next_word(self, i: int) -> int | None:
        return self._next_of(i, "word")

    def _next_of(self, i: int, kind: str) -> int | None:
        """The token after ``i`` (one space between at most) if it is of ``kind``."""
        k = i + 1
        if k < len(self.tokens) and self.tokens[k].kind == "space" and "\n" not in self.tokens[k].text:
            k += 1
        return k if k < len(self.tokens) and self.tokens[k].kind == kind else None

    def _vague_before(self, i: int) -> bool:
        """Whether a vague word (``vague_before``: ``หลาย``, ``कई``) stands before the scale word at ``i``, past other
        scale words (``หลายหมื่นล้านบาท``: several tens of thousands of millions, no figure)."""
        k = prev_token(self.tokens, i)
        while k is not None and (parts := self.words.split(self.tokens[k].text)) and all(p[0] == "s" for p in parts):
            k = prev_token(self.tokens, k)
        return k is not None and self.tokens[k].text in (self.lang["vague_before"] or [])

    def _before_word(self, i: int) -> str | None:
        k = prev_token(self.tokens, i)
        return self.tokens[k].text if k is not None else None




def next_text(tokens: list[Token], i: int) -> str | None:
    k = skip_spaces(tokens, i + 1)
    return tokens[k].text if k < len(tokens) else None

