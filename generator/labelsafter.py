"""Labels in a language that puts the counted noun after the number (Hindi: ``73 पार्टी संगठन हैं``).

The label runs from the number to the first stop word (verb, postposition, conjunction) or
punctuation. A genitive (``के/की/का``) stays inside the label (``जमीनी स्तर के ट्रेड यूनियन
संगठन``) unless the word before it is an oblique plural (``मुख्य लक्ष्यों के परिणाम``: the number
counts ``लक्ष्यों``). Amounts and shares usually follow what they measure (``कुल राज्य बजट राजस्व
11,250 अरब डोंग``, ``योजना का 96.4%``): for money and percentages the noun phrase before the number
comes first, cut after its last genitive. A percentage with a comparative (``लक्ष्य से 28.75%
अधिक``) is labelled with the whole comparison. Called by ``labels.find_label``.
"""

from __future__ import annotations

from generator.labelchunks import phrase_ending_before
from generator.labelclause import clause_object, doers, ends_clause, received, what_befell
from generator.labelcomparisons import comparison_after
from generator.labelparts import part_state, partitive, whole_noun, whole_of_part
from generator.labelphrase import before_adverb_phrase, ends_conjunctive, oblique, owner_before, phrase_before, skip_qualifier
from generator.labelphraseafter import genitive_object, phrase_after
from generator.labelrates import funded, paid_per, per_after, per_before
from generator.labelroles import accounts_of, antecedent_on, as_before, budget_head, owed_by, owed_on, purpose_before
from generator.labelwords import fill, tidy_label
from generator.lexicon import lexicon
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev

_MAX_WORDS = 6
_RATE_OWNER_WORDS = 2  # words of the phrase before an amount per head that say what is priced


