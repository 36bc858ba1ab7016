"""Labels of figures named by a pronoun or a generic word that refers to an earlier figure, or by an owner
whose noun is left out because the figure before says it.

``यह संख्या 3,120 थी``, ``गत वर्ष इसी माह में यह 71.2 प्रतिशत था``, ``इसे 15 प्रतिशत तक लाने का लक्ष्य``: the
figure is a value of what the figure before of its kind measures, at the time said with it. Called by
``labelrefs.relate_labels``; the words are language data (``demonstratives``, ``object_pronouns``,
``pronoun_nouns``, ``earlier_marks``, ``pronoun_places``, ``pronoun_place_label``).
"""

from __future__ import annotations

import re

from generator.figurelists import percent_named
from generator.labelchunks import phrase_ending_before
from generator.labelroles import oblique_form, purpose_before
from generator.labelvalues import unmarked
from generator.labelwhen import earlier_label, only_when
from generator.labelwords import fill, word_list
from generator.language import Language
from generator.model import Figure
from generator.numerals import tokenize


def referred(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``कुल 2,846 अपराध पंजीबद्ध हुए, जबकि गत वर्ष इसी अवधि में यह संख्या 3,120 थी``: a generic word after
    a demonstrative is what the figure before of the same kind counts, at the time said before it."""
    pronouns, label = lang["demonstratives"] or [], figure.label.strip()
    if not pronouns or label not in (lang["generic_heads"] or []):
        return None
    words = word_list(text[max(0, figure.start - _REFERRED_CHARS):figure.start])
    if words[-1:] == [label]:
        words = words[:-1]
    same = _same_before(earlier, figure, text, lang)
    if not words or words[-1] not in pronouns or same is None or not same.label \
            or figure.start - same.end > _REFERRED_CHARS * 2:
        return None
    if whom := _purpose_of(figure, text, lang):  # "दोपहिया वाहनों के लिए यह शुल्क 5 रुपये": the fee
        said = unmarked(same.label, lang).split()  # the figure before names, for another kind ("… का पार्किंग शुल्क")
        head = said[max((k + 1 for k, w in enumerate(said) if w in lang["genitives"]), default=0):]
        return f"{whom} {' '.join(head) or label}"
    marks, others = set(lang["earlier_marks"] or []), set(lang["earlier_words"] or [])
    when: list[str] = []
    for word in reversed(words[:-1]):
        if word not in marks | others:
            break
        when.insert(0, word)
    if not marks & set(when):
        return same.label
    return earlier_label(" ".join(when), same.label, lang)


_REFERRED_CHARS = 80


def _purpose_of(figure: Figure, text: str, lang: Language) -> str:
    """``दोपहिया वाहनों के लिए यह शुल्क``: the purpose (``labelroles.purpose_before``) right before the demonstrative
    that names the figure, with its link (``के लिए``); else nothing."""
    tokens = tokenize(text[max(0, figure.start - _REFERRED_CHARS):figure.start])
    at = max((i for i, t in enumerate(tokens) if t.text in (lang["demonstratives"] or [])), default=None)
    link, _ = phrase_ending_before(tokens, at, lang["purpose_before"] or []) if at is not None else ("", None)
    purpose = purpose_before(tokens, at, lang) if link else []
    return f"{' '.join(purpose)} {link}" if purpose else ""


def _same_before(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> Figure | None:
    """The last figure before of the figure's kind and unit, a length of time only for one (``पहले सात महीनों में यह
    संख्या 468 थी``: the count before, not the seven months); for a percentage, a count right before it in its
    sentence (``286 में से 198 ही चालू थे और यह आंकड़ा 69% पर था``: that count's share)."""
    counted = next((f for f in reversed(earlier) if f.sentence == figure.sentence), None)
    if figure.kind == "percent" and counted is not None and counted.kind == "count":
        return counted
    timed = _timed(figure, text, lang)
    return next((f for f in reversed(earlier) if _kind(f, lang) == (figure.kind, figure.unit)
                 and _timed(f, text, lang) == timed), None)


def _kind(figure: Figure, lang: Language) -> tuple[str, str | None]:
    """The figure's kind and unit; a bare number a percent word names (``उत्तीर्ण प्रतिशत ७२.८४``) is a percentage,
    as ``figurelists.named_percents`` makes it once the labels are related."""
    return ("percent", "%") if percent_named(figure, lang) else (figure.kind, figure.unit)


def _timed(figure: Figure, text: str, lang: Language) -> bool:
    """Whether a word of time follows the number (``सात महीनों``)."""
    after = word_list(text[figure.end:figure.end + _UNIT_CHARS])
    return bool(after) and after[0] in (lang["duration_words"] or [])


_UNIT_CHARS = 12


def pronoun_subject(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``…, जो नामांकन का 77.4 प्रतिशत है। गत वर्ष इसी माह में यह 71.2 प्रतिशत था``: a figure named by nothing
    whose clause has a demonstrative (``demonstratives``) for its subject and at most a time besides is a
    value of what the figure before of its kind measures, in the sentence before; of that time, if one."""
    if lang["label_side"] != "after":
        return None
    clause = re.split(r"[।.;:!?,\n]", text[max(0, figure.start - _REFERRED_CHARS):figure.start])[-1]
    words = word_list(clause)
    nouns = set(lang["pronoun_nouns"] or [])  # "यह संख्या": the number, the pronoun's noun says no more
    whose = set(lang["demonstrative_genitives"] or [])  # "इनकी संख्या": their number
    pronoun = [k for k, w in enumerate(words) if w in (lang["demonstratives"] or [])
               or w in whose and words[k + 1:k + 2] and words[k + 1] in nouns]
    if not pronoun:
        return None
    when = words[:pronoun[-1]]
    while when and when[0] in (lang["label_stops"] or []):
        when = when[1:]  # "…, जबकि पिछले वर्ष यह संख्या 2,410 थी"
    place = _place_before(clause, words[pronoun[-1]], lang) if when and not only_when(when, lang) else ""
    rest = words[pronoun[-1] + 1:]
    between = {*(lang["current_marks"] or []), *nouns, *(lang["share_hedges"] or []), *(lang["change_directions"] or {})}
    named = bool(figure.label) and not set(word_list(figure.label)) <= set(when)  # "गत वर्ष यह 74.10 प्रतिशत था": not
    if named and not (set(rest) & nouns) or when and not only_when(when, lang) and not place \
            or not set(rest) <= between:  # "यह आंकड़ा सिर्फ 38 प्रतिशत", "यह आंकड़ा गिरकर 74.8 प्रतिशत"
        return None
    same = _same_before(earlier, figure, text, lang)
    if same is None or not same.label or "\n" in text[same.end:figure.start] \
            or len(re.findall(r"[।.;!?]\s", text[same.end:figure.start])) > 1:
        return None
    if place:
        return f"{place} {same.label}"  # "जोन-5 में यह आंकड़ा सिर्फ 38 प्रतिशत है": that place's value
    while when and when[-1] in (lang["postpositions"] or []):
        when = when[:-1]  # "गत वर्ष इसी माह में" → "गत वर्ष इसी माह"
    return earlier_label(" ".join(when), same.label, lang) if when else same.label


def _place_before(clause: str, pronoun: str, lang: Language) -> str:
    """``जोन-5 में यह आंकड़ा`` → ``जोन-5``: the words, as written, a locative ends right before the demonstrative,
    at most ``_PLACE_WORDS`` of them; empty if none."""
    said = clause[:clause.rfind(f" {pronoun} ")].split() if f" {pronoun} " in clause else []
    if len(said) < 2 or said[-1] not in lang["locatives"] or len(said) - 1 > _PLACE_WORDS:
        return ""
    return " ".join(said[:-1]) if not set(said[:-1]) & set(lang["label_stops"] or []) else ""


_PLACE_WORDS = 4


def pronoun_object(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``लाइन लॉस 18.6 प्रतिशत …, जबकि … इसे 15 प्रतिशत तक लाने का लक्ष्य``: a figure an object pronoun
    (``object_pronouns``) comes right before, a word of change at most between, is a value of what the
    figure before of the same kind and unit measures."""
    pronouns = lang["object_pronouns"] or []
    window = text[max(0, figure.start - _REFERRED_CHARS):figure.start]
    if not any(p in window for p in pronouns):
        return None
    before = re.split(r"[।.;:!?]", window)[-1]
    after = word_list(text[figure.end:figure.end + _REFERRED_CHARS])[:3]
    within = after[1:2] and (after[1] in lang["locatives"] or after[1] in lang["genitives"] and after[2:]
                             and after[2] in (lang["compound_postpositions"] or []))
    if not set(word_list(before)[-2:]) & set(pronouns) or after[:1] and after[0] in (lang["duration_words"] or []) and within:
        return None  # "इसे 18 महीने में पूरा करने", "इन्हें 15 दिन के भीतर": within how long, not a value of it
    same = _same_before(earlier, figure, text, lang)
    if same is None or not same.label or figure.start - same.end > _REFERRED_CHARS * 2:
        return None
    return same.label


def pronoun_place(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``26 सीमेंट-कंक्रीट सड़कें हैं … इन पर 978.50 लाख रुपये की लागत आएगी``: an amount named by a generic word
    (``लागत``) right after a pronoun with its postposition (``pronoun_places``) is that of the things the count
    before counts, in its paragraph: ``सीमेंट-कंक्रीट सड़कों की लागत``."""
    label = figure.label.strip()
    if figure.kind != "money" or label not in (lang["generic_heads"] or []):
        return None
    before = " ".join(word_list(re.split(r"[।.;:!?,\n]", text[max(0, figure.start - _REFERRED_CHARS):figure.start])[-1]))
    if not before or not any(before == p or before.endswith(f" {p}") for p in lang["pronoun_places"] or []):
        return None
    counted = next((f for f in reversed(earlier) if f.kind == "count" and f.unit is None and f.label), None)
    if counted is None or "\n" in text[counted.end:figure.start] or figure.start - counted.end > _REFERRED_CHARS * 2:
        return None
    genitives = lang["genitives"]  # "सड़कों की लागत", "डोज खरीदने का खर्च": the genitive agrees with what it owns
    of = genitives[1] if label in (lang["feminine_nouns"] or []) else genitives[0]
    whose = " ".join(oblique_form(counted.label.split(), lang))
    return fill(lang["pronoun_place_label"], lang, whose=whose, of=of, what=label)


def gapped_head(earlier: list[Figure], figure: Figure, text: str, lang: Language) -> str | None:
    """``गेहूं का समर्थन मूल्य 2,425 रुपये और चने का 5,650 रुपये``: an amount, count or measure right after a
    genitive and labelled by its owner alone has the noun of the figure before of its kind and unit in the
    sentence, left out (``चने का समर्थन मूल्य``); not a percentage, which the genitive says it is a share of."""
    label, genitives = figure.label.split(), lang["genitives"]
    if lang["label_side"] != "after" or figure.kind not in _GAPPED_KINDS or not label:
        return None
    before = word_list(text[max(0, figure.start - _REFERRED_CHARS):figure.start])
    if before[-2:-1] != label[-1:] or before[-1] not in genitives:
        return None
    words = next((said for f in reversed(earlier) if f.sentence == figure.sentence and f.kind == figure.kind
                  and f.unit == figure.unit and (said := unmarked(f.label, lang).split())
                  and word_list(text[max(0, f.start - _REFERRED_CHARS):f.start])[-1:] == said[-1:]), None)
    if not words:  # the figure before right after its noun ("… का समर्थन मूल्य 2,425 रुपये")
        return None
    head = words[max((k + 1 for k, w in enumerate(words) if w in genitives), default=0):]
    return " ".join([*label, before[-1], *head]) if head and not set(head) & set(label) else None


_GAPPED_KINDS = {"money", "count", "quantity"}
