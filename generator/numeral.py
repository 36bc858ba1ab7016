"""A number found in a paragraph's tokens (``Numeral``), and the tests of the words around it that the rules
on numbers that are not figures share (``skips``, ``identifiers``, ``figurekinds``): what a number counts
(``counting_word``), a place name it is glued into (``named_place``)."""

from __future__ import annotations

from dataclasses import dataclass

from generator.numerals import Token
from generator.numerals import skip_spaces as _skip

DASHES = {"-", "–", "—", "‒", "−"}


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


def prev_word(tokens: list[Token], i: int) -> str | None:
    """The word before token ``i``, past anything else."""
    k = i - 1
    while k >= 0 and tokens[k].kind != "word":
        k -= 1
    return tokens[k].text if k >= 0 else None


def ends_phrase(tokens: list[Token], k: int, phrases) -> bool:
    """Whether one of ``phrases`` ends at token ``k``."""
    return phrases.match_before(tokens, k) is not None


def said_before(tokens: list[Token], i: int, phrases, gap: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a phrase ends right before token ``i`` (spaces and ``gap`` punctuation between)."""
    k = i - 1
    while k >= 0 and (tokens[k].kind == "space" and "\n" not in tokens[k].text or tokens[k].text in gap):
        k -= 1
    return k >= 0 and tokens[k].kind != "space" and ends_phrase(tokens, k, phrases)


def said_after(tokens: list[Token], last: int, phrases) -> bool:
    """Whether a phrase starts after token ``last`` (past spaces)."""
    k = _skip(tokens, last + 1)
    return phrases.match(tokens, k) is not None


def glued_to_title(tokens: list[Token], i: int, titles) -> list[str] | None:
    """The words between token ``i`` and a title (``อ.``, ``ตำบล``) it is glued to, a few tokens back
    (``อ.หนองสองห้อง``: ``หนอง``); None if it is glued to none."""
    k, words = i, list[str]()
    while k > 0 and i - k < _TITLE_REACH and tokens[k - 1].end == tokens[k].start and tokens[k - 1].kind != "space":
        k -= 1
        dotted = tokens[k].text == "." and k > 0 and tokens[k - 1].end == tokens[k].start
        if tokens[k].text in titles or dotted and f"{tokens[k - 1].text}." in titles:
            return words
        words[:0] = [tokens[k].text] if tokens[k].kind == "word" else []
    return None


def named_place(tokens: list[Token], i: int, titles, openers) -> bool:
    """Whether token ``i`` is inside a place's name glued to its title, past a word such a name opens with
    (``openers``: ``หนอง`` of ``อ.หนองสองห้อง``)."""
    between = glued_to_title(tokens, i, titles)
    return between is not None and between[:1] != [] and between[0] in openers


_TITLE_REACH = 4  # tokens back from a word within which a place's title makes it part of the name


def counting_word(word: str, lang) -> bool:
    """Whether ``word`` starts with what a number before it counts or measures: a classifier, a unit, a currency, a
    measure or a percent word (Thai runs a classifier into the next word: ``ล้าน|คนใน…``)."""
    counted = (*(lang["classifiers"] or []), *(lang["person_classifiers"] or []), *(lang["units"] or {}),
               *(lang["currencies"] or {}), *(lang["measure_words"] or []), *(lang["percent_words"] or []))
    return word.startswith(counted)
