"""Items of a list that share one noun: amounts in one unit that share what the last one's genitive names
(``… धान, … मक्का और … सोयाबीन की बुवाई``), and the parts of a whole told apart by a word before that noun
(``जिनमें से 10,230 स्वीकृत, 1,520 अस्वीकृत तथा 700 लंबित``). Used by ``labellists.list_labels``; the words
are language data (``list_genitives``, ``list_joiners``, ``dependent_links``)."""

from __future__ import annotations

from dataclasses import replace

from generator.language import Language
from generator.model import Figure


def shared_heads(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """``2.4 लाख हेक्टेयर में धान, 1.1 लाख हेक्टेयर में मक्का और 65 हजार हेक्टेयर में सोयाबीन की बुवाई``: items
    of a list, each an amount in the same unit and a noun, share what the last one's genitive names
    (``धान की बुवाई``)."""
    genitives, joiners = lang["list_genitives"] or [], lang["list_joiners"] or []
    if not genitives:
        return figures
    runs: list[list[int]] = []
    for i, figure in enumerate(figures):
        before = figures[runs[-1][-1]] if runs else None
        if before is not None and figure.unit is not None and (figure.kind, figure.unit) == (before.kind, before.unit) \
                and _list_gap(text[before.end:figure.start], joiners):
            runs[-1].append(i)
        else:
            runs.append([i])
    out = list(figures)
    for run in runs:
        last = figures[run[-1]].label.split()
        if len(run) > 1 and len(last) > 2 and last[1] in genitives:  # "सोयाबीन की बुवाई": a noun, then what all are
            for j in run[:-1]:
                if len(figures[j].label.split()) == 1:
                    out[j] = replace(figures[j], label=" ".join([figures[j].label, *last[1:]]))
    return out


def bare_items(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """``जिनमें से 10,230 स्वीकृत, 1,520 अस्वीकृत तथा 700 लंबित हैं``: in a list of the parts of a whole
    (``dependent_links`` right before its first item) whose labels name the same noun after what tells them
    apart (``स्वीकृत आवेदन``, ``लंबित आवेदन``), an item labelled by that word alone (``अस्वीकृत``) counts the
    same noun."""
    joiners = lang["list_joiners"] or []
    runs: list[list[int]] = []
    for i, figure in enumerate(figures):
        before = figures[runs[-1][-1]] if runs else None
        if before is not None and figure.kind == before.kind == "count" and figure.unit is None and before.unit is None \
                and figure.sentence == before.sentence and _list_gap(gap := text[before.end:figure.start], joiners) \
                and not set(gap.split()) & set(lang["dependent_links"] or []):
            runs[-1].append(i)
        else:
            runs.append([i])
    out = list(figures)
    for run in runs:
        named = [figures[j].label.split() for j in run if len(figures[j].label.split()) == 2]
        nouns = {words[-1] for words in named}
        opening = text[max(0, figures[run[0]].start - _LINK_REACH):figures[run[0]].start].split()
        if len(run) < 3 or len(nouns) != 1 or len(named) < 2 or not set(opening) & set(lang["dependent_links"] or []):
            continue  # not parts of a whole named before them ("…, जिनमें से 10,230 स्वीकृत, …")
        noun = nouns.pop()
        for j in run:
            words = figures[j].label.split()
            if len(words) == 1 and words[0] != noun and words[0] not in lang["label_stops"]:
                out[j] = replace(figures[j], label=f"{words[0]} {noun}")
    return out


def _list_gap(gap: str, joiners: list[str]) -> bool:
    """Between two items of a list: a comma or a joiner, within a few words."""
    words = gap.split()
    return len(words) <= _LIST_GAP_WORDS and ("," in gap or any(w in joiners for w in words)) and "।" not in gap


_LIST_GAP_WORDS = 6
_LINK_REACH = 16  # characters before a list's first item where "जिनमें से" opens it