def label_after(tokens, first, last, kind, lang) -> str:
    tokens = _without_aside(tokens, last, lang)  # "186.75 करोड़ रुपये (59.8 प्रतिशत) का ऋण": what follows the aside
    if kind == "ratio" and (named := phrase_before(tokens, first, lang)) and named[-1] in (lang["ratio_words"] or []):
        return " ".join(named)  # "श्रम एवं सामग्री का अनुपात ६०:४० अनिवार्य रूप से …": the ratio is named before it
    if kind == "count" and (state := part_state(tokens, first, last, lang)):
        return " ".join(state)  # "9,840 पदों में से 1,372 पद यानी करीब 14 प्रतिशत रिक्त हैं": which part
    if kind == "count" and (whole := whole_of_part(tokens, last, lang)):
        return " ".join(owner_before(tokens, first, lang, lang["genitives"]) + whole)  # "प्रदेश के 33 में से 12 जिलों"
    if kind == "count" and (whose := _said_of_subject(tokens, first, last, lang)):
        return " ".join(whose)  # "गोशालाओं की क्षमता 3,500 पशुओं की है": the capacity, not the animals
    if kind in {"count", "percent"} and (did := doers(tokens, _next(tokens, skip_qualifier(tokens, last, lang)), lang)):
        denied = bool(set(did) & set(lang["negations"]))  # "74 ने हेलमेट नहीं पहना": the deed as said, alone
        return " ".join(did + ([] if denied else partitive(tokens, first, last, lang)[:1]))  # "४०.२ प्रतिशत ने ही आवेदन किया"
    if kind == "percent":
        comparison = comparison_after(tokens, first, last, lang)
        if comparison:
            return comparison
    k = _next(tokens, last)
    unit = lexicon(lang.code).unit(tokens, k) if k is not None else None
    if unit:
        kind = "money"  # a measured amount ("क्षेत्रफल 1,02,450 हेक्टेयर") is labelled like money
        last = unit[1]  # and what follows its unit says what it measures ("4,500 करोड़ घन मीटर पानी")
        m = _next(tokens, last)
        if m is not None and tokens[m].text in (lang["contents_links"] or []) and (held := phrase_after(tokens, m, lang)):
            return " ".join(held)  # "11,400 हेक्टेयर में लगी फसल": what the measure holds
        if held := _measured(tokens, last, lang):
            return " ".join(held)  # "860 लीटर कच्ची शराब जब्त": what is measured
    if kind == "percent" and (head := genitive_object(tokens, last, lang, 2)):
        owner = owner_before(tokens, first, lang, [*lang["percent_of"], *(lang["recipient_links"] or [])])
        return " ".join(owner + head)  # "गृहकर में 50 प्रतिशत की छूट", "वरिष्ठ नागरिकों को 30 प्रतिशत की छूट"
    if kind == "percent" and (head := _noun_after(tokens, last, lang)):  # "मवेशियों के टीकाकरण का 72% काम पूरा"
        owner = owner_before(tokens, first, lang, [*lang["percent_of"], *lang["genitives"]])
        return " ".join(owner + head)
    if kind == "money" and (per := per_after(tokens, last, lang) or per_before(tokens, first, last, lang)):
        owner = owner_before(tokens, first, lang, lang["genitives"]) if per[0] in lang["per_words"] else []
        if per[0] in lang["per_words"] and not owner and not accounts_of(tokens, first, lang):
            owner = owner_before(tokens, first, lang, lang["locatives"])[:-1]  # "माध्यमिक स्तर पर 9.29 रुपये
            # प्रति छात्र": where, unless it is paid into accounts or the link closes "के रूप में"
            owner = [] if owner and owner[-1] in lang["compound_postpositions"] else owner
        if len(per) > 2 and not owner:  # "वृद्धजनों को 1,000 रुपये प्रति माह पेंशन": whom it is paid to
            owner = owner_before(tokens, first, lang, lang["recipient_links"] or [])
        if not owner and per[0] in lang["per_words"]:  # "सामान्य प्रजाति हेतु ₹३६० प्रति क्विंटल": what the rate is for
            owner = purpose_before(tokens, first, lang) or _whose_rate(tokens, first, lang)
        named = phrase_before(tokens, first, lang, kind) if not owner else []
        if named and named[-1] in (lang["price_words"] or []):
            return " ".join(named)  # "गाय-बैल की मुआवजा दर ₹30,000 प्रति पशु": the rate is named before it
        paid = paid_per(tokens, last, lang) if not owner and len(per) == 2 else []
        if paid and (not named or paid[-1] in (lang["price_words"] or [])):
            per += paid  # "₹850 प्रति फेरा भुगतान किया जा रहा है", "… को 300 रुपये प्रति मामला प्रोत्साहन राशि"
        priced = tidy_label(" ".join(named[-_RATE_OWNER_WORDS:]), lang).split()  # "शीरा … ₹ 650 प्रति क्विंटल की
        if priced and len(per) > 2 and per[0] in lang["per_words"] and not set(priced) & set(per) \
                and priced[-1] not in lang["compound_postpositions"] and not oblique(priced[-1]):  # दर": what is
            # priced, not what it is per, a postposition or a plural whose postposition is left out
            owner = priced
        return " ".join(owner + per)  # "ज्वार की 3,180 रुपये प्रति क्विंटल की दर": whose rate
    if kind in {"money", "percent"}:
        candidates = (
            lambda: purpose_before(tokens, first, lang) if kind == "money" and not unit else [],  # not "… के लिए 300 टन खरीद"
            lambda: as_before(tokens, first, lang) if kind == "money" else [],  # "मंडी शुल्क के रूप में … 96.40 लाख रुपये"
            lambda: funded(tokens, first, last, lang) if kind == "money" else [],
            lambda: genitive_object(tokens, skip_qualifier(tokens, last, lang), lang, 3) if kind == "money" else [],
            lambda: _given_to(tokens, first, last, lang) if kind == "money" else [],
            lambda: _how_often_after(tokens, last, lang) if kind == "money" else [],
            lambda: [] if _at_rate(tokens, first, lang) else _often_paid(tokens, last, phrase_before(tokens, first, lang, kind),
                                                                      kind, lang),
            lambda: genitive_object(tokens, last, lang),
        )
        for candidate in candidates:  # the first that keeps a word once verbs and particles are cut
            label = tidy_label(" ".join(candidate()), lang)
            if kind == "money" and label in (lang["total_words"] or {}) and (rest := _rest_spent(tokens, last, lang)):
                return rest  # "तथा शेष ₹४.९६ करोड़ विश्वविद्यालय निधि से": what the rest is, not "शेष"
            if label and not set(label.split()) <= {*lang["duration_words"], *(lang["current_marks"] or [])}:
                # "इस वर्ष 4,250 …", "चालू वर्ष 2024-25 में दिसंबर तक ₹ 118.7 करोड़": when, not what
                if kind == "money" and len(label.split()) == 1 and _after_whose(tokens, first, lang) \
                        and (of := antecedent_on(tokens, first, lang)):
                    return " ".join(of)  # "14 सड़कों को मंजूरी दी, जिनकी लागत 22 करोड़ रुपये है": whose cost
                if kind == "money" and len(label.split()) == 1:  # "किसानों को 45 लाख रुपये की सहायता": to whom
                    whom = owner_before(tokens, first, lang, lang["recipient_links"] or []) or accounts_of(tokens, first, lang) \
                        or owed_on(tokens, first, lang) or budget_head(tokens, first, lang)
                    label = " ".join([*whom, label]) if label not in whom else label
                return label
    if kind == "money" and (owed := owed_by(tokens, last, lang)):
        return " ".join(owed)  # "₹112 करोड़ विभिन्न सरकारी विभागों पर बकाया है": whose debt
    words = phrase_after(tokens, skip_qualifier(tokens, last, lang), lang, through_genitives=kind == "ratio")
    k = _next(tokens, last)
    if kind == "money" and not words and k is not None and tokens[k].text in (lang["comparatives"] or {}) \
            and (more := phrase_after(tokens, k, lang)):
        words = [tokens[k].text, *more]  # "इस साल 12 करोड़ रुपये (लगभग 16 फीसदी) अधिक राजस्व मिला": how much
        # more of what
    if kind == "money":
        words = tidy_label(" ".join(words), lang).split()  # "… खर्च आता है": the verb is not the label
    if kind == "money" and len(words) == 1:  # "पानी की आपूर्ति पर 64.80 करोड़ रुपये खर्च": what it is spent on
        words = (owner_before(tokens, first, lang, lang["spent_on_links"] or [])
                 or antecedent_on(tokens, first, lang)) + words
    if not words and kind in {"year", "date", "range"}:
        k = _next(tokens, last)
        if k is not None and tokens[k].text in lang["label_stops"]:
            words = phrase_after(tokens, k, lang)
    if not words and kind == "count":
        words = partitive(tokens, first, last, lang) or genitive_object(tokens, last, lang, 2) \
            or _where_said(tokens, last, lang)  # "ढाई लाख की आबादी"; "…, 19 में सीवर लाइन चोक है": what is said of them
    elif kind == "count" and set(words) <= {*lang["conjunct_nouns"], *(lang["state_words"] or []), *(lang["total_words"] or {})} \
            and not set(words) <= set(lang["total_words"] or {}):
        words += whole_noun(tokens, first, lang)  # "12 प्रस्ताव रखे गए, जिनमें से 10 पारित हुए": passed proposals
    if not words:
        words = phrase_before(tokens, first, lang)
    elif kind in {"count", "ordinal"}:
        noun = _next(tokens, skip_qualifier(tokens, last, lang))
        links = [*lang["genitives"], *lang["participles"]]
        own = _distributive(tokens, first, lang) or owner_before(tokens, first, lang, links, doing=len(words) == 1)
        bare = noun is not None and words == [tokens[noun].text]
        befell = what_befell(tokens, noun, lang) if bare else []
        done = doers(tokens, _next(tokens, noun), lang) if noun is not None else []  # "… किसानों ने … कराया"
        if (befell or bare and done and oblique(words[0])) and len(own) > 1 and own[-2] in (lang["place_owners"] or []):
            own = []  # "जिले के 11 प्रखंडों के 246 गांव प्रभावित हुए": the villages hit, not where they are
        words = own + _which_before(tokens, first, lang) + words
        if words == [tokens[noun].text if noun is not None else ""]:  # "187 लोगों की मौत हुई": people, by what
            fate = len(befell) == 3 and befell[1] in lang["genitives"]  # "लोगों की मौत", not "लगाए प्याऊ"
            words = (_cause_before(tokens, first, lang) if fate else []) + befell if befell else words  # befell them (of what:
            # "सड़क हादसों में इस साल 187 लोगों की मौत"); "एक प्रस्ताव खारिज कर दिया": which
        did = done if len(words) == 1 else []
        if did:
            words = did + words  # "1,250 किसानों ने पंजीकरण कराया": those who registered
        elif len(words) == 1 and oblique(words[0]):
            words = received(tokens, first, noun, lang) or words + clause_object(tokens, noun, lang)
        words = _how_often(tokens, first, lang) + words  # "प्रतिदिन औसतन ३८ हजार मरीज": patients a day
    return " ".join(words)


