"""Figures of one line that would share a label, told apart by the subject of their clause.

``เขื่อนภูมิพลมีปริมาณน้ำ 8,940 ล้าน ลบ.ม. … ขณะที่เขื่อนสิริกิติ์มีปริมาณน้ำ 7,480 ล้าน ลบ.ม.``: both are
``ปริมาณน้ำ``, which says nothing of which dam; each has its subject before a link that gives it the thing
measured (``subject_links``: ``มี`` before the label; ``में`` right before the number, ``सदर तहसील में 1,240
आवेदन``), and the label takes it (``ปริมาณน้ำเขื่อนภูมิพล``, ``सदर तहसील में आवेदन``). Only when every figure
of the group has a subject of its own: a label shared by figures the text does not tell apart stays as it is.
In Thai, a list item a marker opens is the subject of its figure (``(๑) โรงเรียนบ้านโนนสูง นักเรียน ๓๕ คน``).
Called by ``labelrefs.relate_labels``; the words are language data (``subject_links``, ``subject_label``,
``item_markers``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from generator.labelwords import cut, fill, tidy_label
from generator.language import Language
from generator.model import Figure

_SUBJECT_WORDS = 3  # words of a subject, once tidied ("เขื่อน|สิริกิติ์")
_PUNCTUATION = set(",;:।.!?()\"'“”")


def apart_by_subject(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """``figures`` with the labels that several on one line share told apart by their subjects."""
    if not lang["subject_links"]:
        return figures
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, figure in enumerate(figures):
        if figure.label and figure.kind not in {"year", "date", "range"}:
            line = text.rfind("\n", 0, figure.start)
            groups[(line, figure.kind, figure.unit, figure.label)].append(i)
    out = list(figures)
    for members in groups.values():
        found = [_subject(figures[i], text, lang) for i in members] if len(members) > 1 else [None]
        subjects = [s for s in found if s is not None]
        if len(subjects) < len(found) or len(set(subjects)) < len(subjects) \
                or any(set(cut(s[0])) & set(cut(figures[i].label)) for i, s in zip(members, subjects)):
            continue  # not told apart, or the label has its subject already
        for i, (subject, link) in zip(members, subjects):
            label = fill(lang["subject_label"], lang, label=figures[i].label, subject=subject, link=link)
            share = i + 1 < len(figures) and figures[i + 1].kind == "percent" and figures[i + 1].label == figures[i].label
            for k in (i, i + 1) if share and "\n" not in text[figures[i].end:figures[i + 1].start] else (i,):
                out[k] = replace(figures[k], label=label)  # and its share right after it ("คิดเป็นร้อยละ 66")
    return out


def _subject(figure: Figure, text: str, lang: Language) -> tuple[str, str] | None:
    """The subject and its link before the figure (``ขณะที่เขื่อนสิริกิติ์มีปริมาณน้ำ`` → ``เขื่อนสิริกิติ์``,
    ``มี``; ``जबकि बिलाड़ा तहसील में 860`` → ``बिलाड़ा तहसील``, ``में``), if the text says it there."""
    before = text[text.rfind("\n", 0, figure.start) + 1:figure.start].split()
    if lang["label_side"] == "after":
        link = before[-1] if before and before[-1] in lang["subject_links"] else None
        words = before[:-1]
        at = len(words)
        while at and len(words) - at < _SUBJECT_WORDS and words[at - 1] not in lang["label_stops"] \
                and words[at - 1][-1:] not in _PUNCTUATION and any(c.isalnum() for c in words[at - 1]):
            at -= 1
        head = " ".join(words[at:])
    else:
        run = before[-1] if before else ""
        head = run[:-len(figure.label)] if run.endswith(figure.label) else ""
        link = next((k for k in lang["subject_links"] if head.endswith(k)), None)
        head = head[:-len(link)] if link else ""
        marks = [j for j, w in enumerate(before) if re.fullmatch(lang["item_markers"], w)] if lang["item_markers"] else []
        if not head and marks and marks[-1] + 1 < len(before) and (item := tidy_label(before[marks[-1] + 1], lang)):
            return item, ""  # "(๑) โรงเรียนบ้านโนนสูง นักเรียน ๓๕ คน … อัตราคนละ ๓๖ บาทต่อวัน": the item the last marker
            # opens, a name of any length, for each of its figures
    subject = tidy_label(head, lang) if link else ""
    words = cut(subject)
    times = {*(lang["earlier_periods"] or []), *(lang["duration_words"] or [])}  # "इसी अवधि में": when, not what
    if not words or len(words) > _SUBJECT_WORDS or words[-1] in times:
        return None
    return subject, str(link)
