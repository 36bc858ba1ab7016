"""Labels of figures given as a list: each item of a run of genitives or locatives (``प्रोफेसर के 12,
एसोसिएट प्रोफेसर के 20 और असिस्टेंट प्रोफेसर के 43 पदों``), each number of a list said "respectively" of
a list of names before it (``बाड़मेर, जैसलमेर और बांसवाड़ा में यह क्रमशः 81.2, 83.5 और 86.9 प्रतिशत``) or,
where the word ends the list (Thai ``ตามลำดับ``), before or after it; items that share one noun are
``labelshared``'s. Also a list item's name
before its colon (``सड़कों की मरम्मत: 21.40 करोड़ रुपये``) and a row's name before a long dash with its
values by key (``ऋण-जमा अनुपात — लक्ष्य: ६०% / उपलब्धि: ५६.८%``). Called by ``labelrefs.relate_labels``;
the words are language data."""

from __future__ import annotations

import re
from dataclasses import replace

from generator.labelchunks import trim
from generator.labelowners import without_total
from generator.labelshared import bare_items, ordinal_parts, purposed_items, shared_heads
from generator.labelwhen import earlier_label, only_when
from generator.labelwords import cut, fill, tidy_label, word_list
from generator.language import Language
from generator.model import Figure

_MAX_ITEM_WORDS = 8  # words of a list item's or a row's name


