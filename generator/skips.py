"""Numbers that are not figures: clock times, list markers, codes and names with digits, web
addresses, rates' bases, and (from ``identifiers``) identifiers and phone numbers.

Each rule reads the language's data through its ``Lexicon``: the words before a clock
time or after it (``सुबह``, ``बजे``, ``เวลา``, ``น.``), before a list's sub-item or after a
radio band.
"""

from __future__ import annotations

import functools
import re

from generator.identifiers import is_identifier, law_year, phone_number
from generator.lexicon import Lexicon
from generator.numeral import DASHES, Numeral, counting_word, said_after, said_before
from generator.numerals import Token, ascii_digits, number_words, prev_token
from generator.numerals import skip_spaces as _skip

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_CLOCK = re.compile(r"([01]?\d|2[0-4])[.:]([0-5]\d)")
_HOUR = re.compile(r"[01]?\d|2[0-4]")
_VERSION = re.compile(r"\d\.0")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Web and mail addresses: their digits (``%29``, ``id=2024``) are never figures."""
    return [m.span() for m in _URL.finditer(text)]


def set_phrase_spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    """Set phrases with a number in them that count nothing (``ตลอด 24 ชั่วโมง``: round the clock;
    ``24 घंटे कार्यरत``), a digit in the phrase matching that digit in any script."""
    return [m.span() for p in phrases for m in _phrase_pattern(p).finditer(text)]


def phrase_words(tokens: list[Token], text: str, spans: list[tuple[int, int]]) -> list[Token]:
    """Tokens with each set phrase of number words (``चार पहिया``: four-wheeled) one word, so that a label
    reads through it (``चार पहिया वाहनों का पार्किंग शुल्क``, not ``पहिया वाहनों …``)."""
    out: list[Token] = []
    for token in tokens:
        span = next(((s, e) for s, e in spans if s <= token.start and token.end <= e), None)
        if span is None or any(c.isdigit() for c in text[span[0]:span[1]]):
            out.append(token)
        elif out and out[-1].start == span[0] and out[-1].kind == "word":
            out[-1] = Token(span[0], token.end, text[span[0]:token.end], "word")
        else:
            out.append(Token(token.start, token.end, token.text, "word"))
    return out


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
            or _sub_item(tokens, num, lex) or is_identifier(tokens, num, lex) or phone_number(tokens, num, lex)
            or law_year(tokens, num, lex) or _bare_scale(tokens, num, lex) or _quoted_name(tokens, num)
            or _post_counter(tokens, num) or _frequency(tokens, num, lex) or _rate_base(tokens, num, lex)
            or _version(tokens, num, lex) or in_firm_name(tokens, num.first, num.last, lex.lang))


def _version(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``स्वच्छ भारत मिशन 2.0``, ``अमृत २.० योजना``, ``แอปพลิเคชัน DLD 4.0``: a whole number written with ``.0``
    next to a word that names a scheme (``version_names``), or after an acronym in Latin capitals, is the
    name's version, not a figure."""
    tok = tokens[num.first]
    if num.first != num.last or tok.kind != "num" or not _VERSION.fullmatch(ascii_digits(tok.text)):
        return False
    k, m = num.first - 1, _skip(tokens, num.last + 1)
    while k >= 0 and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k -= 1
    before = tokens[k].text if k >= 0 and tokens[k].kind == "word" else ""
    after = tokens[m].text if m < len(tokens) and tokens[m].kind == "word" else ""
    names = set(lex.lang["version_names"] or [])
    return before in names or after in names or len(before) > 1 and before.isascii() and before.isupper()


