"""Labels of last resort: a figure that nothing beside it or in another figure names is named by the words of
its clause before it (``clause_before``, the last step of ``labelrefs``), or, once repeats are gone, like the
figure before it in its sentence (``labelled_like_before``): a card that says something, not an empty one."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.labelwords import cut, tidy_label
from generator.language import Language
from generator.model import Figure


def labelled_like_before(figures: tuple[Figure, ...], text: str, lang: Language) -> tuple[Figure, ...]:
    """A figure still without a label once repeats are gone: what the last figure before it in its sentence
    is (``ราคารับซื้อที่เสนอ 20 บาทต่อผล … หรือราว 16.67 บาทต่อกิโลกรัม``), rather than an empty card; or,
    after a change said since the two figures before it (``เพิ่มขึ้นจากปี ๒๕๖๘ ซึ่งตั้งไว้ ๓๔,๙๐๐,๐๐๐ บาท
    จำนวน ๑,๕๐๐,๐๐๐ บาท``), the change, where the language names one by its word (``unnamed_changes``)."""
    out = list(figures)
    for i, figure in enumerate(out):
        if figure.label:
            continue
        earlier = [f for f in out[:i] if f.sentence == figure.sentence and f.kind not in {"date", "year"}]
        since = text[earlier[-2:][0].start if earlier else figure.start:figure.start]
        change = next((w for w in lang["unnamed_changes"] or [] if w in since), None)
        if like := change or next((f.label for f in reversed(earlier) if f.label), None):
            out[i] = replace(figure, label=like)
    return tuple(out)


def clause_before(figure: Figure, text: str, lang: Language) -> str | None:
    """A figure nothing else names: the last words of its clause before it, once tidied (``ระดับน้ำแม่น้ำยม
    ที่สถานี Y.4 … ล่าสุดอยู่ที่ 7.85 เมตร`` → ``ระดับน้ำแม่น้ำยมที่สถานี``), rather than a card that says nothing."""
    clause = re.split(r"[\n,;:।.!?()“”\"]|\d", text[max(0, figure.start - _CLAUSE_CHARS):figure.start])[-1]
    words = [w for w in clause.split() if not re.fullmatch(r"[\W\d_]+", w)]
    ends = {*(lang["label_stops"] or []), *(lang["agent_markers"] or []), *(lang["complementizers"] or [])}
    at = max((i + 1 for i, w in enumerate(words) if w in ends), default=0)  # "राठौर ने कहा कि …": after who said it
    label = tidy_label(("" if lang["label_side"] == "before" else " ").join(words[at:][-_CLAUSE_RUNS:]), lang)
    plain = {*(lang["classifiers"] or []), *(lang["duration_words"] or []), *(lang["earlier_periods"] or []),
             *(lang["label_stops"] or []), *(lang["label_skip"] or []), *(lang["qualifiers_before"] or {}),
             *(lang["months"] or {})}
    said = cut(label)
    return label if said and len(said) <= _CLAUSE_WORDS and not set(said) <= plain else None  # not "ปี", "เครื่อง"


_CLAUSE_CHARS = 80
_CLAUSE_RUNS = 4  # space-separated runs: Hindi words, Thai phrases
_CLAUSE_WORDS = 8