def _how_often(tokens, first, lang) -> list[str]:
    """``रोजाना औसतन 62 हजार यात्री`` → ``रोजाना औसतन``: a count of something per day, month or year says so
    before it (``frequency_words``, with an average's word between: ``average_words``)."""
    often, words = set(lang["frequency_words"] or []), {*(lang["frequency_words"] or []), *(lang["average_words"] or [])}
    said: list[str] = []
    k = _prev(tokens, first)
    while k is not None and len(said) < 2 and tokens[k].text in words:
        said, k = [tokens[k].text, *said], _prev(tokens, k)  # "प्रतिदिन औसतन", "औसतन प्रतिदिन"
    return said if often & set(said) else []


def _given_to(tokens, first, last, lang) -> list[str]:
    """``सहायिका को 3,750 रुपये मासिक मानदेय मिलता है`` → ``सहायिका को मासिक मानदेय``: an amount given to
    someone (a recipient link right before it) and named by the noun after it is that noun, to them."""
    whom = owner_before(tokens, first, lang, lang["recipient_links"] or [])
    if not whom:
        return []
    what = tidy_label(" ".join(phrase_after(tokens, skip_qualifier(tokens, last, lang), lang)), lang).split()
    times = {*lang["duration_words"], *lang["genitives"]}
    while what and (what[0].startswith(tuple(lang["per_words"])) or what[0] in times):
        what.pop(0)  # "प्रतिदिन", "प्रतिमाह की दर": how often, not what is paid
    if not what or len(what) == 1 and what[0] in (lang["generic_heads"] or []):
        return []  # "… की दर": a bare generic word says nothing the amount does not
    return [*whom, *what]


