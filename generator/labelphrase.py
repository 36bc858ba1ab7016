"""The noun phrases before a number in a language that puts the counted noun after it (Hindi): the
phrase before it, and what an amount or a count belongs to, said before it: an owner with its
postposition (``गृहकर में 50 प्रतिशत की छूट``). The phrase after it and a genitive's object are
``labelphraseafter``'s; what an amount is for, as or on is ``labelroles``'s.
Used by ``labelsafter``, ``labelparts``, ``labels``, ``labelroles`` and ``datelabels``.
"""

from __future__ import annotations

from generator.labelchunks import aside_opening, name_hyphen, phrase_ending_before
from generator.labelwords import said_now, tidy_label
from generator.lexicon import lexicon
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev

_ASIDE_TOKENS = 24  # the longest aside in parentheses skipped before a number, its spaces counted
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
    if k is not None and tokens[k].text == ")" and (opening := aside_opening(tokens, k, _ASIDE_TOKENS)) is not None:
        k = _prev(tokens, opening)  # "लिंगानुपात (प्रति 1000 पुरुष मतदाताओं पर महिला मतदाता) 942": what is before the aside
    at: list[int] = []
    quality: list[str] = []
    while k is not None and len(words) < _MAX_WORDS:
        tok = tokens[k]
        if words and at[0] == k + 1 and name_hyphen(tokens, k):
            words[0], at[0], k = f"{tokens[k - 1].text}-{words[0]}", k - 1, _prev(tokens, k - 1)  # "ई-रिक्शा"
            continue
        if tok.kind != "word" or tok.text in stops or tok.text in lang["adverbs_before"]:
            v = _prev(tokens, k) if words and tok.text in lang["verb_auxiliaries"] else None
            if v is not None and tokens[v].kind == "word" and tokens[v].text not in stops:
                words[:0] = [tokens[v].text, tok.text]  # "रखे गए प्रकरणों का 30%": which ones
            elif words and words[0] not in genitives and tok.text in (lang["participles"] or []):
                # "अति कम वजन वाले बच्चों की संख्या": which ones (a comparative may be in the quality)
                quality = _quality(tokens, k, stops - set(lang["comparatives"] or {}) | set(lang["target_words"] or [])) \
                    + [tok.text]
            elif words and len(words) <= _ITEM_WORDS and (item := _joined_item(tokens, k, stops, lang)):
                words[:0], at[:0] = [tokens[i].text for i in item], item  # "(घ) भवन निर्माण एवं अनुरक्षण ₹१०.४० करोड़":
                # a list's item names both
            break  # "इस बार 18,500 टन", "अब तक 62.4 करोड़": when, not what
        words.insert(0, tok.text)
        at.insert(0, k)
        k = _prev(tokens, k)
    if k is not None and tokens[k].kind == "num" and at and (unit := lexicon(lang.code).unit(tokens, at[0])):
        measured = sum(1 for i in at if i <= unit[1])
        if words[measured:measured + 1] and words[measured] in (lang["dimension_words"] or {}):
            measured += 1
        del words[:measured], at[:measured]  # "८५० मीटर संपर्क मार्ग ₹२४ लाख": the unit of the number before (and
        # its size word: "640 मीटर लंबे उच्चस्तरीय पुल")
    now = said_now(words, lang, after_now=k is not None and tokens[k].text in (lang["current_marks"] or []))
    del words[:now], at[:now]  # "इस वर्ष बोर्ड की कुल आय": this year is when, not what
    months = lexicon(lang.code).months
    while len(words) > 1 and months.match(tokens, at[-1]):
        words.pop()  # "बच्चों की संख्या नवंबर के 1,284": the month is when
        at.pop()
    inner = [i for i, w in enumerate(words) if w in genitives]
    if inner and len(words) > 4:  # a short head keeps the two words of its owner ("आंगनवाड़ी भवनों की मरम्मत")
        words = words[inner[-1] + 1:] if len(words) - inner[-1] > 3 else words[max(0, inner[-1] - 2):]
    elif len(quality) > 2:  # "कम वजन वाले", not a verb alone ("जाने वाले")
        words = quality + words
    return words


def _joined_item(tokens, k, stops, lang) -> list[int]:
    """Where the words before the joiner at ``k`` (``list_joiners``) and the joiner are, when they run back to where a
    list's item starts (punctuation or the text's start) with no stop between; else nothing."""
    if tokens[k].text not in (lang["list_joiners"] or []):
        return []
    words: list[int] = []
    j = _prev(tokens, k)
    while j is not None and tokens[j].kind == "word" and tokens[j].text not in stops and len(words) < _ITEM_WORDS:
        words.insert(0, j)
        j = _prev(tokens, j)
    starts = j is None or tokens[j].kind == "punct"  # not after a number: "४,६८० मीट्रिक टन तथा नमक"
    verb = any(tokens[i].text.endswith(tuple(lang["infinitive_endings"] or ())) for i in words)  # "(एमटीसी) भेजने और
    return [*words, k] if words and starts and not verb else []  # वहां … 14 दिन": another clause, not an item


