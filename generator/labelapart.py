"""Figures of one line that would share a label, told apart by the subject of their clause.

``เขื่อนภูมิพลมีปริมาณน้ำ 8,940 ล้าน ลบ.ม. … ขณะที่เขื่อนสิริกิติ์มีปริมาณน้ำ 7,480 ล้าน ลบ.ม.``: both are
``ปริมาณน้ำ``, which says nothing of which dam; each has its subject before a link that gives it the thing
measured (``subject_links``: ``มี``), and the label takes it (``ปริมาณน้ำเขื่อนภูมิพล``). Only when every
figure of the group has a subject of its own: a label shared by figures the text does not tell apart stays
as it is. Called by ``labelrefs.relate_labels``; the words are language data (``subject_links``,
``subject_label``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from generator.labelwords import cut, fill, tidy_label
from generator.language import Language
from generator.model import Figure

_SUBJECT_WORDS = 3  # words of a subject, once tidied ("เขื่อน|สิริกิติ์")


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
        subjects = [_subject(figures[i], text, lang) for i in members]
        if len(members) < 2 or None in subjects or len(set(subjects)) < len(subjects):
            continue
        for i, subject in zip(members, subjects):
            label = fill(lang["subject_label"], lang, label=figures[i].label, subject=str(subject))
            share = i + 1 < len(figures) and figures[i + 1].kind == "percent" and figures[i + 1].label == figures[i].label
            for k in (i, i + 1) if share and "\n" not in text[figures[i].end:figures[i + 1].start] else (i,):
                out[k] = replace(figures[k], label=label)  # and its share right after it ("คิดเป็นร้อยละ 66")
    return out


def _subject(figure: Figure, text: str, lang: Language) -> str | None:
    """The subject before the link before the figure's label, in the run of words right before it
    (``ขณะที่เขื่อนสิริกิติ์มีปริมาณน้ำ`` → ``เขื่อนสิริกิติ์``), if the label is said there."""
    before = text[text.rfind("\n", 0, figure.start) + 1:figure.start].split()
    run = before[-1] if before else ""
    if not run.endswith(figure.label) or len(run) == len(figure.label):
        return None
    head = run[:-len(figure.label)]
    link = next((k for k in lang["subject_links"] if head.endswith(k)), None)
    if link is None:
        return None
    subject = tidy_label(head[:-len(link)], lang)
    return subject if subject and len(cut(subject)) <= _SUBJECT_WORDS else None
