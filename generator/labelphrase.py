"""The noun phrase before a number in a language that puts the counted noun after it (Hindi), and
what an amount or a count belongs to or is for, said before it: an owner with its postposition
(``गृहकर में 50 प्रतिशत की छूट``), a purpose (``… के लिए 12.5 करोड़ रुपये``), the clause a
relative pronoun stands for (``…राहत दी गई थी, जिस पर 190 करोड़ रुपये खर्च हुए``). Used by
``labelsafter``, ``labels`` and ``datelabels``.
"""

from __future__ import annotations

from generator.labelwords import tidy_label
from generator.lexicon import lexicon
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev

_MAX_WORDS = 6


def phrase_before(tokens, first, lang, kind: str = "count") -> list[str]:
    """The noun phrase that ends right before the number, from its last genitive on:
    ``प्रांत का कुल राज्य बजट राजस्व 11,250`` → ``कुल राज्य बजट राजस्व``;
    ``राष्ट्रीय मानक वाले स्कूलों की दर को 70%`` → ``राष्ट्रीय मानक वाले स्कूलों की दर``.
    """
    words: list[str] = []
    genitives = set(lang["genitives"])
    stops = (set(lang["label_stops"]) | set(lang["instead_words"] or [])) - genitives  # "की जगह 1,380 रुपये"
    skip = {*genitives, *lang["objects"], *lang["label_skip"], *(w for q in lang["qualifiers_before"] for w in q.split())}
    if kind == "percent":
        skip.update(lang["percent_of"])
    k = before_time(tokens, _prev(tokens, first), lang)  # "भत्ता 1 जनवरी 2025 से 53 प्रतिशत": not "से" of a percent
    while k is not None and tokens[k].kind == "word" and tokens[k].text in skip:
        k = _prev(tokens, k)  # "योजना का 96.4%", "दर को 70%", "कुल 386", "कीमतों में अधिकतम 20%"
    if k is not None and tokens[k].text in (lang["adverbs_between"] or []):
        k = _prev(tokens, k)  # "घरेलू कनेक्शन का शुल्क अब 180 रुपये": the adverb is between the noun and its number
    k = before_time(tokens, before_adverb_phrase(tokens, k, lang), lang)
    k = _before_change(tokens, k, lang)
    at: list[int] = []
    while k is not None and len(words) < _MAX_WORDS:
        tok = tokens[k]
        if tok.kind != "word" or tok.text in stops or tok.text in lang["adverbs_before"]:
            v = _prev(tokens, k) if words and tok.text in lang["verb_auxiliaries"] else None
            if v is not None and tokens[v].kind == "word" and tokens[v].text not in stops:
                words[:0] = [tokens[v].text, tok.text]  # "रखे गए प्रकरणों का 30%": which ones
            break  # "इस बार 18,500 टन", "अब तक 62.4 करोड़": when, not what
        words.insert(0, tok.text)
        at.insert(0, k)
        k = _prev(tokens, k)
    months = lexicon(lang.code).months
    while len(words) > 1 and months.match(tokens, at[-1]):
        words.pop()  # "बच्चों की संख्या नवंबर के 1,284": the month is when
        at.pop()
    inner = [i for i, w in enumerate(words) if w in genitives]
    if inner and len(words) > 4:  # a short head keeps the two words of its owner ("आंगनवाड़ी भवनों की मरम्मत")
        words = words[inner[-1] + 1:] if len(words) - inner[-1] > 3 else words[max(0, inner[-1] - 2):]
    return words


def _before_change(tokens, k, lang):
    """``आवक 18 प्रतिशत बढ़कर 2.46 लाख क्विंटल``: a new value after how much it changed is of what is
    named before the change; where the words before that end, else ``k``."""
    if k is None or tokens[k].text not in (lang["change_verbs"] or []):
        return k
    j, skipped = _prev(tokens, k), False
    measures = {*lang["percent_words"], *lang["scales"]}
    while j is not None and (tokens[j].kind == "num" or tokens[j].text in measures):
        j, skipped = _prev(tokens, j), True
    return j if skipped and j is not None and tokens[j].kind == "word" else k


def before_time(tokens, k, lang):
    """Where the words before a date or a year and its postposition ending at ``k`` end (``महंगाई भत्ता
    1 जनवरी 2025 से 53 प्रतिशत``, ``बजट वर्ष 2024-25 में 120 करोड़``: the time is between the noun and its
    number), else ``k``."""
    if k is None or tokens[k].text not in (lang["time_links"] or []):
        return k
    months, j, dated = lexicon(lang.code).months, _prev(tokens, k), False
    while j is not None and (tokens[j].kind == "num" or tokens[j].text in "-–/" or months.match(tokens, j)):
        dated = dated or months.match(tokens, j) is not None or len(tokens[j].text) == 4
        j = _prev(tokens, j)
    while j is not None and tokens[j].text in (lang["year_nouns"] or []):
        j = _prev(tokens, j)  # "वर्ष 2024-25 में"
    return j if dated and j is not None and tokens[j].kind == "word" else k


