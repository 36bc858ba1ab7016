"""Who a count of people is when only its classifier names it and nothing else in the text does
(``… และเด็กเล็กในศูนย์พัฒนาเด็กเล็ก ๒ แห่ง จำนวน ๕๘ คน``): the people its line named last before it. A word
that names people opens with one of ``person_openers`` (``ผู้``, ``นัก``, ``เด็ก``…); the classifiers of people
are ``person_classifiers``. Else, on a line that a list marker opens (``item_markers``, ``item_line_marks``:
``🔹 มาราธอน 42.195 กม. 1,150 คน``), the item it names. Used by ``labelrefs.relate_labels`` as its last resorts
before the classifier."""

from __future__ import annotations

import re

from generator.labelchunks import trim
from generator.labelwords import cut, tidy_label
from generator.language import Language
from generator.model import Figure


def people_named(figure: Figure, text: str, lang: Language, since: int = 0) -> str | None:
    """The nearest word before ``figure`` on its line that names people (more than an opener alone: not
    the relative ``ผู้`` of ``ผู้มีอายุ``), with the words glued to it that qualify them
    (``กลุ่มเสี่ยงเบาหวาน``), up to a stop; ``None`` when the line names none."""
    openers = tuple(lang["person_openers"] or ())
    if not openers or figure.kind != "count" or figure.label not in (lang["person_classifiers"] or []):
        return None
    line = text[max(text.rfind("\n", 0, figure.start) + 1, figure.start - _PEOPLE_CHARS, since):figure.start]
    for phrase in reversed(re.split(r"[\s\d]+", line)):  # a phrase: the words glued between spaces and numbers
        words = cut(phrase)
        at = next((i for i in range(len(words) - 1, -1, -1) if words[i].startswith(openers) and words[i] not in openers), None)
        if at is not None:
            return tidy_label("".join(trim(words[at:at + _PEOPLE_WORDS], lang, cut_at_stops=True)), lang) or None
    return None


_PEOPLE_CHARS = 200
_PEOPLE_WORDS = 3


def item_named(figure: Figure, text: str, lang: Language) -> str | None:
    """``(๑) ช่วงอายุ ๖๐-๖๙ ปี จำนวน ๖๘๒ คน`` → ``ช่วงอายุ``: a count of people only its classifier names, on a
    line a list marker opens (``item_markers``, ``item_line_marks``), counts the item: the line's words before its
    first number, past an aside in brackets."""
    marks = "|".join(m for m in (lang["item_markers"], lang["item_line_marks"]) if m)
    if not marks or figure.kind != "count" or figure.label not in (lang["person_classifiers"] or []):
        return None
    line = text[text.rfind("\n", 0, figure.start) + 1:figure.start]
    opened = re.match(rf"\s*(?:{marks})\s*", line)
    head = re.split(r"[\d๐-๙(]", line[opened.end():], maxsplit=1)[0] if opened else ""
    item = tidy_label(head.strip(), lang)
    return item if item and len(cut(item)) <= _ITEM_WORDS else None  # an item's name, not a sentence


_ITEM_WORDS = 5
