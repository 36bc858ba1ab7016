"""Labels of an amount a sentence changes: the new value it is changed to (``ปรับเพิ่มเป็น ๒๗ บาท`` →
``อัตราค่าอาหารกลางวันใหม่``) and the value it is changed from (``३५ रुपये से बढ़ाकर`` → ``पुराना पारिश्रमिक``).
Called by ``labelrefs.relate_labels``; the words are language data (``changed_to``, ``value_adjectives``,
``new_value_label``, ``feminine_nouns``)."""

from __future__ import annotations

import re

from generator.labelchanges import same_before
from generator.labelwhen import without_when
from generator.labelwords import fill
from generator.language import Language
from generator.model import Figure

_CHANGED_CHARS = 40  # how far before a value (or after an old one) the words that change it are read


def new_value(before: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``อัตราค่าอาหารกลางวันอยู่ที่ ๒๔ บาท … ปรับเพิ่มเป็น ๒๗ บาท`` → ``อัตราค่าอาหารกลางวันใหม่``: a value
    right after words that change something to it (``changed_to``) is the new value of the amount
    before in the same unit, within two sentences (a count or a share that rose is not a new one:
    ``สมาชิกใหม่`` would be new members)."""
    phrases = tuple(re.sub(r"\s+", "", p) for p in lang["changed_to"] or ())
    changes = (*(lang["change_verbs_from"] or ()), *(lang["change_directions"] or {}))
    bare = figure.kind in {"count", "quantity"} and figure.label.startswith(changes)  # "…ปัจจุบันเพิ่มเป็นวันละ 3,850 ราย":
    if not phrases or figure.kind != "money" and not bare:  # named only by the change, a count is the same thing's
        return None
    said = re.sub(r"\s+", "", text[max(0, figure.start - _CHANGED_CHARS):figure.start])
    said = said.removesuffix(next((q for q in lang["qualifiers_before"] or [] if said.endswith(q)), ""))
    per, changed = "|".join(map(re.escape, lang["per_suffixes"] or [])), "|".join(map(re.escape, phrases))
    if not said.endswith(phrases) and not (bare and per and re.search(rf"(?:{changed})\S{{1,8}}(?:{per})$", said)):
        return None  # "เพิ่มเป็นวันละ 3,850 ราย": a rate per day between
    same = same_before(before, figure, lang)
    if same is None or not same.label or figure.start - same.end > _NEW_VALUE_CHARS:
        return None
    label = unmarked(without_when(same.label, lang), lang)  # "…ปีที่แล้ว": the time of the value before
    for mark in lang["earlier_marks"] or []:
        label = label.removesuffix(mark) or label  # "ค่าธรรมเนียมเดิม": the old value's own word
    return label if bare else value_mark(label, "new", lang)


_NEW_VALUE_CHARS = 240


def old_value(figure: Figure, label: str, text: str, lang: Language) -> str:
    """``मछुआरों का पारिश्रमिक ३५ रुपये से बढ़ाकर ४२ रुपये`` → ``मछुआरों का पुराना पारिश्रमिक``: an amount right
    before words of ``changed_to`` is the value it was changed from."""
    marks = [re.sub(r"\s+", "", p) for p in lang["changed_to"] or []]
    if not marks or figure.kind != "money" or not label:
        return label
    after = text[figure.end:figure.end + _CHANGED_CHARS].split()
    per = next((w for w in lang["per_words"] or [] if after[:1] and after[0].startswith(w)), None)
    if per:  # "४,००० रुपये प्रतिवर्ष से बढ़ाकर", "३५ रुपये प्रति किलो से बढ़ाकर": a rate's unit between
        after = after[2:] if after[0] == per else after[1:]
    return (value_mark(label, "old", lang) or label) if "".join(after).startswith(tuple(marks)) else label


def value_mark(label: str, which: str, lang: Language) -> str | None:
    """The label of an amount's ``old`` or ``new`` value: Hindi's adjective (``value_adjectives``) before the
    head noun, agreeing with it as its genitive shows (``स्नातक की पुरानी फीस``) or else as ``feminine_nouns``
    say (``पुरानी राशि``, ``नया जुर्माना``); elsewhere a template (``new_value_label``: ``{label}ใหม่``)."""
    forms = (lang["value_adjectives"] or {}).get(which)
    if not forms:
        template = lang[f"{which}_value_label"]
        return fill(template, lang, label=label) if template else None
    words = label.split()
    at = max((i for i, w in enumerate(words[:-1]) if w in forms), default=None)
    if at is not None:
        return " ".join([*words[:at + 1], forms[words[at]], *words[at + 1:]])
    genitive = list(forms)[1] if words[-1:] and words[-1] in (lang["feminine_nouns"] or []) else list(forms)[0]
    return " ".join([forms[genitive], *words])


def unmarked(label: str, lang: Language) -> str:
    """``मछुआरों का पुराना पारिश्रमिक`` → ``मछुआरों का पारिश्रमिक``: a label without an old or new value's adjective."""
    marks = {w for forms in (lang["value_adjectives"] or {}).values() for w in forms.values()}
    return " ".join(w for w in label.split() if w not in marks) if marks else label