def list_labels(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    if lang["respectively_last"]:
        return _respectively_last(figures, text, lang)
    figures = _owner_lists(figures, text, lang, lang["list_genitives"] or [])
    figures = _owner_lists(figures, text, lang, lang["list_locatives"] or [])
    figures = bare_items(shared_heads(_respectively(figures, text, lang), text, lang), text, lang)
    return purposed_items(ordinal_parts(figures, text, lang), text, lang)


def like_item_before(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``पिछले सत्र में यही फीस 6,300 रुपये, 6,850 रुपये और 8,500 रुपये थी``: an item of a bare list
    (same kind and unit, only a comma or a joiner between) that nothing names but the word for an
    amount is of what the item before it is."""
    plain = {"", lang["amount_word"]}
    if before is None or figure.label not in plain or before.label in plain \
            or (figure.kind, figure.unit) != (before.kind, before.unit):
        return None
    gap = text[before.end:figure.start]
    words = gap.replace(",", " ").split()  # a comma, a joiner, or both ("…, और"), nothing else
    joined = ("," in gap or words) and len(words) <= 1 and all(w in (lang["list_joiners"] or []) for w in words)
    return before.label if joined else None


def named_like_before(before: Figure | None, figure: Figure, text: str, lang: Language) -> str | None:
    """``महमूदाबाद 81.2 प्रतिशत, बिसवां 78.6 प्रतिशत और सिधौली 76.9 प्रतिशत कार्ड निर्माण के साथ …``: in a list
    whose item before was named by the words right before it, an item of the same kind and unit is named by
    the one or two words between them (past a comma and a joiner), not by the words after the list."""
    if before is None or lang["label_side"] != "after" or not before.label \
            or (figure.kind, figure.unit) != (before.kind, before.unit):
        return None
    named = before.label.split()
    if text[:before.start].split()[-len(named):] != named:
        return None
    words = text[before.end:figure.start].replace(",", " , ").split()
    if words[:1] == [","]:
        words = words[1:]
    if not words or words[0] not in {",", *(lang["list_joiners"] or [])}:
        return None
    words = words[1:]
    if not 1 <= len(words) <= _NAME_WORDS or any(re.search(r"[\d(),;:।]", w) or w in lang["label_stops"] for w in words):
        return None
    return " ".join(words)


_NAME_WORDS = 2


def _owner_lists(figures: list[Figure], text: str, lang: Language, genitives: list[str]) -> list[Figure]:
    """``प्रोफेसर के 12, एसोसिएट प्रोफेसर के 20 और असिस्टेंट प्रोफेसर के 43 पदों``: each count is
    of the noun after the list, for the words before its own genitive (``प्रोफेसर के पद``); ``बकानी में
    97, … और पिड़ावा में 61 तालाब पूरे हुए``: each, of the place before its own locative (``बकानी में
    पूरे तालाब``)."""
    joiners = lang["list_joiners"] or []
    if not genitives:
        return figures
    cuts, edges = {*(lang["label_stops"] or []), *joiners}, set(lang["label_edge_drop"] or [])
    runs: list[list[tuple[int, str]]] = []
    for i, figure in enumerate(figures):
        if figure.kind != "count":
            continue
        words = _owner_words(text[_word_start(text, figure.start - _OWNER_REACH):figure.start], genitives, cuts)
        if not words:
            continue
        joined = runs and runs[-1][-1][0] == i - 1 and re.fullmatch(
            rf"\s*(?:,|{'|'.join(map(re.escape, joiners))})\s*[^,;।\n]{{0,40}}", text[figures[i - 1].end:figure.start])
        while len(words) > 1 and words[0] in edges:
            words = words[1:]  # "इस समय वृद्धावस्था पेंशन के"
        if not words:
            continue
        if joined:
            runs[-1].append((i, " ".join(words)))
        else:
            runs.append([(i, " ".join(words))])
    out = list(figures)
    for run in runs:
        head = _without_owner(figures[run[-1][0]].label, run[-1][1], genitives)
        if not head or head == run[-1][1]:
            head = _total_after(figures, run[-1][0], text, lang) or head
        if len(run) < 2 or not head or head == run[-1][1]:
            continue  # "… तथा पीएच.डी. में ९८, इस प्रकार": nothing after the last item names what they count
        for i, owner in run:
            link = text[:figures[i].start].split()[-1]  # its own postposition ("बी.ए. की 1,680 … सीटें")
            out[i] = replace(out[i], label=f"{owner} {link} {head}")
    return out


def _total_after(figures: list[Figure], i: int, text: str, lang: Language) -> str:
    """``कार्यकर्ता के 118 और सहायिका के 96 यानी कुल 204 पद``: the head that a total right after a list's last item
    names (past a word that restates, ``share_markers``, and a total word), which is the items' head too."""
    if i + 1 >= len(figures) or figures[i + 1].kind != "count":
        return ""
    between = text[figures[i].end:figures[i + 1].start].replace(",", " ").split()
    markers, totals = set(lang["share_markers"] or []), set(lang["total_words"] or {})
    if not between or between[0] not in markers or any(w not in markers and w not in totals for w in between):
        return ""
    return without_total(figures[i + 1].label, lang)[0]


def _owner_words(window: str, genitives: list[str], cuts: set[str]) -> list[str] | None:
    """The owner at the end of ``window`` before its genitive (``… विभागों में प्रोफेसर के``): up to four words
    after punctuation, a joiner or a postposition (``cuts``) or the window's start, from the last of ``cuts``
    among them on; None if no such words end it."""
    tokens = window.split()
    if len(tokens) < 2 or tokens[-1] not in genitives:
        return None
    words: list[str] = []
    for token in reversed(tokens[max(0, len(tokens) - 1 - _OWNER_WORDS):-1]):
        if not _OWNER_WORD.fullmatch(token):
            break
        words.insert(0, token)
    if not words:
        return None
    stops = [k for k, w in enumerate(words) if w in cuts]
    if stops:
        return words[stops[-1] + 1:]  # "विभागों में प्रोफेसर के": the owner after "में"
    before = tokens[len(tokens) - 1 - len(words) - 1] if len(tokens) - 1 - len(words) > 0 else None
    opened = before is None or before[-1] in ",;:।•●▪■►" or before in cuts
    return words if opened else None  # not after a word that opens no owner: a longer phrase than an owner


_OWNER_WORDS = 4
_OWNER_WORD = re.compile(r"[^\s\d,;:।.•●▪■►]+|(?:[^\s\d,;:।.]{1,4}\.){2,}")  # a word (no bullet), an abbreviation ("बी.एससी.")


def _word_start(text: str, at: int) -> int:
    """Where the word at ``at`` starts (0 before the text): a window read back from a number starts
    at a word, not inside one (``…वर्ग (ईडब्ल्यूएस) के ६१२``: not ``र्ग``)."""
    return 0 if at <= 0 else text.rfind(" ", 0, at) + 1


_OWNER_REACH = 80  # characters before a number where a list item's owner is looked for


def _without_owner(label: str, owner: str, genitives: list[str]) -> str:
    """``असिस्टेंट प्रोफेसर के पदों`` → ``पदों``: the head the list's items share, without the
    last item's own owner (an aside in parentheses in the owner, ``अल्प आय वर्ग (एलआईजी)``, is not in the label)."""
    words = [w for w in owner.split() if not (w.startswith("(") and w.endswith(")"))]
    for n in range(len(words), 0, -1):
        for genitive in genitives:
            prefix = f"{' '.join(words[-n:])} {genitive} "
            if label.startswith(prefix):
                return label[len(prefix):]
    head = label.split()
    at = next((i for i, w in enumerate(head) if w in genitives), None)
    if at and set(head[:at]) <= set(words):  # "शराब पीकर वाहन चलाने के 1,725 चालान" labelled "वाहन के चालान": the
        return " ".join(head[at + 1:])  # owner's words the label kept, its verb cut
    return label


def _respectively(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """``इनमें बाड़मेर, जैसलमेर और बांसवाड़ा में यह क्रमशः 81.2, 83.5 और 86.9 प्रतिशत रही``: the numbers
    after a word of "respectively" are of the names listed before it in the sentence, in order, each
    with the postposition after the list (``बाड़मेर में``)."""
    words, joiners = lang["respectively_words"] or [], lang["list_joiners"] or []
    if not words:
        return figures
    out = list(figures)
    said = re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, words))})(?=\s)")
    for found in said.finditer(text):
        run = _run_after(figures, text, found.end(), joiners)
        start = max(text.rfind(mark, 0, found.start()) for mark in ("\n", "।", ". "))
        names, link = _names_before(text[start + 1:found.start()], joiners, lang)
        if len(run) >= 2 and len(names) != len(run):
            names, link = _counted_before(figures, run, text, found.start(), lang)
        if len(run) < 2 or len(names) != len(run):
            continue
        link = f"{link} {what}" if link in lang["locatives"] and (what := _said_of_places(figures, run, text, found, lang)) \
            else link  # "आदमपुर, कजलीखेड़ा … में क्रमशः 5,820, … 3,160 कुत्तों की नसबंदी": what each place had
        for i, name in zip(run, names):  # "इलेक्ट्रिक बसें" + "पर खर्च" → "इलेक्ट्रिक बसों पर खर्च"
            out[i] = replace(out[i], label=fill(f"{{name}} {link}", lang, name=name).strip() if link else name)
    return out


