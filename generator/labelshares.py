"""Labels of shares and wholes: a figure out of another, and the share after them.

``ได้อบรมแล้ว ๓๗๕ คน จากทั้งหมด ๔๐๘ คน หรือร้อยละ ๙๑.๙``: the whole is named after the part (``จากทั้งหมด``), the
share is the part's; a share of a target is what was done measured against it; ``जिसका लगभग 53%`` is a share
of what the figure before measures. Called by ``labelrefs.relate_labels``; the words are language data
(``out_of``, ``share_links``, ``compared_bases``, ``whole_label``, ``genitive_relatives``).
"""

from __future__ import annotations

import re

from generator.labelowners import without_total
from generator.labelwords import cut, fill, unit_word, unmeasured, word_list
from generator.language import Language
from generator.model import Figure


def out_of(achieved: Figure, whole: Figure, text: str, lang: Language) -> bool:
    """Whether ``whole`` is what ``achieved`` is out of (``… 251,340 คน จากเป้าหมาย 260,000 คน``):
    a share after them is the achieved one's."""
    between = text[achieved.end:whole.start]
    if achieved.kind != whole.kind or "\n" in between or len(between) > 40:
        return False
    return any(w in between for w in lang["out_of"] or [])


def share_of_part(part: Figure | None, whole: Figure, figure: Figure, text: str, lang: Language) -> str | None:
    """``ได้อบรมแล้ว ๓๗๕ คน จากทั้งหมด ๔๐๘ คน หรือร้อยละ ๙๑.๙``: a share right after a part and the whole
    it is out of is the part's."""
    if part is None or not part.label:
        return None
    between = text[whole.end:figure.start]
    measure = {*(lang["classifiers"] or []), *(lang["units"] or {})}
    words = [w for w in word_list(between) if unit_word(w, lang) not in measure]
    return part.label if "\n" not in between and set(words) <= set(lang["share_links"] or []) else None


def from_whole(part: Figure, whole: Figure, text: str, lang: Language) -> bool:
    """``มีผู้มาใช้สิทธิ 289,457 คน จากผู้มีสิทธิ 405,630 คน``: a count, then จาก and a noun right after its
    classifier, then a count of that noun: the whole it is out of (not ``เพิ่มขึ้นจาก``: a change's base)."""
    between = text[part.end:whole.start]
    if part.kind != whole.kind or part.kind != "count" or "\n" in between or len(between) > _WHOLE_CHARS:
        return False
    words = unmeasured(between, lang)
    return len(words) > 1 and words[0] in (lang["change_from"] or [])


_WHOLE_CHARS = 40


def against_base(figure: Figure, achieved: Figure | None, label: str, text: str, lang: Language) -> str:
    """``… 251,340 คน จากเป้าหมาย 260,000 คน คิดเป็นร้อยละ 96.7``, ``ร้อยละ 73.1 ของเป้าหมาย``: a share of a
    target, a plan or an estimate (``compared_bases``) is what was done measured against it
    (``ผู้ผ่านการฝึกอบรมเทียบเป้าหมาย``)."""
    bases = lang["compared_bases"] or {}
    if figure.kind != "percent" or not label or not bases:
        return label
    after = re.sub(r"\s+", "", text[figure.end:figure.end + 24])
    base = next((b for w, b in bases.items() if after.startswith(w)), None)
    if base is None and achieved is not None and label == achieved.label:
        between = re.sub(r"\s+", "", text[achieved.end:figure.start])
        base = next((b for w, b in bases.items() if w in between), None)
    if base is None or base in label:
        return label
    return fill(lang["compared_label"], lang, label=label, base=base)


def whole_named(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``สมาชิกสภาเข้าร่วมประชุม ๑๒ คน จากทั้งหมด ๑๔ คน``, ``… จากเป้าหมาย 260,000 คน``: the whole or
    the target the figure before is out of, named after it; by its own words when it names itself (``… ๑๖ คน
    จากจำนวนสมาชิกทั้งหมด ๑๘ คน``: สมาชิกทั้งหมด), not by a classifier."""
    if before is None or not before.label or figure.kind not in {"count", "money"} or not out_of(before, figure, text, lang):
        return None
    between = text[before.end:figure.start]
    if without_total(figure.label, lang)[0] and any(w in between for w in lang["out_of_clauses"] or []):
        return None  # "… ๕๘ คัน จากที่ตรวจทั้งหมด ๔๑๒ คัน": the whole names itself, in a clause
    if any(w in between for w in lang["target_words"] or []):
        return fill(lang["target_label"], lang, label=before.label)
    own = without_total(figure.label, lang)[0]
    if own and own in between and own != before.label and own not in lang["classifiers"]:
        return figure.label  # "๑๖ คน จากจำนวนสมาชิกทั้งหมด ๑๘ คน": the whole names itself
    noun = cut(text[figure.end:figure.end + _NOUN_CHARS])[:1]
    if noun and noun[0] in {*(lang["noun_classifiers"] or []), *(lang["duration_words"] or [])} \
            and cut(text[before.end:before.end + _NOUN_CHARS])[:1] == noun:
        return str(lang["whole_label"]).format(label=noun[0])  # "9 อำเภอ จากทั้งหมด 20 อำเภอ": all the districts,
        # not all of what was done in nine
    return str(lang["whole_label"]).format(label=before.label)


_NOUN_CHARS = 12


def share_of_which(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``उपार्जन लक्ष्य 6.5 लाख क्विंटल है, जिसका लगभग 53% पूरा हो गया है``: a share right after a relative
    pronoun in the genitive ("of which") that names nothing else (no part: ``जिसका 70 फीसदी हिस्सा केंद्रीय
    योजना से``; at most a state, ``पूरा``) is a share of what the figure before it measures."""
    if before is None or figure.kind != "percent" or not before.label or before.kind in {"percent", "year", "date"} \
            or figure.label and figure.label not in (lang["action_states"] or []):
        return None
    words = word_list(text[before.end:figure.start].rsplit(",", 1)[-1]) if "," in text[before.end:figure.start] else []
    if "\n" in text[before.end:figure.start] or not words or words[0] not in (lang["genitive_relatives"] or {}) \
            or any(w not in lang["label_skip"] for w in words[1:]):
        return None
    owner = without_total(before.label, lang)[0]
    return (f"{owner} {figure.label}" if lang["label_side"] == "after" else f"{owner}{figure.label}") if figure.label else owner