def before_adverb_phrase(tokens, k, lang):
    """Where the words before an adverbial phrase ending at ``k`` end (``14 प्रोजेक्ट हर हाल में``
    → ``प्रोजेक्ट``), else ``k``."""
    for phrase in lang["adverb_phrases"] or ():
        j = k
        for word in reversed(phrase.split()):
            if j is None or tokens[j].text != word:
                break
            j = _prev(tokens, j)
        else:
            return j
    return k


def owner_before(tokens, first, lang, links: list[str]) -> list[str]:
    """What the figure belongs to, with the postposition between (one of ``links``):
    ``गृहकर में 50 प्रतिशत की छूट`` (a percentage's), ``केंद्रीय सशस्त्र पुलिस बलों की 210
    कंपनियां`` (counted things', with the number between owner and noun)."""
    k = _prev(tokens, first)
    skip = {*lang["label_skip"], *(lang["adverbs_between"] or [])}
    while k is not None and tokens[k].text in skip and tokens[k].text not in links:
        k = _prev(tokens, k)  # "प्रदेश के सभी 75 जनपदों", "मद में फिलहाल 4.8 करोड़ रुपये"
    if k is None or tokens[k].text not in links:
        return []
    k = _past_comparison(tokens, k, lang, links)
    words = tidy_label(" ".join(phrase_before(tokens, k, lang)[-2:]), lang).split()
    if words and words[-1] in lang["duration_words"]:
        return []  # "0 से 5 वर्ष के 62,310 बच्चों": their age, not an owner
    return [*words, tokens[k].text] if words else []


def _past_comparison(tokens, k, lang, links: list[str]) -> int:
    """``राजस्व में पिछले वर्ष की तुलना में 9.4 प्रतिशत की वृद्धि``: the link at ``k`` closes a comparison
    (``की तुलना में``); the owner's link is the one before it, within a few words."""
    p = _prev(tokens, k)
    if p is None or tokens[p].text not in (lang["compound_postpositions"] or []):
        return k
    j = _prev(tokens, p)
    for _ in range(_COMPARISON_WORDS):
        if j is None or tokens[j].kind != "word":
            return k
        if tokens[j].text in links:
            return j
        j = _prev(tokens, j)
    return k


_COMPARISON_WORDS = 6


def antecedent_on(tokens, first, lang) -> list[str]:
    """``आनुग्रहिक राहत दी गई थी, जिस पर 190 करोड़ रुपये खर्च हुए``: a relative pronoun's "on which"
    stands for the noun phrase before the verb of the clause before it (or that verb's object,
    ``286 कार्यों को मंजूरी दी, जिन पर``)."""
    k = _prev(tokens, first)
    while k is not None and tokens[k].text in lang["label_skip"]:
        k = _prev(tokens, k)  # "जिस पर करीब 190 करोड़"
    r = _prev(tokens, k) if k is not None and tokens[k].text in (lang["spent_on_links"] or []) else None
    c = _prev(tokens, r) if r is not None and tokens[r].text in (lang["relative_pronouns"] or []) else None
    if c is None or tokens[c].text != ",":
        return []
    verbs = {*lang["clause_verbs"], *lang["conjunct_nouns"], *lang["verb_auxiliaries"], *lang["copulas"]}
    v = _prev(tokens, c)
    while v is not None and tokens[v].kind == "word" and (tokens[v].text in verbs or tokens[v].text in lang["objects"]):
        v = _prev(tokens, v)  # "दी गई थी", "मंजूरी दी", "को"
    if v is None or v == _prev(tokens, c):
        return []  # no verb: not a clause this rule reads
    words = tidy_label(" ".join(phrase_before(tokens, _next(tokens, v) or v, lang)[-3:]), lang).split()
    return [*words, tokens[k].text] if words else []


def purpose_before(tokens, first, lang) -> list[str]:
    """``तटीय सड़क परियोजना के लिए 12.5 अरब VND``: what the money is for."""
    for phrase in lang["purpose_before"]:
        words, k = phrase.split(), first
        for word in reversed(words):
            k = _prev(tokens, k)
            if k is None or tokens[k].text != word:
                break
        else:
            return phrase_before(tokens, k, lang)
    return []
