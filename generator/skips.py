"""Numbers that are not figures: clock times, list markers, identifiers, phone numbers,
codes and names with digits, web addresses.

Each rule reads the language's data through its ``Lexicon``: the words before a clock
time or after it (``सुबह``, ``बजे``, ``เวลา``, ``น.``), before an identifier (``संख्या``,
``ชั้น``), before a phone number (``โทร``, ``हेल्पलाइन``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.lexicon import Lexicon
from generator.numerals import Token, ascii_digits, number_words, prev_token
from generator.numerals import skip_spaces as _skip
from generator.textdates import numeric_date

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_CLOCK = re.compile(r"([01]?\d|2[0-4])[.:]([0-5]\d)")
_HOUR = re.compile(r"[01]?\d|2[0-4]")
_DASHES = {"-", "–", "—", "‒", "−"}
_YEAR = range(1900, 2101)
_BE_YEAR = range(2400, 2701)


@dataclass
class Numeral:
    """A number in the text: digits (with any scale words after them) or number words."""

    first: int
    last: int
    """Token indexes, inclusive."""
    value: float
    words: bool = False
    scaled: bool = False
    """Ends with a scale word (``5 करोड़``)."""
    sign: int = 1
    sign_tok: int | None = None
    """The token of a minus sign or sign word before it, which the figure's text starts with."""
    base: float | None = None
    """The number before its scale words (``10 करोड़`` → 10)."""


def url_spans(text: str) -> list[tuple[int, int]]:
    """Web and mail addresses: their digits (``%29``, ``id=2024``) are never figures."""
    return [m.span() for m in _URL.finditer(text)]


def set_phrase_spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    """Set phrases with a number in them that count nothing (``ตลอด 24 ชั่วโมง``: round the clock;
    ``24 घंटे कार्यरत``), a digit in the phrase matching that digit in any script."""
    return [m.span() for p in phrases for m in _phrase_pattern(p).finditer(text)]


@functools.cache
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    def part(c: str) -> str:
        if c.isdigit():
            d = int(c)
            return f"[{d}{chr(0x966 + d)}{chr(0xE50 + d)}]"  # Latin, Devanagari and Thai digits
        return r"\s*" if c == " " else re.escape(c)
    return re.compile("".join(part(c) for c in phrase))


def is_skipped(tokens: list[Token], num: Numeral, lex: Lexicon, urls: list[tuple[int, int]]) -> bool:
    """Whether the numeral names or times something rather than counting it (``urls``: the spans of
    web addresses and set phrases, whose digits are never figures)."""
    start = tokens[num.first].start
    if any(a <= start < b for a, b in urls):
        return True
    return (_glued_to_code(tokens, num, lex) or is_clock(tokens, num, lex) or _list_marker(tokens, num)
            or _sub_item(tokens, num, lex) or _identifier(tokens, num, lex) or _phone(tokens, num, lex)
            or _law_year(tokens, num, lex) or _bare_scale(tokens, num, lex) or _quoted_name(tokens, num)
            or _post_counter(tokens, num) or _frequency(tokens, num, lex) or _rate_base(tokens, num, lex))


