"""The words of a label's context, as the label rules compare them: Thai cut into words, units,
scales, currencies and classifiers set apart. Used by ``labelrefs``, ``labelchanges`` and ``labeltargets``."""

from __future__ import annotations

import re

from generator.language import Language
from generator.numerals import tokenize


def unmeasured(text: str, lang: Language) -> list[str]:
    """The words of ``text`` without units, scales, currencies and classifiers."""
    return [w for w in cut(text) if unit_word(w, lang) not in measure_words(lang) | set(lang["classifiers"] or [])]


def measure_words(lang: Language) -> set[str]:
    """Units, scales and currencies: the words between a number and what it counts."""
    return {*(lang["units"] or {}), *(lang["scales"] or {}), *(lang["currencies"] or {})}


def unit_word(run: str, lang: Language) -> str:
    """A run of Thai letters without the scale words it starts with (``ล้านลูกบาศก์เมตร``)."""
    scales = sorted(lang["scales"] or {}, key=len, reverse=True)
    while any(run.startswith(scale) and run != scale for scale in scales):
        run = run[len(next(scale for scale in scales if run.startswith(scale))):]
    return run


def cut(text: str) -> list[str]:
    """The words of ``text``, Thai cut into words."""
    return [t.text for t in tokenize(text) if t.kind in {"word", "thai"}]


def word_list(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w\u0900-\u097f\u0e00-\u0e7f]*", text)