def _rate_base(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``940 महिलाएं प्रति 1000 पुरुष``, ``अनुपात 112 प्रति एक लाख जीवित जन्म``: a power of ten right after a word
    of "per" (``rate_base_before``), or past ``rate_base_gap`` words (the noun, in Thai: ``ต่อประชากร 100,000
    คน``), is the base a rate is given on, not a figure."""
    if num.value not in _BASES:
        return False
    k = num.first
    for _ in range((lex.lang["rate_base_gap"] or 0) + 1):
        k = next((j for j in range(k - 1, -1, -1) if tokens[j].kind == "word"), -1)
        if k < 0 or tokens[k].text in (lex.lang["rate_base_before"] or []):
            return k >= 0
        if tokens[k].text in (lex.lang["duration_words"] or []):
            return False  # "ต่อปี 100,000 คน": so many a year, not a base
    return False


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
    return not counting_word(tokens[k].text, lang)  # "ล้านคน", "พันล้านบาท": what it counts follows it


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
    if num.words and not said_after(tokens, num.last, lex.time_after):
        return False
    clock = tok.kind == "num" and num.last == num.first and _CLOCK.fullmatch(ascii_digits(tok.text)) is not None
    # (not "इस समय 18.40 लाख रुपये": a scale word after it)
    colons = {":", *(lex.lang["clock_colons"] or [])}  # "12ः00 बजे": a visarga typed for the colon
    if tok.kind == "num" and _next_text(tokens, num.last) in colons and num.last + 2 < len(tokens) \
            and _CLOCK.fullmatch(ascii_digits(tok.text + ":" + tokens[num.last + 2].text)):
        return not _ratio_named(tokens, num.first, lex)  # "9:45": the hour; not "अनुपात 1:30"
    if num.first >= 2 and tokens[num.first - 1].text in colons and tokens[num.first - 2].kind == "num" \
            and _CLOCK.fullmatch(ascii_digits(tokens[num.first - 2].text + ":" + tok.text)):
        return not _ratio_named(tokens, num.first - 2, lex)  # and its minutes
    if said_after(tokens, num.last, lex.time_after):
        return True
    if clock and said_before(tokens, num.first, lex.time_before):
        return True
    # the first clock of a range whose end carries the marker: "09.00-12.00 น.", "दोपहर 12 से 4 बजे"
    k = _skip(tokens, num.last + 1)
    hour = tok.kind == "num" and _HOUR.fullmatch(ascii_digits(tok.text)) is not None
    if hour and _day_parts_end(tokens, num.first, lex):
        return True
    if (clock or hour) and k < len(tokens) and tokens[k].text in DASHES | {"ถึง", "से"}:
        m = _skip(tokens, k + 1)
        part = lex.time_before.match(tokens, m)
        m = _skip(tokens, part[1] + 1) if part else m  # "सुबह 8 से रात 8 बजे तक": past the part of the day
        if m < len(tokens) and tokens[m].kind == "num" and _CLOCK.fullmatch(ascii_digits(tokens[m].text)):
            return said_after(tokens, m, lex.time_after) or said_before(tokens, num.first, lex.time_before)
        if hour and m < len(tokens) and tokens[m].kind == "num" and _HOUR.fullmatch(ascii_digits(tokens[m].text)):
            return said_after(tokens, m, lex.time_after) or bool(part) and said_before(tokens, num.first, lex.time_before)
            # a bare hour's range ends in its marker, or names the parts of the day: "सुबह 8 से दोपहर 2"
    return False


def _day_parts_end(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """``सुबह 8 से दोपहर 2``: a bare hour after a part of the day that ends a range opened by another part of
    the day and its hour is a clock's, whether or not a marker follows."""
    part = lex.time_before.match_before(tokens, prev_token(tokens, first) or 0)
    joiner = prev_token(tokens, part[1]) if part else None
    if joiner is None or tokens[joiner].text not in DASHES | {"ถึง", "से"}:
        return False
    start = prev_token(tokens, joiner)
    return start is not None and tokens[start].kind == "num" and _HOUR.fullmatch(ascii_digits(tokens[start].text)) \
        is not None and lex.time_before.match_before(tokens, prev_token(tokens, start) or 0) is not None


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
    if prev and prev.text == "_" and prev.end == tokens[i].start or nxt and nxt.text == "_" and nxt.start == tokens[num.last].end:
        return True  # "2025_ZPDUN_114203_1": a portal's reference, its parts joined by underscores
    if _slashed_code(tokens, num):
        return True  # "एसके/एमजी/आरके/4521", "क्रमांक/४१७/सुनील/२०२५": a reference, words and numbers joined by slashes
    if _zero_padded(tokens, i) or nxt and nxt.text in DASHES and num.last + 2 < len(tokens) \
            and nxt.end == tokens[num.last + 2].start and _zero_padded(tokens, num.last + 2):
        return True  # "กส.ถ. 1-0023", "0045": a number padded with zeros is a code
    if prev and prev.text in DASHES and i >= 2 and tokens[i - 2].kind == "word" and num.sign == 1:
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
    return not num.words and (said_before(tokens, num.first, lex.radio_bands) or said_after(tokens, num.last, lex.radio_units))


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


def ratio_word_in(tokens: list[Token], start: int, end: int, lang) -> bool:
    """Whether a ratio word (``ratio_words``: ``अनुपात``, ``อัตราส่วน``) is among ``tokens[start:end]``."""
    words = set(lang["ratio_words"] or [])
    return any(t.kind == "word" and t.text in words for t in tokens[max(0, start):end])


RATIO_WINDOW = 12  # tokens before a pair where a ratio word makes it a ratio (Thai is cut into words)


def _ratio_named(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """``शिक्षक-छात्र अनुपात 1:30``, ``อัตราส่วนครูต่อนักเรียน 1:25``: a number and a colon after a ratio word are
    a ratio, not a time."""
    return ratio_word_in(tokens, first - RATIO_WINDOW, first, lex.lang)


def _next_text(tokens: list[Token], last: int) -> str:
    return tokens[last + 1].text if last + 1 < len(tokens) else ""


def after_firm_opener(text: str, lang) -> str:
    """The text after the last firm's opening word that starts a word (after a space, a bracket, a list's
    joining word, a preposition or the line's start: ``และบริษัท …``, not ``ค่าเช่าร้านอาหาร``)."""
    best = -1
    joiners = (*(lang["list_joiners"] or ()), *(lang["noun_links"] or ()))  # "และบริษัท …", "จากบริษัท …"
    for opener in lang["company_openers"] or []:
        at = text.rfind(opener)
        while at > 0 and not (text[at - 1].isspace() or text[at - 1] in "(:," or text[:at].endswith(joiners)):
            at = text.rfind(opener, 0, at)
        if at >= 0:
            best = max(best, at + len(opener))
    return text[best:].strip() if best >= 0 else ""


def in_firm_name(tokens: list[Token], first: int, last: int, lang) -> bool:
    """Whether the number at ``tokens[first:last + 1]`` stands inside a firm's name: after its opening word
    on the line and right before its closing word (``บริษัท สยามโยธา ๑๙๙๙ จำกัด``)."""
    k = last + 1
    while k < len(tokens) and tokens[k].kind == "space" and "\n" not in tokens[k].text:
        k += 1
    after = "".join(t.text for t in tokens[k:k + 3])
    if not any(after.startswith(c) for c in lang["company_closers"] or []):
        return False
    j = first
    while j > 0 and "\n" not in tokens[j - 1].text and first - j < _NAME_TOKENS:
        j -= 1
    return bool(after_firm_opener("".join(t.text for t in tokens[j:first]).rstrip(), lang))


_NAME_TOKENS = 12
