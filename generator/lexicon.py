"""A language's phrases as the figure engine looks them up: months, currencies, units,
percent words, qualifiers, markers of times and identifiers.

Everything comes from the language's data (``generator/lang/<code>.yml`` and its folder)
and, where CLDR has it, from Babel: month names and abbreviations, every currency's names
(all plural forms) and symbols in the locale. Phrases are matched over tokens, so a phrase
ends where a word ends (``บาท`` is found after ``ล้าน``, never inside ``บาทหลวง``), and
after folding (``हज़ार`` = ``हजार``).
"""

from __future__ import annotations

import functools
from typing import Any

from babel import Locale
from babel.dates import get_month_names

from generator.language import Language, get_language
from generator.numerals import Token, fold, skip_spaces

_MAX_TOKENS = 9


class Phrases:
    """Phrases → values, found at a token position.

    >>> from generator.numerals import tokenize
    >>> p = Phrases({"कम से कम": "at_least", "कम": "x"}, get_language("hi"))
    >>> p.match(tokenize("कम से कम 5"), 0)
    ('at_least', 4)
    """

    def __init__(self, items: dict[str, Any], lang: Language) -> None:
        self.lang = lang
        self.items = {self._key(str(k)): v for k, v in items.items() if str(k).strip()}
        self.longest = max((len(k) for k in self.items), default=0)
        # every beginning of a phrase: a look-up stops at the first token no phrase goes on with
        self.prefixes = {key[:n] for key in self.items for n in range(1, len(key) + 1)}
        self.suffixes = {key[-n:] for key in self.items for n in range(1, len(key) + 1)}

    def _key(self, text: str) -> str:
        return " ".join(fold(text, self.lang).split())

    def match(self, tokens: list[Token], k: int) -> tuple[Any, int] | None:
        """The longest phrase that starts at token ``k`` and ends at a token's end: its value
        and its last token."""
        if k >= len(tokens) or tokens[k].kind == "space":
            return None
        text, ends = "", []
        for j in range(k, min(len(tokens), k + _MAX_TOKENS)):
            tok = tokens[j]
            if tok.kind == "space":
                if "\n" in tok.text:
                    break
                text += " "
            else:
                text += fold(tok.text, self.lang)
            if text not in self.prefixes:
                break
            ends.append((text, j))
        for candidate, j in reversed(ends):
            if tokens[j].kind != "space" and candidate in self.items:
                return self.items[candidate], j
        return None

    def match_before(self, tokens: list[Token], k: int) -> tuple[Any, int] | None:
        """The longest phrase that ends at token ``k`` (found backwards): value and first token."""
        if k < 0 or k >= len(tokens) or tokens[k].kind == "space":
            return None
        text, best = "", None
        for start in range(k, max(-1, k - _MAX_TOKENS), -1):
            tok = tokens[start]
            if tok.kind == "space" and "\n" in tok.text:
                break
            text = (" " if tok.kind == "space" else fold(tok.text, self.lang)) + text
            if text not in self.suffixes:
                break
            if tok.kind != "space" and text in self.items:
                best = (self.items[text], start)
        return best

    def __contains__(self, word: str) -> bool:
        return self._key(word) in self.items


@functools.cache
def lexicon(code: str) -> Lexicon:
    return Lexicon(get_language(code))


class Lexicon:
    """All phrase tables of one language."""

    def __init__(self, lang: Language) -> None:
        self.lang = lang
        locale = Locale.parse(lang["locale"])

        def table(key: str) -> Phrases:  # phrases with a value each ("हेक्टेयर: ha")
            return Phrases(lang[key] or {}, lang)

        def words(key: str) -> Phrases:  # a list of phrases
            return Phrases(dict.fromkeys(lang[key] or [], True), lang)

        self.months = Phrases({**_cldr_months(locale), **(lang["months"] or {})}, lang)
        self.currencies = Phrases({**_cldr_currencies(locale), **(lang["currencies"] or {})}, lang)
        self.symbols, self.subunits, self.units = table("currency_symbols"), table("currency_subunits"), table("units")
        self.measure_subunits = table("measure_subunits")
        self.qualifiers_before, self.qualifiers_after = table("qualifiers_before"), table("qualifiers_after")
        self.eras, self.latin_scales, self.ordinals = table("eras"), table("latin_scales"), table("ordinals")
        self.closers = words("currency_closers")
        self.percent, self.percent_prefix = words("percent_words"), words("percent_prefix")
        self.time_before, self.time_after = words("time_before"), words("time_after")
        self.identifier_before, self.phone_before = words("identifier_before"), words("phone_before")
        self.numbered_names = words("numbered_names")
        self.law_words, self.phone_joiners = words("law_words"), words("phone_joiners")
        self.illustration_before, self.year_before = words("illustration_before"), words("year_words_before")
        self.range_words, self.range_before = words("range_words"), words("range_before")
        self.range_between, self.range_between_after = words("range_between"), words("range_between_after")
        self.day_joiners, self.fractions, self.durations = words("day_joiners"), words("fraction_words"), words("duration_words")
        self.measures, self.only, self.half = words("measure_words"), words("only_words"), words("half_words")
        self.ordinal_suffixes, self.phone_extensions = words("ordinal_suffixes"), words("phone_extensions")
        self.recipients = words("recipient_phrases")
        self.radio_bands, self.radio_units = words("radio_bands"), words("radio_units")
        self.noun_units = {" ".join(k.split()): set(v) for k, v in (lang["noun_units"] or {}).items()}
        self.unit_nouns = {" ".join(k.split()): set(v) for k, v in (lang["unit_nouns"] or {}).items()}

    def unit(self, tokens: list[Token], k: int) -> tuple[Any, int] | None:
        """The unit of measure at token ``k``, if any; not a unit's word that is a noun here, told by the word
        after it (past a particle, ``genitive_gap``): one of its ``noun_units`` entry (``1.46 लाख मीटर ही लग
        सके`` counts meters, not metres), or none of its ``unit_nouns`` entry (``142 ग्राम लाभान्वित``)."""
        found = self.units.match(tokens, k)
        said = " ".join(t.text for t in tokens[k:found[1] + 1] if t.kind != "space") if found else ""
        if found is None or said not in self.noun_units and said not in self.unit_nouns:
            return found
        after = skip_spaces(tokens, found[1] + 1)
        if after < len(tokens) and tokens[after].text in (self.lang["genitive_gap"] or []):
            after = skip_spaces(tokens, after + 1)  # "ही", "भी"
        word = tokens[after].text if after < len(tokens) else ""
        return None if word in self.noun_units.get(said, ()) or said in self.unit_nouns and word not in self.unit_nouns[said] \
            else found


def _cldr_months(locale: Locale) -> dict[str, int]:
    """Month names and abbreviations of the locale (``फ़रवरी``, ``मी.ค.``... from CLDR)."""
    out: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale=locale).items():
                out[str(name)] = int(number)
    return out


def _cldr_currencies(locale: Locale) -> dict[str, str]:
    """Every currency's display names in the locale, all plural forms, and its ISO code."""
    out: dict[str, str] = {}
    forms = locale._data.get("currency_names_plural", {})
    for code, name in locale.currencies.items():
        out[name] = code
        for plural in forms.get(code, {}).values():
            out[plural] = code
        out[code] = code
    return out