def _said_of_places(figures: list[Figure], run: list[int], text: str, found: re.Match, lang: Language) -> str:
    """What numbers said "respectively" of places measure: the last one's own label (``… 3,160 कुत्तों की नसबंदी``),
    else, where a demonstrative stands for it (``… में यह क्रमशः``), the label of the figure before of their kind."""
    last = figures[run[-1]]
    if len(last.label.split()) > 1:  # not one that ends in a postposition ("जांच लक्ष्य के मुकाबले")
        return "" if last.label.split()[-1] in (lang["compound_postpositions"] or []) else last.label
    said = text[max(0, found.start() - _DEMONSTRATIVE_CHARS):found.start()].split()
    if not set(said[-2:]) & set(lang["demonstratives"] or []):
        return ""
    same = next((f for f in reversed(figures[:run[0]]) if f.kind == last.kind and f.label), None)
    return same.label if same is not None and "\n" not in text[same.end:last.start] else ""


_DEMONSTRATIVE_CHARS = 12


def _counted_before(figures: list[Figure], run: list[int], text: str, at: int, lang: Language) -> tuple[list[str], str]:
    """``900 साधारण, 200 वातानुकूलित और 100 इलेक्ट्रिक बसें होंगी, जिन पर क्रमशः 324 करोड़, 108 करोड़ …``: the
    amounts said "respectively" after a list of as many counts of another kind, in the same sentence, are
    of what those count, each with the postposition the relative word before them takes (``पर``) and the
    word for what the amounts are (``खर्च``)."""
    counts = _listed_before(figures, text, figures[run[0]], len(run), _CLAUSE_CHARS)
    if not counts:
        return [], ""
    words = text[figures[counts[-1]].end:at].split()
    link = words[-1] if words and words[-1] in {*lang["locatives"], *lang["genitives"]} else ""
    rest = re.split(r"।|[.;](?:\s|$)", text[figures[run[-1]].end:], maxsplit=1)[0]
    said = next((w for w in rest.split() if w in (lang["amount_predicates"] or [])), "")
    return [figures[i].label for i in counts], f"{link} {said}".strip()