def _said_of_subject(tokens, first, last, lang) -> list[str]:
    """The noun phrase before a count whose noun (or unit) is in the genitive before a copula
    (``शिविरों की कुल क्षमता 38,500 लोगों की है``): the count is what that phrase amounts to."""
    noun = _next(tokens, last)  # the counted noun, or a unit
    unit = lexicon(lang.code).units.match(tokens, noun) if noun is not None else None
    genitive = _next(tokens, unit[1] if unit else noun) if noun is not None else None
    copula = _next(tokens, genitive) if genitive is not None else None
    if copula is None or tokens[genitive].text not in lang["genitives"] or tokens[copula].text not in lang["copulas"]:
        return []
    named = phrase_before(tokens, first, lang)
    return named if named and named[-1] not in (lang["target_words"] or []) else []  # a target: whose (labeltargets)


def _without_aside(tokens, last, lang):
    """``tokens`` without an aside in parentheses holding a number right after the figure or its
    unit (``865 टन (92 प्रतिशत) कचरा``), or between commas before a genitive: the words after it say what the
    figure counts."""
    k = _next(tokens, last)
    unit = lexicon(lang.code).units.match(tokens, k) if k is not None else None
    opening = _next(tokens, unit[1]) if unit else k
    if opening is not None and tokens[opening].text == ",":  # "०.५ प्रतिशत, अधिकतम १० प्रतिशत, की शास्ति": between commas
        close = next((j for j in range(opening, min(len(tokens), opening + _ASIDE_TOKENS)) if tokens[j].text == ","
                      and (n := _next(tokens, j)) is not None and tokens[n].text in lang["genitives"]), None)
        return tokens[:opening] + tokens[close + 1:] if close is not None else tokens
    if opening is None or tokens[opening].text != "(":
        return tokens
    close = next((j for j in range(opening + 1, min(len(tokens), opening + _ASIDE_TOKENS)) if tokens[j].text == ")"), None)
    if close is None or not any(t.kind == "num" for t in tokens[opening:close]):
        return tokens
    return tokens[:opening] + tokens[close + 1:]


