"""Items of a list that share one noun: amounts in one unit that share what the last one's genitive names
(``… धान, … मक्का और … सोयाबीन की बुवाई``), and the parts of a whole told apart by a word before that noun
(``जिनमें से 10,230 स्वीकृत, 1,520 अस्वीकृत तथा 700 लंबित``). Used by ``labellists.list_labels``; the words
are language data (``list_genitives``, ``list_joiners``, ``dependent_links``)."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.labelphrase import oblique
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


def ordinal_parts(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """``अब तक 2,11,900 लाभार्थियों को पहली, 1,78,240 को दूसरी और 1,39,015 को तीसरी किस्त जारी``: counts in a list,
    each followed by an object marker and an ordinal, the last ordinal by the noun of a part (``part_ordinals``),
    count those given that part (``ordinal_part_label``: ``दूसरी किस्त के लाभार्थी``), the noun of the first."""
    template = lang["ordinal_part_label"]
    if not template:
        return figures
    out, run = list(figures), list[int]()
    for i, figure in enumerate([*figures, None]):
        if figure is not None and figure.kind == "ordinal":
            continue  # "… को पहली, …": the ordinal itself, between the counts
        said = _ordinal_after(figure, text, lang) if figure is not None and figure.kind == "count" else None
        before = figures[run[-1]] if run else None
        if said and figure is not None and before is not None and before.sentence == figure.sentence \
                and _list_gap(text[before.end:figure.start], lang["list_joiners"] or []):
            run.append(i)
            continue
        part = _ordinal_after(figures[run[-1]], text, lang) if len(run) > 1 else None
        counted = figures[run[0]].label.split()[-1:] if part else []  # "… पाने वाले हितग्राही": who, not what they got
        if part and part[1] and counted:
            for j in run:
                ordinal = _ordinal_after(figures[j], text, lang)
                out[j] = replace(figures[j], label=template.format(ordinal=ordinal[0] if ordinal else "", part=part[1],
                                                                   counted=counted[0]))
        run = [i] if said else []
    return out


def purposed_items(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """``नाम जोड़ने के लिए प्रारूप-६ में १,३२,४१०, नाम हटाने के लिए प्रारूप-७ में ४८,७९६ तथा … २१,३०५ आवेदन``: counts in a
    list, each right after what it is for (``purpose_before``, past a form's name and its postposition), count the
    noun the last one is labelled by, for that purpose (``purposed_item_label``: ``नाम जोड़ने के आवेदन``)."""
    if not lang["purposed_item_label"]:
        return figures
    out, run = list(figures), list[int]()
    for i, figure in enumerate([*figures, None]):
        before = figures[run[-1]] if run else None
        if figure is not None and before is not None and figure.kind == before.kind == "count" \
                and figure.unit is None and before.unit is None and figure.sentence == before.sentence \
                and _list_gap(text[before.end:figure.start], lang["list_joiners"] or [], _PURPOSE_GAP_WORDS):
            run.append(i)
            continue
        starts = [figures[run[0]].start - _PURPOSE_CHARS, *(figures[j].end for j in run[:-1])] if len(run) > 1 else []
        purposes = [_purpose(text[max(0, a):figures[j].start], lang) for a, j in zip(starts, run)]
        purposes = purposes[:purposes.index("")] if "" in purposes else purposes  # "…, यानी कुल २,१४,६३८": not an item
        _name_purposed(out, run[:len(purposes)], purposes, lang)
        run = [i] if figure is not None and figure.kind == "count" and figure.unit is None else []
    return out


def _name_purposed(out: list[Figure], items: list[int], purposes: list[str], lang: Language) -> None:
    """Each item the noun the last one is labelled by, for its purpose, where it has no label of its own."""
    noun = out[items[-1]].label.split()[-1:] if len(items) > 1 else []
    if not noun or oblique(noun[0]):
        return  # an oblique noun: a postposition's, not one a genitive can own
    genitives = lang["genitives"]  # "श्रेणी-1 शहरों की बसें": the genitive agrees with the noun
    of = genitives[1] if noun[0] in (lang["feminine_nouns"] or []) else genitives[-1]
    for j, purpose in zip(items, purposes):
        if len(out[j].label.split()) < 2 and purpose.split()[-1] != noun[0]:
            out[j] = replace(out[j], label=lang["purposed_item_label"].format(purpose=purpose, of=of, noun=noun[0]))


def _purpose(before: str, lang: Language) -> str:
    """What the words right before a number say it is for (``नाम जोड़ने के लिए प्रारूप-६ में``), at most a name and its
    postposition after it, and up to the word before them that ends a phrase; empty if they say no purpose."""
    before = re.split(r"[।\n]|[.?!]\s", before)[-1]
    at = max((before.rfind(f" {p} "), p) for p in lang["purpose_before"] or [])
    rest = before[at[0] + len(at[1]) + 2:].split() if at[0] >= 0 else []
    ends = {*lang["locatives"], *lang["genitives"]}
    if at[0] < 0 or len(rest) > 2 or rest and rest[-1] not in ends:
        return ""
    words = before[:at[0]].replace(",", " , ").split()[-_PURPOSE_WORDS:]
    stops = {*(lang["label_stops"] or []), *lang["locatives"], *(lang["list_joiners"] or []),
             *(lang["dependent_links"] or []), ","}
    cut_at = max((k + 1 for k, w in enumerate(words) if w in stops or w.endswith(":")), default=0)
    return " ".join(words[cut_at:])


_PURPOSE_CHARS = 60
_PURPOSE_GAP_WORDS = 12  # ", नाम हटाने के लिए प्रारूप-७ में": an item's purpose and form between two numbers
_PURPOSE_WORDS = 3


def _ordinal_after(figure: Figure, text: str, lang: Language) -> tuple[str, str] | None:
    """The ordinal an object marker puts after a count (``… लाभार्थियों को पहली``), within a word of it, and the
    noun of a part right after the ordinal (``तीसरी किस्त``), if one."""
    words = text[figure.end:figure.end + _ORDINAL_CHARS].replace(",", " , ").split()
    marker = next((k for k, w in enumerate(words[:2]) if w in (lang["objects"] or [])), None)
    if marker is None or len(words) <= marker + 1 or words[marker + 1] not in (lang["ordinals"] or {}):
        return None
    nxt = words[marker + 2] if len(words) > marker + 2 else ""
    return words[marker + 1], nxt if nxt in (lang["part_ordinals"] or []) else ""


_ORDINAL_CHARS = 40


def _list_gap(gap: str, joiners: list[str], most: int = 0) -> bool:
    """Between two items of a list: a comma or a joiner, within a few words (``most``, if given)."""
    words = gap.split()
    return len(words) <= (most or _LIST_GAP_WORDS) and ("," in gap or any(w in joiners for w in words)) and "।" not in gap


_LIST_GAP_WORDS = 6
_LINK_REACH = 16  # characters before a list's first item where "जिनमें से" opens it