def _respectively_last(figures: list[Figure], text: str, lang: Language) -> list[Figure]:
    """``ต้นทุนการผลิตและราคาขายหน้าฟาร์มอยู่ที่ 128 บาท และ 152 บาท ตามลำดับ``; ``ในอัตราไร่ละ 1,340 บาท
    1,980 บาท และ 4,048 บาท สำหรับข้าว พืชไร่และพืชผัก และไม้ผลไม้ยืนต้น ตามลำดับ``: a word of
    "respectively" that ends a list pairs its numbers, in order, with the names listed after the last
    number or before the first (what the names share said once, in the first)."""
    out = list(figures)
    joiners = lang["list_joiners"] or []
    for word in lang["respectively_words"] or []:
        for found in re.finditer(re.escape(word), text):
            run = _run_before(figures, text, found.start(), joiners)
            if len(run) < 2:
                continue
            first = figures[run[0]]
            after = text[figures[run[-1]].end:found.start()].strip()
            purpose = next((w for w in lang["purpose_words"] or [] if after.startswith(w)), "")
            lead = purpose or next((w for w in lang["head_before"] or [] if after.startswith(w)), "")
            names = _items(after[len(lead):], joiners)  # "สำหรับข้าว พืชไร่…": what each is for
            prefix = first.label if purpose else ""
            counts = _listed_before(figures, text, first, len(run)) if len(names) != len(run) else []
            if counts:
                prefix, names = "", [figures[i].label for i in counts]  # "สุนัข 98,420 ตัว และแมว 44,230 ตัว (ร้อยละ
                # 81.1 และ 67.9 ตามลำดับ)": of what the counts right before count
            if len(names) != len(run):
                names, prefix = _names_joined_before(text, first.start, len(run), joiners, lang)
            if len(names) == len(run):
                for i, name in zip(run, _shared(names)):
                    out[i] = replace(out[i], label=f"{prefix}{name}")
    return out


def _listed_before(figures: list[Figure], text: str, first: Figure, n: int, reach: int = 0) -> list[int]:
    """The ``n`` figures of another kind right before ``first`` in its sentence, each within a few words
    of the next (``สุนัข 98,420 ตัว และแมว 44,230 ตัว (ร้อยละ …``) and the last within ``reach`` characters
    of ``first`` (a clause), if they all have labels."""
    listed = [i for i, f in enumerate(figures) if f.end <= first.start][-n:]
    if len(listed) != n or any(figures[i].kind == first.kind or not figures[i].label for i in listed):
        return []
    ends = [figures[i].end for i in listed]
    starts = [figures[i].start for i in listed[1:]] + [first.start]
    gaps = [(a, b, _LISTED_GAP) for a, b in zip(ends, starts)]
    gaps[-1] = (gaps[-1][0], gaps[-1][1], max(reach, _LISTED_GAP))
    return listed if all(b - a <= most and not re.search(r"\n|[।.;]\s", text[a:b]) for a, b, most in gaps) else []


_LISTED_GAP, _CLAUSE_CHARS = 24, 60


def _names_joined_before(text: str, at: int, n: int, joiners: list[str], lang: Language) -> tuple[list[str], str]:
    """The ``n`` names joined before ``at``: in the phrase right before it (``ต้นทุนการผลิตและราคาขาย…อยู่ที่``,
    its verb cut), or as the phrases ending with the one a joiner opens (``ข้าว มันสำปะหลัง และอ้อย``), with
    what the phrase between them and the numbers says they have (``… และอำเภอนาดี มีอัตราป่วย ๙๕.๒, …``)."""
    line = text[text.rfind("\n", 0, at) + 1:at].split()
    if not line:
        return [], ""
    names = _items("".join(trim(cut(line[-1]), lang, cut_at_stops=True, head_of=False)), joiners)
    if len(names) == n:
        return names, ""
    last = next((k for k in range(len(line) - 1, max(len(line) - _PHRASES_BACK, 0) - 1, -1)
                 if line[k].startswith(tuple(joiners))), None)
    if last is None or last + 1 < n:
        return [], ""
    measure = tidy_label("".join(line[last + 1:]), lang)  # "มีอัตราป่วย", "คิดเป็นสัดส่วน": what each has as much of
    measured = measure.startswith(tuple(lang["generic_heads"] or []))
    return _items(" ".join(line[last + 1 - n:last + 1]), joiners), measure if measured else ""