def _rate_base(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``940 महिलाएं प्रति 1000 पुरुष``, ``अनुपात 112 प्रति एक लाख जीवित जन्म``: a power of ten right after a word
    of "per" (``rate_base_before``) is the base a rate is given on, not a figure."""
    return num.value in _BASES and _prev_word(tokens, num.first) in (lex.lang["rate_base_before"] or [])


_BASES = {100, 1000, 10000, 100000, 1000000}


def _bare_scale(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """Thai ``นายบุญแสน ศรีสุข``: a scale word alone (``bare_scales: counted``), or a number that is also a
    name (``number_names``: ``ร้อยเอ็ด``), is a number only with what it counts right after it (``ล้านคน``,
    ``ประมาณร้อยคน``, ``พันล้านบาท``); else it is part of a name or a word."""
    lang = lex.lang
    if lang["bare_scales"] != "counted" or not num.words or num.first != num.last:
        return False
    parts = number_words(lang.code).split(tokens[num.first].text)
    named = tokens[num.first].text in (lang["number_names"] or [])  # "ร้อยเอ็ดประกาศภัยแล้ง": the province
    if not named and (not parts or any(kind != "s" for kind, _ in parts) or num.value < _BARE_SCALE_MIN):
        return False  # "สิบ", "ร้อย" alone are ten and a hundred
    k = num.last + 1
    if k >= len(tokens) or tokens[k].kind != "word":
        return True  # a space, a mark or the end after it: nothing counted
    counted = (*(lang["classifiers"] or []), *(lang["person_classifiers"] or []), *(lang["units"] or {}),
               *(lang["currencies"] or {}), *(lang["measure_words"] or []), *(lang["percent_words"] or []))
    return not tokens[k].text.startswith(tuple(counted))  # "ล้าน|คนใน…": Thai runs a classifier into the next word


_BARE_SCALE_MIN = 1000


def _quoted_name(tokens: list[Token], num: Numeral) -> bool:
    """``"ล้านนาเทรดแฟร์ 2025"``, ``'मिशन 2047'``: a number that ends a quoted name (a closing quote right
    after it, the opening one a few words before, with a word between) is part of the name."""
    k = num.last + 1
    if k >= len(tokens) or tokens[k].text not in _CLOSING_QUOTES:
        return False
    words = 0
    for j in range(num.first - 1, max(-1, num.first - _QUOTED_TOKENS), -1):
        if tokens[j].text in _OPENING_QUOTES:
            return words > 0
        if tokens[j].kind == "num" or "\n" in tokens[j].text or tokens[j].text in ".।;":
            return False
        words += tokens[j].kind == "word"
    return False


_OPENING_QUOTES = {'"', "“", "'", "‘", "«"}
_CLOSING_QUOTES = {'"', "”", "'", "’", "»"}
_QUOTED_TOKENS = 12


def is_clock(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``10.30 बजे``, ``सुबह 9:45``, ``เวลา 09.30 น.``, ``14.00-16.30 น.``, ``सुबह 8 से रात 8 बजे तक``."""
    tok = tokens[num.first]
    if num.words and not _after(tokens, num.last, lex.time_after):
        return False
    clock = tok.kind == "num" and num.last == num.first and _CLOCK.fullmatch(ascii_digits(tok.text)) is not None
    # (not "इस समय 18.40 लाख रुपये": a scale word after it)
    if tok.kind == "num" and _next_text(tokens, num.last) == ":" and num.last + 2 < len(tokens) \
            and _CLOCK.fullmatch(ascii_digits(tok.text + ":" + tokens[num.last + 2].text)):
        return True  # "9:45": the hour
    if num.first >= 2 and tokens[num.first - 1].text == ":" and tokens[num.first - 2].kind == "num" \
            and _CLOCK.fullmatch(ascii_digits(tokens[num.first - 2].text + ":" + tok.text)):
        return True  # and its minutes
    if _after(tokens, num.last, lex.time_after):
        return True
    if clock and _before(tokens, num.first, lex.time_before):
        return True
    # the first clock of a range whose end carries the marker: "09.00-12.00 น.", "दोपहर 12 से 4 बजे"
    k = _skip(tokens, num.last + 1)
    hour = tok.kind == "num" and _HOUR.fullmatch(ascii_digits(tok.text)) is not None
    if (clock or hour) and k < len(tokens) and tokens[k].text in _DASHES | {"ถึง", "से"}:
        m = _skip(tokens, k + 1)
        part = lex.time_before.match(tokens, m)
        m = _skip(tokens, part[1] + 1) if part else m  # "सुबह 8 से रात 8 बजे तक": past the part of the day
        if m < len(tokens) and tokens[m].kind == "num" and _CLOCK.fullmatch(ascii_digits(tokens[m].text)):
            return _after(tokens, m, lex.time_after) or _before(tokens, num.first, lex.time_before)
        if hour and m < len(tokens) and tokens[m].kind == "num" and _HOUR.fullmatch(ascii_digits(tokens[m].text)):
            return _after(tokens, m, lex.time_after)  # a bare hour's range ends in its marker
    return False


def _slashed_code(tokens: list[Token], num: Numeral) -> bool:
    """Whether the number is one part of three or more joined by slashes with nothing between, a word
    among them (a date or a ratio is numbers alone); a part may be an abbreviation with its dot
    (``412/स्वा./2025``)."""
    first, last = num.first, num.last
    while first > 0 and tokens[first - 1].end == tokens[first].start and _code_piece(tokens[first - 1]):
        first -= 1
    while last + 1 < len(tokens) and tokens[last].end == tokens[last + 1].start and _code_piece(tokens[last + 1]):
        last += 1
    run = tokens[first:last + 1]
    parts = [t for t in run if t.kind in {"word", "num"}]
    slashes = sum(t.text == "/" for t in run)
    return slashes >= _CODE_PARTS - 1 and len(parts) >= _CODE_PARTS and any(t.kind == "word" for t in parts)


def _code_piece(token: Token) -> bool:
    """A word, a number, a slash or an abbreviation's dot: what a reference is made of."""
    return token.kind in {"word", "num"} or token.text in {"/", "."}


_CODE_PARTS = 3


def _glued_to_code(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``G20``, ``H5N1``, ``COVID-19``, ``कोविड-19``, ``Su-30``: digits that are part of a name."""
    i = num.first
    prev = tokens[i - 1] if i else None
    nxt = tokens[num.last + 1] if num.last + 1 < len(tokens) else None
    if num.words:
        return False
    if prev and prev.kind == "word" and re.search(r"[A-Za-z]$", prev.text):
        return True
    glued = lex.lang["code_letters"]  # "पीएम2.5": a Hindi word glued to digits is a name, not a count
    if glued and prev and prev.kind == "word" and prev.end == tokens[i].start and re.search(f"[{glued}]$", prev.text):
        return True
    if prev and prev.text == "." and prev.end == tokens[i].start and i >= 2 and tokens[i - 2].kind == "word" \
            and tokens[i - 2].end == prev.start and not lex.currencies.match(tokens, i - 2):
        return True  # "แบบ กษ.01", "ป.6": an abbreviation's number is a code, "रु.500" is money
    if nxt and nxt.kind == "word" and re.match(r"[A-Za-z]", nxt.text) and nxt.text not in lex.currencies \
            and nxt.text not in lex.latin_scales and nxt.text not in lex.units:
        return True
    if _slashed_code(tokens, num):
        return True  # "एसके/एमजी/आरके/4521", "क्रमांक/४१७/सुनील/२०२५": a reference, words and numbers joined by slashes
    if _zero_padded(tokens, i) or nxt and nxt.text in _DASHES and num.last + 2 < len(tokens) \
            and nxt.end == tokens[num.last + 2].start and _zero_padded(tokens, num.last + 2):
        return True  # "กส.ถ. 1-0023", "0045": a number padded with zeros is a code
    if prev and prev.text in _DASHES and i >= 2 and tokens[i - 2].kind == "word" and num.sign == 1:
        # BTO-27 is a dateline before a date; COVID-19 and โควิด-19 are names.
        k = _skip(tokens, num.last + 1)
        return not (k < len(tokens) and lex.months.match(tokens, k))
    return False


def _zero_padded(tokens: list[Token], i: int) -> bool:
    digits = ascii_digits(tokens[i].text) if tokens[i].kind == "num" else ""
    return len(digits) >= 3 and digits.isdigit() and digits.startswith("0")


def _list_marker(tokens: list[Token], num: Numeral) -> bool:
    """``1.`` or ``2)`` opening a line, ``1)`` anywhere, ``(3)`` opening a line or with ``(2)`` or ``(4)``
    in its line."""
    if num.words or num.first != num.last or not ascii_digits(tokens[num.first].text).isdigit() or num.value >= 100:
        return False
    nxt = tokens[num.last + 1].text if num.last + 1 < len(tokens) else ""
    prev = tokens[num.first - 1].text if num.first else ""
    line_start = num.first == 0 or "\n" in prev or (prev == "(" and (num.first == 1 or "\n" in tokens[num.first - 2].text))
    after = tokens[num.last + 2] if num.last + 2 < len(tokens) else None
    before = "".join(t.text for t in tokens[:num.first]).rsplit("\n", 1)[-1]
    if _KEYCAP in "".join(t.text for t in tokens[num.last + 1:num.last + 3]):
        return True  # "2️⃣ ตั้งเป้ายอดขาย …": a keycap emoji numbers a post's points
    if nxt == ")" and prev != "(" and before.count("(") <= before.count(")"):
        return True  # "… ได้แก่ 1) … 2) …"; not "(ระดับประเทศ 49)"
    if line_start and nxt in {".", ")", ":"} and after is not None and after.kind == "space" and num.value < 100 \
            and num.last + 3 < len(tokens):
        return True  # "1. …", "2) …" opening a line; "192." alone is a number
    if nxt == "." and after is not None and after.kind == "space" and not line_start:
        after_text = "".join(t.text for t in tokens[num.last + 1:num.last + 400]).split("\n", 1)[0]
        line = ascii_digits(before + after_text)  # "प्रतिलिपि: १. जिला कलक्टर, कोटा २. मुख्य …": one of a run
        return any(re.search(rf"(?:^|[\s:;,]){n}\.\s", line) for n in (num.value - 1, num.value + 1) if n > 0)
    if prev == "(" and nxt == ")" and not line_start:  # "… แบ่งเป็น (๑) อุปโภค ๑๒ ล้าน ลบ.ม. (๒) …": one of a run
        after_text = "".join(t.text for t in tokens[num.last + 1:num.last + 400]).split("\n", 1)[0]
        line = ascii_digits(before + after_text)
        return any(f"({n})" in line for n in (num.value - 1, num.value + 1) if n > 0)
    return line_start and prev == "(" and nxt == ")"


_KEYCAP = "\u20e3"  # COMBINING ENCLOSING KEYCAP, after a digit (and U+FE0F): "1️⃣"


def _frequency(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``สถานีวิทยุ … FM 98.75 MHz``: a station's frequency names it, after its band (``radio_bands``) or before
    its unit (``radio_units``)."""
    return not num.words and (_before(tokens, num.first, lex.radio_bands) or _after(tokens, num.last, lex.radio_units))