_ITEM_WORDS = 3


def _quality(tokens, k, stops) -> list[str]:
    """The words a participle at ``k`` ties to the noun after it (``अति कम वजन`` before ``वाले``), back to a stop."""
    words: list[str] = []
    j = _prev(tokens, k)
    while j is not None and tokens[j].kind == "word" and tokens[j].text not in stops and len(words) < _QUALITY_WORDS:
        words.insert(0, tokens[j].text)
        j = _prev(tokens, j)
    return words


_QUALITY_WORDS = 3


def _before_change(tokens, k, lang):
    """``आवक 18 प्रतिशत बढ़कर 2.46 लाख क्विंटल``: a new value after how much it changed is of what is
    named before the change; where the words before that end, else ``k``."""
    if k is not None and tokens[k].text in (lang["became_words"] or []):  # "उत्पादन तीन गुना होकर 6.3 लाख टन"
        j = _prev(tokens, k)
        while j is not None and (tokens[j].kind == "num" or tokens[j].text in (lang["numbers"] or {})
                                 or tokens[j].text in (lang["multiple_words"] or [])):
            j = _prev(tokens, j)
        return j if j is not None and j < _prev(tokens, k) and tokens[j].kind == "word" else k
    if k is None or tokens[k].text not in (lang["change_verbs"] or []):
        return k
    j, skipped = _prev(tokens, k), False
    if (t := before_time(tokens, j, lang)) != j and t is not None:
        return t  # "पर्यटकों की संख्या 2024-25 में बढ़कर 9.6 लाख": when it changed, between the noun and the verb
    since = j is not None and tokens[j].text in (lang["change_from"] or [])
    if since:  # "दर 2011 के 61.2 प्रतिशत से बढ़कर अब 74.5 प्रतिशत": the value it changed from, and its time
        j = _prev(tokens, j)
    measures = {*lang["percent_words"], *lang["scales"], *(lang["currencies"] or {})}
    while j is not None and (tokens[j].kind == "num" or tokens[j].text in measures):
        j, skipped = _prev(tokens, j), True
    if skipped and since:
        j = before_time(tokens, j, lang)
    return j if skipped and j is not None and tokens[j].kind == "word" else k


def before_time(tokens, k, lang):
    """Where the words before a date or a year and its postposition ending at ``k`` end (``महंगाई भत्ता
    1 जनवरी 2025 से 53 प्रतिशत``, ``बजट वर्ष 2024-25 में 120 करोड़``: the time is between the noun and its
    number), else ``k``."""
    if k is None or tokens[k].text not in {*(lang["time_links"] or []), *lang["genitives"]}:
        return k
    months, j, dated = lexicon(lang.code).months, _prev(tokens, k), False
    while j is not None and (tokens[j].kind == "num" or tokens[j].text in "-–/" or months.match(tokens, j)):
        dated = dated or months.match(tokens, j) is not None or len(tokens[j].text) == 4
        j = _prev(tokens, j)
    while j is not None and tokens[j].text in (lang["year_nouns"] or []):
        j = _prev(tokens, j)  # "वर्ष 2024-25 में", "साक्षरता दर 2011 के 61.2 प्रतिशत"
    if dated and j is not None and tokens[j].kind == "word":
        return j
    return _before_earlier_time(tokens, k, lang)


def _before_earlier_time(tokens, k, lang, named: bool = True):
    """``यात्रियों की संख्या पिछले साल के 48 हजार से``: where the words before an earlier time and its
    postposition ending at ``k`` end (``earlier_marks`` and ``earlier_words``), else ``k``; not ``named``, the
    token before the time whatever it is."""
    j, words = _prev(tokens, k), 0
    while j is not None and tokens[j].text in (lang["earlier_words"] or []) and words < _EARLIER_WORDS:
        j, words = _prev(tokens, j), words + 1
    if not words or j is None or tokens[j].text not in (lang["earlier_marks"] or []):
        return k
    p = _prev(tokens, j)
    if not named:
        return p
    named = p is not None and tokens[p].kind == "word" and tokens[p].text not in lang["label_stops"] \
        and tokens[p].text not in (lang["relative_pronouns"] or []) and tokens[p].text not in (lang["demonstratives"] or [])
    return p if named else k  # not "रही, जो पिछले वर्ष के 548.75 करोड़ रुपये", "। यह पिछले साल के …": the figure before names it


_EARLIER_WORDS = 5  # "पिछले वर्ष की इसी अवधि के"


def before_adverb_phrase(tokens, k, lang, key: str = "adverb_phrases"):
    """Where the words before an adverbial phrase ending at ``k`` end (``14 प्रोजेक्ट हर हाल में``
    → ``प्रोजेक्ट``), else ``k``; the phrases are the language's ``key``."""
    for phrase in lang[key] or ():
        j = k
        for word in reversed(phrase.split()):
            if j is None or tokens[j].text != word:
                break
            j = _prev(tokens, j)
        else:
            return j
    return k