_ASIDE_TOKENS = 12


def _whose_rate(tokens, first, lang) -> list[str]:
    """``९२,४०० क्विंटल चीनी का स्टॉक है, जिसका ₹३,८५० प्रति क्विंटल …``: a rate right after a relative pronoun in
    the genitive is the rate of what the pronoun stands for."""
    k = _prev(tokens, first)
    return antecedent_on(tokens, first, lang) if k is not None and tokens[k].text in (lang["genitive_relatives"] or {}) else []


def _after_whose(tokens, first, lang) -> bool:
    """Whether the noun before the number follows a relative pronoun in the genitive (``जिनकी लागत``)."""
    k = _prev(tokens, first)
    while k is not None and tokens[k].text in lang["label_skip"]:
        k = _prev(tokens, k)
    r = _prev(tokens, k) if k is not None else None  # not "जिनके विरुद्ध ₹४,०३५ करोड़": against which
    return r is not None and tokens[r].text in (lang["genitive_relatives"] or {}) \
        and tokens[k].text not in lang["compound_postpositions"]


def _where_said(tokens, last, lang) -> list[str]:
    """``38 में पानी की आपूर्ति ठप है, 19 में सीवर लाइन चोक है और 14 पर ताले लटके मिले``: a bare count followed by
    a locative (``में``, ``पर``) and a clause is told apart by what the clause says (``सीवर लाइन चोक``)."""
    said = clause_object(tokens, last, lang)
    return said[1:] if said and said[0] in lang["locatives"] else []


def _cause_before(tokens, first, lang) -> list[str]:
    """``आकाशीय बिजली से इस मानसून 37 लोगों की मौत``: what befell people came of the phrase that a locative ends
    right before their number, past a time (``time_between``) and a qualifier."""
    k = _prev(tokens, first)
    while k is not None and tokens[k].text in lang["label_skip"]:
        k = _prev(tokens, k)
    if k is not None and (q := before_adverb_phrase(tokens, k, lang, "time_between")) != k:
        k = q
    if k is None or tokens[k].text not in lang["locatives"]:
        return []
    cause = tidy_label(" ".join(phrase_before(tokens, k, lang)[-2:]), lang).split()
    return [*cause, tokens[k].text] if cause else []


def _rest_spent(tokens, last, lang) -> str:
    """The noun phrase right after an amount, when a postposition ends it (``… औजार, कार्यस्थल सुविधा एवं सामग्री
    पर व्यय``): what a remainder is spent on or comes from."""
    k: int | None = skip_qualifier(tokens, last, lang)
    said = phrase_after(tokens, k, lang)
    for _ in said:  # the token right after the phrase, as written
        k = _next(tokens, k) if k is not None else None
    n = _next(tokens, k) if k is not None else None
    words = tidy_label(" ".join(said), lang)
    return words if words and n is not None and tokens[n].text in lang["locatives"] else ""


def _often_paid(tokens, last, before: list[str], kind: str, lang) -> list[str]:
    """``सालाना करीब 39.79 लाख रुपये खर्च होंगे`` → ``सालाना खर्च``, ``प्रतिदिन 10,000 रुपये जुर्माना`` → ``प्रतिदिन
    जुर्माना``: an amount the words before name only by how often or per what is named too by the price, cost or
    fine right after it (``price_words``, ``amount_predicates``, ``paid_nouns``)."""
    often, per = set(lang["frequency_words"] or []), set(lang["per_words"])
    bare = bool(before) and (set(before) <= often or len(before) == 2 and before[0] in per)
    k = _next(tokens, last)
    while k is not None and tokens[k].text in often:
        k = _next(tokens, k)  # "11,500 रुपये मासिक वेतन"
    paid = {*(lang["price_words"] or []), *(lang["amount_predicates"] or []), *(lang["paid_nouns"] or [])}
    if ends_conjunctive(before, lang) and before[-1] not in (lang["change_directions"] or {}):
        return []  # "1,846 चालान काटकर 9.42 लाख रुपये जुर्माना": another clause, not what the amount is (but "निर्यात
        # घटकर 17 लाख": its new value)
    return [*before, tokens[k].text] if kind == "money" and bare and k is not None and tokens[k].text in paid else before


