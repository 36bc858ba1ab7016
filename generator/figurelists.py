"""Numbers listed together that share one measure: ``20, 30 और 40 करोड़ रुपये``, ``12, 15 और 18
प्रतिशत``, ``ร้อยละ 12, 15 และ 18``. Only the first or the last of the list carries the scale, unit,
currency or percent sign; the bare numbers beside it take the same, so that each is read at the
value the text means. Called by ``figures.extract_figures`` before the labels are related."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.figurekinds import clean
from generator.labelwords import word_list
from generator.language import Language
from generator.model import Figure
from generator.numerals import ascii_digits

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_FOLLOWING = re.compile(r"[^\S\n]*([^\s\d।,.;:!?]*)")


def shared_measures(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    links = sorted([*(lang["list_joiners"] or []), *(lang["change_links"] or [])], key=len, reverse=True)
    joiners = "|".join(re.escape(link).replace(r"\ ", r"\s+") for link in links)  # "20 लाख से बढ़कर 25 लाख रुपए"
    gap = re.compile(rf"\s*(?:,|{joiners})\s*" if joiners else r"\s*,\s*")
    out = list(figures)
    run: list[int] = []
    for i in range(len(out) + 1):
        if i < len(out) and run and gap.fullmatch(text[out[run[-1]].end:out[i].start]):
            run.append(i)
            continue
        if len(run) > 1 and not _own_nouns(out, run, text, lang):
            _share(out, run)
            _share_scaled(out, run, lang)
        run = [i]
    return out


def _own_nouns(out: list[Figure], run: list[int], text: str, lang: Language) -> bool:
    """``85 लाख रुपये और 2 इलेक्ट्रॉनिक तौल कांटों``: where the noun follows the number, a bare number with a
    word of its own after it counts that, not the list's measure."""
    if lang["label_side"] != "after":
        return False
    joiners = {*(lang["list_joiners"] or []), *(lang["respectively_words"] or []),
               *(w for link in lang["change_links"] or [] for w in link.split())}
    nexts = [re.match(r" +(\S+)", text[out[i].end:out[i].end + _NEXT_CHARS]) for i in run if _bare(out[i])]
    return any(found and word_list(found.group(1)) and found.group(1) not in joiners for found in nexts)


_NEXT_CHARS = 30


def _share_scaled(out: list[Figure], run: list[int], lang: Language) -> None:
    """``324 करोड़, 108 करोड़ और 152.50 करोड़ रुपये``, ``1.2 लाख और 2.8 लाख मीट्रिक टन``: amounts or quantities
    with the scale of the last one, which alone names the currency or the measure, are in it too."""
    last = out[run[-1]]
    scale = next((w for w in lang["scales"] or {} if w in last.text.split() or last.text.endswith(w)), None)
    if last.kind not in {"money", "count"} or last.unit is None or scale is None:
        return
    items = run[:-1]
    if all(out[i].kind == "count" and out[i].unit is None and out[i].text.endswith(scale) for i in items):
        for i in items:
            out[i] = replace(out[i], kind=last.kind, unit=last.unit, label=out[i].label or last.label)


def _share(out: list[Figure], run: list[int]) -> None:
    """Give the bare numbers of ``run`` the measure of its first or last figure, if only that one has one,
    and the list's label to those that have none."""
    bare = [i for i in run if _bare(out[i])]
    measured = [i for i in run if i not in bare]
    if len(measured) != 1 or measured[0] not in (run[0], run[-1]) or out[measured[0]].kind not in _MEASURED:
        return
    m = out[measured[0]]
    base = _NUMBER.search(ascii_digits(m.text))
    if base is None or not isinstance(m.value, (int, float)) or float(base.group().replace(",", "")) == 0:
        return
    factor = m.value / float(base.group().replace(",", ""))
    label = next((out[i].label for i in run if out[i].label), "")  # "वृद्धि 12, 15 और 18 प्रतिशत": one label
    for i in bare:
        out[i] = replace(out[i], value=clean(out[i].value * factor), kind=m.kind, unit=m.unit,
                         label=out[i].label or label)
    if not m.label:
        out[measured[0]] = replace(m, label=label)


_MEASURED = {"money", "percent", "count"}


def named_percents(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """``संस्थागत प्रसव का प्रतिशत 88 से बढ़कर 92 हो गया``, ``उत्तीर्ण प्रतिशत 79.19 रहा``: a bare number whose label
    ends in a percent word, with no noun of its own after it, is a percentage. Called after the labels are related."""
    after_ok = {*(lang["label_stops"] or []), *(lang["label_edge_drop"] or []), *(lang["list_joiners"] or [])}
    out = []
    for f in figures:
        found = _FOLLOWING.match(text, f.end)
        following = found.group(1) if found else ""  # "79.19 रहा।": the word after it, if any
        if percent_named(f, lang) and (not following or following in after_ok):
            f = replace(f, kind="percent", unit="%")
        out.append(f)
    return out


def percent_named(figure: Figure, lang: Language) -> bool:
    """Whether the figure is a bare number whose label ends in a percent word (``उत्तीर्ण प्रतिशत 79.19``)."""
    label = word_list(figure.label)
    return _bare(figure) and label[-1:] != [] and label[-1] in (lang["percent_words"] or [])


def _bare(figure: Figure) -> bool:
    """A number written alone in digits (``20``, ``1,549``, ``81.2``), nothing read with it."""
    return figure.kind == "count" and figure.unit is None and bool(_NUMBER.fullmatch(ascii_digits(figure.text)))