def owner_before(tokens, first, lang, links: list[str], doing: bool = False) -> list[str]:
    """What the figure belongs to, with the postposition between (one of ``links``):
    ``गृहकर में 50 प्रतिशत की छूट`` (a percentage's), ``केंद्रीय सशस्त्र पुलिस बलों की 210
    कंपनियां`` (counted things', with the number between owner and noun); with ``doing``, also
    what those counted do before a participle (``इलाज शुरू करने वाले 7,436 मरीजों``)."""
    k = _prev(tokens, first)
    skip = {*lang["label_skip"], *(lang["adverbs_between"] or [])}
    while k is not None and tokens[k].text in skip and tokens[k].text not in links:
        k = _prev(tokens, k)  # "प्रदेश के सभी 75 जनपदों", "मद में फिलहाल 4.8 करोड़ रुपये"
    k = before_adverb_phrase(tokens, k, lang, "time_between")  # "सुधार पर अब तक 1.18 करोड़ रुपये खर्च"
    n = _next(tokens, k) if k is not None and tokens[k].text not in links else None
    _, at = phrase_ending_before(tokens, n, lang["comparison_links"] or []) if n is not None else ("", None)
    if at is not None:  # "शिकायतों में पिछले साल से 53 प्रतिशत की बढ़ोतरी", "दुर्घटनाओं में पिछले वर्ष की इसी
        j = _before_earlier_time(tokens, at, lang, named=False)  # अवधि के मुकाबले नौ प्रतिशत की कमी": past what
        k = j if j != at and j is not None and tokens[j].text in links else k  # it is compared with, an earlier time
    if k is None or tokens[k].text not in links:
        return []
    k = _past_comparison(tokens, k, lang, links)
    words = tidy_label(" ".join(phrase_before(tokens, k, lang)[-2:]), lang).split()
    if not words and doing:
        words = _doing(tokens, k, lang)
    if words and words[-1] in lang["duration_words"]:
        return []  # "0 से 5 वर्ष के 62,310 बच्चों": their age, not an owner
    if len(words) == 1 and _listed_last(tokens, k, lang):
        return []  # "महसी, कैसरगंज, नानपारा और मोतीपुर के 312 गांवों": the last of a list of owners
    return [*words, tokens[k].text] if words else []


def _doing(tokens, k, lang) -> list[str]:
    """``इलाज शुरू करने वाले 7,436 मरीजों`` → ``इलाज शुरू करने``: before a participle at ``k``, a light verb's
    infinitive (one of ``doer_verbs``) with the nouns that make its verb, back to a stop; else nothing."""
    p = _prev(tokens, k)
    if tokens[k].text not in (lang["participles"] or []) or p is None \
            or tokens[p].text not in set((lang["doer_verbs"] or {}).values()):
        return []
    done = _quality(tokens, p, set(lang["label_stops"]))
    return [*done, tokens[p].text] if done else []


def _listed_last(tokens, k, lang) -> bool:
    """Whether the word before the link at ``k`` ends a list of names: a joiner before it, a comma before that."""
    word = _prev(tokens, k)
    joiner = _prev(tokens, word) if word is not None else None
    if joiner is None or tokens[joiner].text not in (lang["list_joiners"] or []):
        return False
    name = _prev(tokens, joiner)
    comma = _prev(tokens, name) if name is not None else None
    return comma is not None and tokens[comma].text == ","


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


def skip_qualifier(tokens, last, lang) -> int:
    """``50 से अधिक प्रतिनिधियों``: the label starts after the qualifier."""
    k = _next(tokens, last)
    found = lexicon(lang.code).qualifiers_after.match(tokens, k) if k is not None else None
    return found[1] if found else last


def conjunctive(word: str, lang) -> bool:
    """Whether ``word`` is a conjunctive participle (``काटकर``), not a noun that ends as one does (``टैंकर``)."""
    endings = tuple(lang["conjunctive_endings"] or ())
    return bool(endings) and word.endswith(endings) and len(word) > 3 and word not in (lang["conjunctive_lookalikes"] or []) \
        and not word.endswith(tuple(lang["conjunctive_lookalike_endings"] or ()))


def ends_conjunctive(words: list[str], lang) -> bool:
    """Whether ``words`` end in a conjunctive participle (``काटकर``), or one written apart from the noun of what
    was done (``चालान कर``, ``खातों का निपटारा कर``), not a tax (``संपत्ति कर``)."""
    if words and conjunctive(words[-1], lang):
        return True
    if len(words) < 2 or words[-1] not in (lang["spaced_conjunctives"] or ()):
        return False
    done = words[-2]
    return done in {*(lang["action_nouns"] or []), *(lang["conjunct_nouns"] or []), *(lang["spaced_conjunctive_objects"] or [])} \
        or done.endswith(tuple(lang["action_endings"] or ()))


def oblique(word: str) -> bool:
    return word.endswith(("ों", "ओं"))