def _at_rate(tokens, first, lang) -> bool:
    """``37,500 रुपये प्रति पशु की दर से 8.63 लाख रुपये``: an amount right after the words that say at what rate it
    was paid (``rate_means``, past a total's word) is what that came to, not the rate the words before name."""
    p = _prev(tokens, first)
    k = p if p is not None and tokens[p].text in (lang["total_words"] or {}) else first  # "… की दर से कुल ४८ लाख रुपये"
    return phrase_ending_before(tokens, k, lang["rate_means"] or [])[1] is not None


def _how_often_after(tokens, last, lang) -> list[str]:
    """``विक्रेताओं से 300 रुपये मासिक शुल्क लिया जाएगा`` → ``मासिक शुल्क``: an amount a word of how often
    follows is named by that word and the noun after it, not by whom it is paid by."""
    k = _next(tokens, last)
    if k is None or tokens[k].text not in (lang["frequency_words"] or []):
        return []
    states = {*lang["conjunct_nouns"], *(lang["state_words"] or [])}
    often = [w for w in _measured(tokens, last, lang) if w not in states]  # "मासिक सहायता जारी": not its state
    return often if len(often) > 1 and often[0] == tokens[k].text else []  # not "9,000 रुपये सालाना": how often alone


def _measured(tokens, last, lang) -> list[str]:
    """The noun phrase right after a unit (``860 लीटर कच्ची शराब जब्त की गई`` → ``जब्त कच्ची शराब``: the
    state its clause puts it in first), not a verb, a state or a rate (``4.2 लाख हेक्टेयर प्रभावित``)."""
    k = _next(tokens, last)
    if k is not None and tokens[k].text in (lang["comparatives"] or {}) and (more := _measured(tokens, k, lang)):
        return [tokens[k].text, *more]  # "4.55 लाख क्विंटल ज्यादा धान खरीदा गया": how much more of what
    if k is not None and tokens[k].text in (lang["frequency_words"] or []) and (often := _measured(tokens, k, lang)):
        return [tokens[k].text, *often]  # "24,300 लीटर प्रतिदिन संकलन": how much of what, a day
    states = {*lang["conjunct_nouns"], *(lang["state_words"] or [])}
    if k is None or tokens[k].kind != "word" or tokens[k].text in states or tokens[k].text in lang["clause_verbs"] \
            or tokens[k].text in (lang["change_verbs"] or []) \
            or tokens[k].text.startswith(tuple(lang["per_words"])) or ends_clause(tokens, k, set(), lang):
        return []  # not "3 लाख लीटर प्रतिदिन": how often
    n = _next(tokens, k)
    if n is not None and tokens[n].text in lang["verb_auxiliaries"]:
        return []  # not "45 डिग्री सेल्सियस माना जाएगा": a verb
    if dimension := (lang["dimension_words"] or {}).get(tokens[k].text):
        whose = _sized(tokens, k, lang)  # none: "पुल 640 मीटर लंबा है", said of the noun before
        return fill(lang["dimension_label"], lang, whose=" ".join(whose), what=dimension).split() if whose else []
    words = tidy_label(" ".join(phrase_after(tokens, last, lang)), lang).split()
    state = [w for w in words[-1:] if w in states]  # "… कच्ची शराब जब्त की गई" → "जब्त कच्ची शराब"
    return [*state, *words[:len(words) - len(state)]]


def _sized(tokens, k, lang) -> list[str]:
    """``640 मीटर लंबे उच्चस्तरीय पुल में देरी``: the noun a size word at ``k`` describes, up to its first genitive,
    verb or state (``18.6 किलोमीटर लंबी पेयजल पाइपलाइन बिछाने का काम`` → ``पेयजल पाइपलाइन``)."""
    ends = {*lang["genitives"], *lang["conjunct_nouns"], *(lang["state_words"] or []), *lang["clause_verbs"]}
    k = _next_dimension(tokens, k, lang)
    words: list[str] = []
    for word in phrase_after(tokens, k, lang):
        if word in ends or word.endswith(tuple(lang["infinitive_endings"])) and len(word) > 3:
            break
        words.append(word)
    return tidy_label(" ".join(words), lang).split()


