"""Numbers that name, not count: identifiers and document numbers (``वार्ड संख्या 14``, ``ชั้น 3``,
``ครั้งที่ 2/2564``), the year in a law's name, postal codes and phone numbers. Their words are the
language's data, read through its ``Lexicon`` (``identifier_before``, ``law_words``, ``phone_before``)."""

from __future__ import annotations

from generator.lexicon import Lexicon
from generator.numeral import DASHES, Numeral, counting_word, ends_phrase, named_place, prev_word, said_before
from generator.numerals import Token, ascii_digits, prev_token
from generator.numerals import skip_spaces as _skip
from generator.textdates import numeric_date

_YEAR = range(1900, 2101)
_BE_YEAR = range(2400, 2701)


def law_year(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``अग्निशमन तथा आपात सेवा अधिनियम, २०२२``, ``พระราชบัญญัติสหกรณ์ พ.ศ. ๒๕๔๒``: the year of a law's
    name is part of the name."""
    tok = tokens[num.first]
    if num.words or num.first != num.last or len(ascii_digits(tok.text)) != 4:
        return False
    k: int | None = num.first
    for _ in range(lex.lang["law_name_tokens"] or 2 * _LAW_WORDS_BACK):  # words and the punctuation between them
        k = prev_token(tokens, k) if k is not None else None
        if k is None:
            return False
        if lex.law_words.match(tokens, k) or tokens[k].text.endswith(tuple(lex.lang["law_words"] or ())):
            return True  # "ตามระเบียบ…": Thai runs a law's word into the word before it
    return False


_LAW_WORDS_BACK = 5  # words between a law's word and the year of its name (an era "พ.ศ." is two)


def _in_place_name(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """``อ.หนองสองห้อง 28 ตัว``: the word before the number ends a place's name glued to its title
    (``place_titles``), not a room's or a floor's number."""
    k = prev_token(tokens, first)
    return k is not None and tokens[k].kind == "word" \
        and named_place(tokens, k, lex.lang["place_titles"] or [], lex.lang["place_name_words"] or [])


def named_by_number(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the number at token ``i`` follows a word that names by number (``identifier_before``: ``वार्ड``,
    ``कक्षा``), past a colon, dash, stop or ``#``."""
    return said_before(tokens, i, lex.identifier_before, gap=_NAME_GAP)


_NAME_GAP = {":", "-", "–", ".", "#"}


def is_identifier(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
    """``आदेश संख्या 45/2024``, ``ชั้น 3``, ``वार्ड नंबर 12``; ``7/2563`` (number/year) and
    ``3/2540/2``: document and meeting numbers."""
    tok = tokens[num.first]
    plain = tok.kind == "num" and ascii_digits(tok.text).isdigit()  # "अमुक 2,500" counts; "ชั้น 3" names
    if plain and named_by_number(tokens, num.first, lex) \
            and not _in_place_name(tokens, num.first, lex):
        k = _skip(tokens, num.last + 1)
        before = prev_word(tokens, num.first)
        if k < len(tokens) and lex.months.match(tokens, k):
            return False  # "अधूरे मकान 31 मार्च 2026 तक": a day and its month, not a house's number
        return not (k < len(tokens) and before is not None and tokens[k].text == before)  # "กลุ่ม 5 กลุ่ม" counts
    if plain and _numbered_noun(tokens, num.first, lex):
        return True  # "गाटा संख्या ४१२", "खसरा क्रमांक 218": a noun's number, not "लाभार्थियों की संख्या 412"
    if plain and said_before(tokens, num.first, lex.numbered_names) and not _counted_after(tokens, num.last, lex):
        return True  # "ตลาดสดเทศบาล ๑ เดือนละ ๘๐๐ บาท": a market's number, nothing counted after it
    if plain and (low := _range_start(tokens, num.first, lex) or _listed_after(tokens, num.first, lex)) is not None \
            and tokens[low].kind == "num" and named_by_number(tokens, low, lex) \
            and not noun_counted(tokens, num.last, lex):
        return True  # "कक्षा 1 से 8", "ชั้น 1 ถึง 3", "पैकेज संख्या 7 और 12": the range or list of names ends with one
        # (not "जोन 9 से 367 शिकायतें": from the zone, so many complaints)
    if num.words:
        return False
    digits = lex.lang["postal_code_digits"]
    dash = prev_token(tokens, num.first)
    if plain and digits and len(tok.text) == digits and tok.text.isdigit() and dash is not None and tokens[dash].text in DASHES:
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
    while k + 2 < len(tokens) and tokens[k + 1].text in DASHES and tokens[k + 2].kind == "num" \
            and tokens[k + 1].start == tokens[k].end:
        k += 2
        groups += 1
    return groups >= 3 and numeric_date(tokens, num.first, lex.lang) is None


def _numbered_noun(tokens: list[Token], first: int, lex: Lexicon) -> bool:
    """Whether a numbering word (``numbering_words``: ``संख्या``) stands right before the number after a noun, not
    after a genitive (``की संख्या``: how many) nor a word that makes it a count (``numbering_counts``: ``कुल``)."""
    words = lex.lang["numbering_words"] or []
    k = prev_token(tokens, first)
    while k is not None and tokens[k].text in {":", "-", "–"}:
        k = prev_token(tokens, k)
    if k is None or tokens[k].text not in words:
        return False
    owner = prev_token(tokens, k)
    if owner is None or tokens[owner].kind != "word":
        return False
    said = tokens[owner].text
    return not said.endswith(tuple(lex.lang["genitives"] or ())) and said not in (lex.lang["numbering_counts"] or [])


def _counted_after(tokens: list[Token], last: int, lex: Lexicon) -> bool:
    """Whether a classifier, a unit or a currency follows the number (``ลานจอดรถ ๒ แห่ง``), not as the unit of a
    rate (``ตลาดสดเทศบาล ๑ เดือนละ ๘๐๐ บาท``: a rate's unit counts nothing of the number before it)."""
    k = _skip(tokens, last + 1)
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    per = k + 1 < len(tokens) and tokens[k + 1].start == tokens[k].end and tokens[k + 1].text in (lex.lang["per_words"] or [])
    return not per and counting_word(tokens[k].text, lex.lang)


def noun_counted(tokens: list[Token], last: int, lex: Lexicon) -> bool:
    """Whether what the number counts follows it: a classifier or unit (``counting_word``) or, where the noun follows
    its number, a word that does not end a label (``label_stops``: not ``तक``, ``के``, ``में``)."""
    k = _skip(tokens, last + 1)
    if k >= len(tokens) or tokens[k].kind != "word":
        return False
    word, lang = tokens[k].text, lex.lang
    if lang["label_side"] == "after" and (word in lang["scales"] or lex.months.match(tokens, k)):
        return False  # "1.5 से 3 लाख रुपये", "25 से 28 अक्टूबर": the second number's own scale or month
    return counting_word(word, lang) or lang["label_side"] == "after" and word not in lang["label_stops"]


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


def phone_number(tokens: list[Token], num: Numeral, lex: Lexicon) -> bool:
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
    while k >= 0 and seen < 8 and (tokens[k].kind in {"num", "space"} or tokens[k].text in DASHES | {".", ":", "(", ")"}
                                   or _extension(tokens, k, lex) or lex.phone_joiners.match(tokens, k)):  # "112 अथवा 101"
        k -= 1
        seen += 1
    words = 0
    while k >= 0 and words < 4 and tokens[k].kind != "num" and "\n" not in tokens[k].text:
        if tokens[k].kind == "word" and ends_phrase(tokens, k, lex.phone_before):
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
        if text.startswith("0") and len(text) >= 2 and tokens[k].text in DASHES:
            return True  # "081-234-5678"
        if tokens[k].text == " " and len(text) == 5 and len(other) == 5:
            return True  # "98765 43210", an Indian mobile number
    if num.first >= 2 and tokens[num.first - 2].kind == "num" and tokens[num.first - 1].text in DASHES:
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
    return k > 0 and tokens[k - 1].kind in {"num", "space"} and ends_phrase(tokens, k, lex.phone_extensions)