def _post_counter(tokens: list[Token], num: Numeral) -> bool:
    """``1/5 मंगलवार को …``, ``2/5 इस वर्ष …``: a thread's post number (of so many posts) opening a line, either
    of its two numbers."""
    if num.words or num.first != num.last:
        return False
    i = num.first
    if i >= 2 and tokens[i - 1].text == "/":
        i -= 2  # the "5" of "1/5"
    if i + 3 >= len(tokens) or tokens[i + 1].text != "/" or tokens[i + 3].kind != "space" or "\n" in tokens[i + 3].text:
        return False
    if i and "\n" not in tokens[i - 1].text:
        return False
    a, b = (ascii_digits(tokens[k].text) for k in (i, i + 2))
    return a.isdigit() and b.isdigit() and 0 < int(a) <= int(b) <= _MAX_POSTS


_MAX_POSTS = 30


def _sub_item(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``๓.๑ การเร่งรัดงาน…``, ``2.3 सड़क निर्माण``: an item's number within an agenda item, opening a
    line before a word that is no unit, scale or percent (not ``3.5 ล้านบาท …``)."""
    if num.words or num.first != num.last or not re.fullmatch(r"\d{1,2}\.\d{1,2}", ascii_digits(tokens[num.first].text)):
        return False
    if num.first and "\n" not in tokens[num.first - 1].text:
        return False
    k = num.last + 2
    if k >= len(tokens) or tokens[num.last + 1].kind != "space" or tokens[k].kind != "word":
        return False
    return not (lex.units.match(tokens, k) or lex.currencies.match(tokens, k) or tokens[k].text in lex.percent
                or tokens[k].text in lex.measures or any(tokens[k].text.startswith(s) for s in lex.latin_scales.items))


def is_identifier(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """Whether the numeral follows an identifier's word (``वार्ड संख्या 14``, ``ชั้น 3``)."""
    return _identifier(tokens, num, lex)


def _law_year(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``अग्निशमन तथा आपात सेवा अधिनियम, २०२२``, ``พระราชบัญญัติสหกรณ์ พ.ศ. ๒๕๔๒``: the year of a law's
    name is part of the name."""
    tok = tokens[num.first]
    if num.words or num.first != num.last or len(ascii_digits(tok.text)) != 4:
        return False
    k: int | None = num.first
    for _ in range(2 * _LAW_WORDS_BACK):  # words and the punctuation between them
        k = prev_token(tokens, k) if k is not None else None
        if k is None:
            return False
        if lex.law_words.match(tokens, k):
            return True
    return False


_LAW_WORDS_BACK = 5  # words between a law's word and the year of its name (an era "พ.ศ." is two)


def _identifier(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``आदेश संख्या 45/2024``, ``ชั้น 3``, ``वार्ड नंबर 12``; ``7/2563`` (number/year) and
    ``3/2540/2``: document and meeting numbers."""
    tok = tokens[num.first]
    plain = tok.kind == "num" and ascii_digits(tok.text).isdigit()  # "अमुक 2,500" counts; "ชั้น 3" names
    if plain and _before(tokens, num.first, lex.identifier_before, gap={":", "-", "–", ".", "#"}):
        k = _skip(tokens, num.last + 1)
        before = _prev_word(tokens, num.first)
        if k < len(tokens) and lex.months.match(tokens, k):
            return False  # "अधूरे मकान 31 मार्च 2026 तक": a day and its month, not a house's number
        return not (k < len(tokens) and before is not None and tokens[k].text == before)  # "กลุ่ม 5 กลุ่ม" counts
    if plain and (low := _range_start(tokens, num.first, lex) or _listed_after(tokens, num.first, lex)) is not None \
            and tokens[low].kind == "num" and _before(tokens, low, lex.identifier_before, gap={":", "-", "–", ".", "#"}):
        return True  # "कक्षा 1 से 8", "ชั้น 1 ถึง 3", "पैकेज संख्या 7 और 12": the range or list of names ends with one
    if num.words:
        return False
    digits = lex.lang["postal_code_digits"]
    dash = prev_token(tokens, num.first)
    if plain and digits and len(tok.text) == digits and tok.text.isdigit() and dash is not None and tokens[dash].text in _DASHES:
        return True  # "अशोक राजपथ, पटना - ८००००४": an address's postal code (a count is written in groups)
    parts = _slashed(tokens, num.first)
    if len(parts) == 2 and ((parts[1] in _YEAR and parts[0] < 1000) or parts[1] in _BE_YEAR):
        return True  # "ครั้งที่ 2/2564", "7/2563", "3125/2567": a number and its year
    if len(parts) == 2 and (parts[0] in _YEAR or parts[0] in _BE_YEAR) and parts[1] > 31 \
            and parts[1] not in ((parts[0] + 1) % 100, parts[0] + 1):  # not a season: "2564/65"
        return True  # "2024/1187": a year and a number, a letter's reference
    if len(parts) >= 3 and not _date_parts(parts):
        return True
    k = num.last  # "1800-233-0175": three groups joined by dashes are a number to dial, not a range
    groups = 1
    while k + 2 < len(tokens) and tokens[k + 1].text in _DASHES and tokens[k + 2].kind == "num" \
            and tokens[k + 1].start == tokens[k].end:
        k += 2
        groups += 1
    return groups >= 3 and numeric_date(tokens, num.first, lex.lang) is None


def _listed_after(tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """The token before a list's joiner right before token ``i`` (``7`` of ``7 और 12``), or None."""
    k = prev_token(tokens, i)
    if k is None or tokens[k].text not in {",", *(lex.lang["list_joiners"] or [])}:
        return None
    return prev_token(tokens, k)


def _range_start(tokens: list[Token], i: int, lex: Lexicon) -> int | None:
    """The token before a range word right before token ``i`` (``1`` of ``1 से 8``), or None."""
    k = prev_token(tokens, i)
    word = lex.range_words.match_before(tokens, k) if k is not None else None
    return prev_token(tokens, word[1]) if word else None


def _prev_word(tokens: list[Token], i: int) -> str | None:
    k = i - 1
    while k >= 0 and tokens[k].kind != "word":
        k -= 1
    return tokens[k].text if k >= 0 else None


def _slashed(tokens: list[Token], i: int) -> list[int]:
    """The numbers of a ``a/b/c`` run starting at token ``i`` (one number if none)."""
    out, k = [], i
    while k < len(tokens) and tokens[k].kind == "num" and ascii_digits(tokens[k].text).isdigit():
        out.append(int(ascii_digits(tokens[k].text)))
        if k + 2 < len(tokens) and tokens[k + 1].text == "/" and tokens[k + 2].kind == "num":
            k += 2
        else:
            break
    return out


def _date_parts(parts: list[int]) -> bool:
    day, month = parts[0], parts[1]
    return len(parts) == 3 and 1 <= day <= 31 and 1 <= month <= 12


def _phone(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """A number after a phone word (``โทร. 0 2123 4567``, ``हेल्पलाइन 1077``), or written like one
    (``081-234-5678``, a leading zero and dashes); its extension too (``… 8400 ต่อ 1123``); a service's
    short number before a word that makes it the service (``108 सेवा``)."""
    if num.words or "," in tokens[num.first].text:
        return False  # "เครื่องดับเพลิงแบบมือถือ 8,640 เครื่อง": a count grouped in thousands is no phone number
    after, before = _skip(tokens, num.last + 1), prev_token(tokens, num.first)
    if len(ascii_digits(tokens[num.first].text)) < _PHONE_DIGITS and after < len(tokens) and tokens[after].kind == "word" \
            and not (before is not None and _extension(tokens, before, lex)):
        return False  # "วิทยุสื่อสารชนิดมือถือ จำนวน ๕ เครื่อง": a short number a word follows is a count, not an extension
    k, seen = num.first - 1, 0
    while k >= 0 and seen < 8 and (tokens[k].kind in {"num", "space"} or tokens[k].text in _DASHES | {".", ":", "(", ")"}
                                   or _extension(tokens, k, lex) or lex.phone_joiners.match(tokens, k)):  # "112 अथवा 101"
        k -= 1
        seen += 1
    words = 0
    while k >= 0 and words < 4 and tokens[k].kind != "num" and "\n" not in tokens[k].text:
        if tokens[k].kind == "word" and _ends_with(tokens, k, lex.phone_before):
            return True  # "สายด่วนกระทรวงแรงงาน 1506", "हेल्पलाइन नंबर 1077"
        words += tokens[k].kind == "word"
        if tokens[k].text in {",", ";", "।"}:
            break
        k -= 1
    text = ascii_digits(tokens[num.first].text)
    k = num.last + 1
    if text in (lex.lang["service_numbers"] or []) and num.first == num.last \
            and (after := _skip(tokens, num.last + 1)) < len(tokens) and tokens[after].text in (lex.lang["service_words"] or []):
        return True  # "108 सेवा की 38 एंबुलेंस", "ศูนย์ดำรงธรรม 1567 ได้ตลอด": the number one calls names the service
    if k + 1 < len(tokens) and tokens[k + 1].kind == "num" and text.isdigit():
        other = ascii_digits(tokens[k + 1].text)
        if text.startswith("0") and len(text) >= 2 and tokens[k].text in _DASHES:
            return True  # "081-234-5678"
        if tokens[k].text == " " and len(text) == 5 and len(other) == 5:
            return True  # "98765 43210", an Indian mobile number
    if num.first >= 2 and tokens[num.first - 2].kind == "num" and tokens[num.first - 1].text in _DASHES:
        prev = ascii_digits(tokens[num.first - 2].text)
        if prev.startswith("0") and len(prev) >= 3:
            return True  # "0612-2294204": the number after an area code
    if num.first >= 2 and tokens[num.first - 1].text == " " and len(text) == 5:
        prev = ascii_digits(tokens[num.first - 2].text)
        return tokens[num.first - 2].kind == "num" and len(prev) == 5
    return False


_PHONE_DIGITS = 3  # the shortest numbers one calls ("108", "191")


def _extension(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Token ``k`` ends a word between a phone number and its extension (``ต่อ``)."""
    return k > 0 and tokens[k - 1].kind in {"num", "space"} and _ends_with(tokens, k, lex.phone_extensions)


def _ends_with(tokens: list[Token], k: int, phrases) -> bool:
    return phrases.match_before(tokens, k) is not None


def _before(tokens: list[Token], i: int, phrases, gap: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a phrase ends right before token ``i`` (spaces and ``gap`` punctuation between)."""
    k = i - 1
    while k >= 0 and (tokens[k].kind == "space" and "\n" not in tokens[k].text or tokens[k].text in gap):
        k -= 1
    return k >= 0 and tokens[k].kind != "space" and _ends_with(tokens, k, phrases)


def _after(tokens: list[Token], last: int, phrases) -> bool:
    k = _skip(tokens, last + 1)
    return phrases.match(tokens, k) is not None


def _next_text(tokens: list[Token], last: int) -> str:
    return tokens[last + 1].text if last + 1 < len(tokens) else ""
