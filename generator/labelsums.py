"""The total a list item's line sums up: ``(๑) ทุนเรียนดี ๑๕ ทุน ทุนละ ๒,๐๐๐ บาท เป็นเงิน ๓๐,๐๐๐ บาท``,
``… และค่าจัดซื้อถังขยะขนาด ๒๔๐ ลิตร จำนวน ๖๐๐ ใบ ใบละ ๑,๘๕๐ บาท เป็นเงิน ๑,๑๑๐,๐๐๐ บาท``: an amount a sum
phrase introduces (``sum_before``) is the total of the item its clause starts with, not "เงิน"; so is a budget
(``budget_before``) of an item a list marker opens (``(๑) ถนนลาดยาง … งบประมาณ ๑๔,๒๕๐,๐๐๐ บาท``). Called by
``labelrefs.relate_labels``; the words are language data (``sum_before``, ``budget_before``, ``item_breaks``,
``item_markers``, ``item_openers``).
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from generator.labelwords import cut, fill, tidy_label
from generator.language import Language
from generator.model import Figure


def summed_item(figure: Figure, text: str, lang: Language) -> str | None:
    """The item a sum names: the first phrase of its clause, from the clause's start (a line, a list
    marker, ``ดังนี้``, the sum before it: ``item_breaks``) to the clause's first number, past the words
    that only open it (``และ``, ``ในจำนวนนี้เป็น``: ``item_openers``)."""
    if figure.kind != "money" or not lang["sum_before"]:
        return None
    before = text[max(0, figure.start - _SUM_CHARS):figure.start]
    breaks = list(re.finditer(lang["item_breaks"], before))
    if not breaks:
        return None  # no start of its clause in sight
    marked = bool(re.fullmatch(lang["item_markers"], breaks[-1].group().strip()))  # "(๑) รถยนต์กู้ชีพ (…) … เป็นเงิน"
    listed = marked and re.search(f"(?:{lang['budget_before']})\\s*$", before)  # "(๑) ถนนลาดยาง … งบประมาณ ๑๔,๒๕๐,๐๐๐ บาท"
    if not listed and not re.search(f"(?:{lang['sum_before']})\\s*$", before):
        return None
    runs = re.split(r"\d", before[breaks[-1].end():].lstrip(" -•*"))[0].split()  # \d: every script's digits
    measures = {*lang["quantity_words"], *(lang["size_words"] or []), *(lang["rate_words"] or []), *lang["percent_prefix"]}
    if not runs or not marked and (len(runs) > 2 or len(runs) == 2 and runs[1] not in measures):
        return None  # "นายกเทศมนตรีชี้แจง …": a clause that does not start with the item and its number
    item = runs[0]
    plain = {*measures, *lang["classifiers"], *lang["year_words_before"], *lang["label_stops"]}
    if item in plain or item.endswith((*lang["per_words"], *lang["ordinal_markers"])):
        return None  # "ร้อยละ ๔๐ …", "ครัวเรือนละ 5,000 บาท", "ระเบียบวาระที่ ๔": a measure, a rate, a heading
    for opener in sorted(lang["item_openers"] or [], key=len, reverse=True):
        item = item[len(opener):] if item.startswith(opener) and len(item) > len(opener) else item
    for size in lang["size_words"] or []:  # "ค่าจัดซื้อถังขยะขนาด ๒๔๐ ลิตร": the item, not its size word
        item = item[:-len(size)] if item.endswith(size) and len(item) > len(size) else item
    label = tidy_label(item, lang)
    if not label or label in plain or re.search(lang["sum_before"], label):
        return None  # "รวมเป็นเงินทั้งสิ้น …", "ในปีงบประมาณ …": the sum of the sums, a time
    return label


_SUM_CHARS = 200


def items_summed(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``สุนัข ๘๔,๖๒๐ ตัว แมว ๓๑,๙๔๐ ตัว รวม ๑๑๖,๕๖๐ ตัว``: a total labelled by the last item before it and a
    total word (``แมวรวม``) is, where two or more figures of its kind and unit right before it in its paragraph
    add up to it, the total of those items: their common head or two of them joined (``items_joiner``) with
    that word (``สุนัขและแมวรวม``)."""
    same: list[Figure] = []
    for f in reversed(earlier[-_ITEMS:]):  # the run of its kind right before it, in its paragraph
        if f.kind != figure.kind or f.unit != figure.unit or "\n" in text[f.end:figure.start]:
            break
        same.insert(0, f)
    if figure.kind not in {"count", "money"} or len(same) < 2 or not lang["items_joiner"] \
            or not same[-1].label or not figure.label.startswith(same[-1].label):
        return None
    word = figure.label[len(same[-1].label):]
    if word not in set((lang["total_words"] or {}).values()):
        return None
    for n in range(2, min(len(same), _ITEMS) + 1):
        items = same[-n:]
        values = [f.value for f in items]
        if all(isinstance(v, (int, float)) for v in [*values, figure.value]) \
                and math.isclose(sum(values), figure.value) and all(f.label for f in items):
            return _items_label(list(dict.fromkeys(f.label for f in items)), word, lang)
    return None


def _items_label(labels: list[str], word: str, lang: Language) -> str | None:
    """The items' common head (``เครื่องสูบน้ำ`` of ``เครื่องสูบน้ำประจำจุดเสี่ยง`` and ``เครื่องสูบน้ำเคลื่อนที่``), else
    two items joined; more items with nothing in common: nothing to say."""
    words = [cut(label) for label in labels]
    head = next((w[:n] for n in range(min(map(len, words)), 0, -1) for w in words[:1]
                 if all(other[:n] == w[:n] for other in words)), [])
    sep = "" if lang["label_side"] == "before" else " "
    if head and len(labels) > 1:
        return lang["total_label"].format(label=sep.join(head), word=word)
    if len(labels) == 2:
        return lang["total_label"].format(label=labels[0] + lang["items_joiner"] + labels[1], word=word)
    return None


_ITEMS = 6  # the most items a total is checked against


def items_of_total(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """``शिक्षक के 121, लिपिक के 46 और चपरासी के 31, कुल 198 पद खाली हैं``: counts named only by whose they
    are, in a run that a total of their sum closes, count what the total counts: ``शिक्षक के पद खाली``
    (``item_of_total_label``), not ``शिक्षक``."""
    template, out = lang["item_of_total_label"], list(figures)
    if not template:
        return figures
    for t, total in enumerate(figures):
        word = next((w for w in (lang["total_words"] or {}).values() if total.label.startswith(f"{w} ")), None)
        if word is None or total.kind != "count" or not isinstance(total.value, (int, float)):
            continue
        items: list[int] = []
        for k in range(t - 1, max(-1, t - 1 - _ITEMS), -1):
            f = figures[k]
            before = text[max(0, f.start - _SUM_CHARS):f.start].rstrip()
            link = before.rsplit(None, 1)[-1] if before.split() else ""
            if f.kind != "count" or f.unit or "\n" in text[f.end:total.start] or link not in lang["genitives"] \
                    or not before[:-len(link)].rstrip().endswith(f.label):
                break  # "लिपिक के 46": a count named by whose it is, right before it (not "पीएच.डी. में 98": where)
            items.insert(0, k)
        if len(items) > 1 and math.isclose(sum(figures[k].value for k in items), total.value):
            for k in items:
                out[k] = replace(figures[k], label=fill(template, lang, item=figures[k].label,
                                                         noun=total.label[len(word):].strip()))
    return out
