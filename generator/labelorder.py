"""The order of a label's words where the text's order is a clause's, not a noun phrase's: a state said after
the counted noun (``पुलिसकर्मी तैनात``, ``नए बिजली कनेक्शन जारी``) goes before it, as a card names the thing
(``तैनात पुलिसकर्मी``, ``जारी नए बिजली कनेक्शन``). Called by ``labelrefs.relate_labels``; the words are language
data (``fronted_states``, ``postpositions``, ``total_words``, ``earlier_marks``)."""

from __future__ import annotations

from generator.language import Language


def fronted_state(label: str, lang: Language) -> str:
    """``जोनों के अधिकारी मौजूद`` → ``जोनों के मौजूद अधिकारी``, ``कुल राशि बकाया`` → ``कुल बकाया राशि``: a state word
    (``fronted_states``) that ends a label goes before its noun phrase, past its owner's postposition, a word of
    total and an earlier time (``पिछले वर्ष दर्ज हादसे``); not after a postposition (``उपभोक्ताओं पर बकाया``: the
    dues owed, a noun), a word of total, a comparative or an adverb.

    >>> from generator.language import get_language
    >>> fronted_state("कुल मामले दर्ज", get_language("hi")), fronted_state("उपभोक्ताओं पर बकाया", get_language("hi"))
    ('कुल दर्ज मामले', 'उपभोक्ताओं पर बकाया')
    """
    words = label.split()
    links = {*(lang["postpositions"] or []), *(lang["compound_postpositions"] or [])}
    kept = {*links, *(lang["total_words"] or {}), *(lang["comparatives"] or {}), *(lang["state_adverbs"] or [])}
    if len(words) < 2 or words[-1] not in (lang["fronted_states"] or []) or words[-2] in kept:
        return label  # "मिशन के तहत स्वीकृत", "कुल बकाया", "कम दर्ज", "बार-बार बंद": no noun before the state
    at = max((i + 1 for i, w in enumerate(words[:-1]) if w in links), default=0)
    if words[0] in (lang["earlier_marks"] or []):  # "पिछले वर्ष की इसी अवधि अनुदान जारी": past the time it is of
        time = 1
        while time < len(words) - 2 and words[time] in (lang["earlier_words"] or []):
            time += 1
        at = max(at, time)
    while at < len(words) - 2 and words[at] in (lang["total_words"] or {}):
        at += 1
    return " ".join([*words[:at], words[-1], *words[at:-1]])