_PHRASES_BACK = 4


def _items(names: str, joiners: list[str]) -> list[str]:
    """``ข้าว พืชไร่และพืชผัก และไม้ผลไม้ยืนต้น`` → three names: split at spaces, and at a joiner in
    a phrase without spaces when that is all there is."""
    parts = [p.removeprefix(j) for p in names.split() for j in [next((j for j in joiners if p.startswith(j)), "")]]
    if len(parts) == 1 and joiners:
        parts = re.split("|".join(map(re.escape, joiners)), parts[0])
    return parts if all(parts) else []


def _shared(names: list[str]) -> list[str]:
    """``ระยะเวลาพิจารณาคำขอของบ้านอยู่อาศัย``, ``กิจการขนาดเล็ก`` → the period for each: the first name
    is as long as the last, and the words before it are what all are."""
    last, first = cut(names[-1]), cut(names[0])
    head = "".join(first[:-len(last)]) if len(first) > len(last) else ""
    return [names[0], *(f"{head}{n}" for n in names[1:])]


def _run_before(figures: list[Figure], text: str, at: int, joiners: list[str]) -> list[int]:
    """The figures of the same kind one after the other before ``at`` (the last of them within a few
    words of it), joined by spaces, commas, joiners and their repeated unit only."""
    before = [i for i, f in enumerate(figures) if f.end <= at]
    if not before or len(text[figures[before[-1]].end:at]) > _NAMES_AFTER_CHARS:
        return []
    run = [before[-1]]
    for i in reversed(before[:-1]):
        gap = text[figures[i].end:figures[run[0]].start].split()
        if figures[i].kind != figures[run[0]].kind or len(gap) > 2 or any(w not in joiners and w != "," for w in gap[1:]):
            break
        run.insert(0, i)
    return run


_NAMES_AFTER_CHARS = 80


def _run_after(figures: list[Figure], text: str, at: int, joiners: list[str]) -> list[int]:
    """The figures one after the other from ``at``, joined by commas and joiners only."""
    run: list[int] = []
    for i, figure in enumerate(figures):
        if figure.start < at:
            continue
        gap = text[at:figure.start] if not run else text[figures[run[-1]].end:figure.start]
        if not re.fullmatch(rf"\s*(?:,|{'|'.join(map(re.escape, joiners))})?\s*", gap):
            break
        run.append(i)
    return run


def _names_before(clause: str, joiners: list[str], lang: Language) -> tuple[list[str], str]:
    """``इनमें बाड़मेर, जैसलमेर और बांसवाड़ा में यह`` → the names and the postposition after them; ``बीए,
    बीकॉम और बीएससी की सालाना फीस`` → the names and the phrase whose they are; ``मजदूरी की दर पिछले साल और
    इस साल`` → the names last in the clause, each with the phrase before them (``दर इस साल``)."""
    links = {*lang["genitives"], *lang["locatives"], *(lang["objects"] or [])}
    parts = re.split(rf"\s+(?:{'|'.join(map(re.escape, joiners))})\s+", clause.strip())
    if len(parts) < 2:
        return [], ""
    last = parts[-1].split()
    at = next((k for k, w in enumerate(last) if w in links), None)
    if at is None and len(last) <= _NAME_WORDS and len(parts) == 2:  # the names end the clause
        first = parts[0].split()
        head = first[:-len(last)]
        while head and head[0] in (lang["label_edge_drop"] or []):
            head.pop(0)
        if head and len(head) <= _HEAD_WORDS:
            return [f"{' '.join(head)} {' '.join(first[-len(last):])}", f"{' '.join(head)} {' '.join(last)}"], ""
        return [], ""
    if not at or at > _NAME_WORDS:
        return [], ""
    items = [p.strip() for p in re.split(r"\s*,\s*", " ".join(parts[:-1]))]
    first = items[0].split()
    while first and first[0] in (lang["label_edge_drop"] or []):
        first.pop(0)  # "इनमें बाड़मेर"
    items[0] = " ".join(first[-1:] if len(first) > _NAME_WORDS else first)
    if any(not item or len(item.split()) > _NAME_WORDS for item in items):
        return [], ""
    # "गेहूं … की खरीद", "… की सालाना फीस", "… में"
    link = last[at:at + _HEAD_WORDS] if last[at] in lang["genitives"] else last[at:at + 1]
    return [*items, " ".join(last[:at])], " ".join(link)