def _next_dimension(tokens, k, lang) -> int:
    """The last of the size words joined to the one at ``k`` (``२५० मीटर लंबा व ३ मीटर चौड़ा सीसी मार्ग``):
    the noun they describe follows it."""
    dimensions = lang["dimension_words"] or {}
    while (j := _next(tokens, k)) is not None and tokens[j].text in lang["list_joiners"]:
        n = _next(tokens, j)
        while n is not None and n - j <= _DIMENSION_REACH and tokens[n].text not in dimensions \
                and (tokens[n].kind == "num" or lexicon(lang.code).unit(tokens, n)):
            n = _next(tokens, n)
        if n is None or tokens[n].text not in dimensions:
            return k
        k = n
    return k


_DIMENSION_REACH = 8  # tokens from a joining word to the next size word: a number and its unit


def _noun_after(tokens, last, lang) -> list[str]:
    """``64.87 प्रतिशत मतदान हुआ``, ``27 प्रतिशत पद … आरक्षित रहेंगे``: the noun right after a percentage is
    what it is a share of."""
    k = _next(tokens, last)
    verbs = {*lang["label_stops"], *lang["genitives"], *lang["clause_verbs"], *lang["conjunct_nouns"],
             *(lang["state_words"] or []), *lang["verb_auxiliaries"], *lang["copulas"], *(lang["change_verbs"] or [])}
    if k is None or tokens[k].kind != "word" or tokens[k].text in verbs or ends_clause(tokens, k, set(), lang):
        return []  # not "1.48% रह गई", "14 प्रतिशत बढ़ा", "112 प्रतिशत दर्ज की गई": a verb
    n = _next(tokens, k)
    if n is not None and tokens[n].text == ",":
        return []  # not "70 प्रतिशत पेयजल, स्वास्थ्य, शिक्षा … पर": the first of a list of what it goes to
    words = tidy_label(" ".join(phrase_after(tokens, last, lang)), lang).split()
    while words and words[-1] in verbs:
        words.pop()  # "72% काम पूरा हो गया": the work, not its state
    return words


def _distributive(tokens, first, lang) -> list[str]:
    """``हर मतदान केंद्र पर औसतन 884 मतदाता``: how many for each of a place or unit, said before it."""
    k = _prev(tokens, first)
    while k is not None and tokens[k].text in lang["label_skip"]:
        k = _prev(tokens, k)  # "औसतन", "लगभग"
    if k is None or tokens[k].text not in (lang["distributive_links"] or []):
        return []
    words = phrase_before(tokens, k, lang)[-4:]
    each = [i for i, w in enumerate(words) if w in (lang["distributive"] or [])]
    return [*words[each[-1]:], tokens[k].text] if each else []


def _which_before(tokens, first, lang) -> list[str]:
    """``लंबित 618 आवेदनों``, ``पंजीकृत 12,450 पथ विक्रेताओं``, ``अनुपस्थित पाए गए दो अधिकारियों``: a
    participle right before the number, or the word a passive participle says, tells which are counted."""
    p = _prev(tokens, first)
    endings = tuple(lang["qualifier_endings"] or ())
    word = tokens[p].text if p is not None and tokens[p].kind == "word" else ""
    if p is not None and word in (lang["participle_auxiliaries"] or ()):  # "अनुपस्थित पाए गए दो … अधिकारियों"
        v = _prev(tokens, p)  # "खाली पड़े 27 पद": the word the auxiliary's verb or adjective is
        o = _prev(tokens, v) if v is not None else None
        if o is not None and tokens[o].text in (lang["objects"] or ()):
            return []  # "माँग को देखते हुए १०० सीटर छात्रावास": a verb with its object says why, not which
        q = _prev(tokens, v) if v is not None and tokens[v].text in lang["clause_verbs"] else v
        word = tokens[q].text if q is not None and tokens[q].kind == "word" else ""
        return [word] if word and word not in lang["label_stops"] and word not in lang["genitives"] else []
    return [word] if endings and word.endswith(endings) and len(word) > 3 else []