_NAME_WORDS = 3
_HEAD_WORDS = 4


def list_item(figure: Figure, text: str, lang: Language) -> str | None:
    """``1) सड़कों की मरम्मत और पैचवर्क: 21.40 करोड़ रुपये``: the words before the colon; ``सदर - 28``, a
    line of its own: the words before the dash."""
    line_start = text.rfind("\n", 0, figure.start) + 1
    head = text[line_start:figure.start]
    match = re.search(r"(?:^|[;।])\s*(?:\(?\w{1,3}[.)]\s+)?([^:;।\n]+?)\s*[:：]\s*$", head)
    line_end = text.find("\n", figure.end)
    if not match and len(text[figure.end:line_end if line_end >= 0 else None].split()) <= 2:
        match = re.fullmatch(r"\s*([^:;।\n\-–—]+?)\s+[-–—]\s*", head)
    if not match:
        return None
    words = match.group(1).lstrip("•·▪●◦*-–— ").split()  # without a bullet ("• पाठ्यक्रम: ३७ सेक्टरों")
    if not 1 <= len(words) <= _MAX_ITEM_WORDS or re.search(r"\d", match.group(1)):
        return None
    own = _own_label_after(figure, text, lang)  # "उत्तर प्रदेश: 92,460 पंप" → "उत्तर प्रदेश पंप"; "७. स्वास्थ्य एवं शिक्षा :
    return " ".join(words + own) if len(own) < 2 else None  # ९ चलित चिकित्सा इकाइयों …": its own phrase


def _own_label_after(figure: Figure, text: str, lang: Language) -> list[str]:
    """The figure's own label, where labels follow their number and it is the words right after it, more than a
    generic word; else nothing."""
    after = word_list(text[figure.end:figure.end + 40])[:1]
    own = figure.label.split()
    named = lang["label_side"] == "after" and bool(own) and own[:1] == after \
        and figure.label not in {*(lang["generic_heads"] or []), lang["amount_word"]}
    return own if named else []


def dash_row(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``प्रथम किस्त ४०,००० रु. – ८६ हितग्राही – राशि ३४,४०,००० रु.``: a figure after a long dash in a row that a name
    opens (the label of the row's first figure, written right before it) is that name's: ``प्रथम किस्त राशि``."""
    start = max(text.rfind(mark, 0, figure.start) for mark in _ROW_ENDS) + 1
    row = [f for f in earlier if f.start >= start]
    if not row or not figure.label or figure.kind in {"year", "date", "range"} \
            or not re.search(r"\s[–—]\s", text[row[-1].end:figure.start]):
        return None  # not a year after an item's number ("बिन्दु संख्या ३ — … वित्तीय वर्ष २०२५-२६")
    name = row[0].label
    if not name or name in figure.label or word_list(text[start:row[0].start])[-len(name.split()):] != name.split():
        return None
    return f"{name}{'' if lang['label_side'] == 'before' else ' '}{figure.label}"


_ROW_ENDS = ";\n:।"


def keyed_row(head: str, lang: Language) -> str | None:
    """``३. ऋण-जमा अनुपात (सीडी रेशियो) — लक्ष्य: ६०% / उपलब्धि: ५६.८%``: a row's name before a long dash and
    its values by key: each value is the name's, its target's (``target_words``) or of the time the key says."""
    found = re.fullmatch(r"\s*(?:\(?\w{1,3}[.)]\s+)?([^:;।\n\d—–]+?)\s+[—–]\s+((?:[^:/\n]+:[^:/\n]+/\s*)*)([^:/\n\d]+):\s*",
                         head)
    if not found:
        return None
    name = re.sub(r"\s*\([^()]*\)", "", found.group(1)).strip()  # without its gloss in brackets
    key = found.group(3).strip()
    if not name or len(name.split()) > _MAX_ITEM_WORDS or len(key.split()) > _MAX_ITEM_WORDS:
        return None
    if key in (lang["target_words"] or []):
        return fill(lang["target_label"], lang, label=name)
    when = word_list(key)
    if only_when(when, lang):
        return earlier_label(key, name, lang)
    return name
