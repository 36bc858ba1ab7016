"""The noun phrase right after a number in a language that puts the counted noun after it (Hindi):
``73 पार्टी संगठन हैं`` → ``पार्टी संगठन``, a state said after it put first (``नए वितरण ट्रांसफार्मर
स्थापित`` → ``स्थापित नए वितरण ट्रांसफार्मर``), coordinated nouns kept; what a genitive after it is done to
(``action_after``), and a genitive's object (``45 लाख डोंग की सहायता``: ``genitive_object``). Used by
``labelsafter``, ``labelparts``, ``labelrates``, ``labels``, ``datelabels``, ``durationlabels`` and ``yearlabels``.
"""

from __future__ import annotations

from generator.labelphrase import conjunctive, oblique
from generator.labelwords import tidy_label
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev

_MAX_WORDS = 6


def _listed_places(tokens, k, lang) -> bool:
    """``…, 2,936 प्राथमिक स्वास्थ्य केंद्रों में और 1,619 …``: the locative at ``k`` closes one of a list of
    places (a comma or a joiner after it), the whole phrase the place, what is counted left out."""
    n = _next(tokens, k)
    return n is not None and (tokens[n].text == "," or tokens[n].text in (lang["list_joiners"] or []))


def phrase_after(tokens, last, lang, through_genitives: bool = False, counted: bool = True) -> list[str]:
    """The noun phrase after the number (``73 पार्टी संगठन हैं`` → ``पार्टी संगठन``); an
    achieved/target ratio keeps its genitive (``3/3 पार्टी संगठनों की स्थापना``). Not ``counted``: the phrase as
    a whole, not what the number counts (``60 बिस्तरों वाला छात्रावास``, what an amount builds)."""
    words: list[str] = []
    k, measured = _next(tokens, last), tokens[last].text in lang["percent_words"]
    stops, genitives, skip = {*lang["label_stops"], *(lang["came_verbs"] or [])}, set(lang["genitives"]), set(lang["label_skip"])
    while k is not None and len(words) < _MAX_WORDS:
        tok = tokens[k]
        if tok.kind != "word" or tok.text in lang["scales"] or tok.text in lang["percent_words"]:
            if len(words) > 1 and oblique(words[-2]) and tok.text == "," and _names_listed(tokens, k, lang):
                words.pop()  # "4 तहसीलों महसी, कैसरगंज … और मोतीपुर": the first of the names listed after a plural
            if words or tok.kind != "word":
                break
            measured = measured or tok.text in lang["percent_words"]
            k = _next(tokens, k)
            continue
        if not words and tok.text in skip:  # "को होने वाले नियमित सत्र", "को आयोजित विषयगत सत्र"
            k = _next(tokens, k)
            continue
        if tok.text in genitives:
            if words and oblique(words[-1]) and not through_genitives and (act := action_after(tokens, k, lang)):
                words += [tok.text, *act]  # "53.2 लाख बच्चों का पूर्ण टीकाकरण": what was done to them
                break
            if not words or oblique(words[-1]) and not through_genitives:
                break
            nxt = _next(tokens, k)
            if nxt is None or tokens[nxt].kind != "word" or tokens[nxt].text in stops and not through_genitives:
                break
            if tokens[nxt].text in (lang["date_nouns"] or []) and not through_genitives:
                break  # "5 प्रतिशत छूट की अवधि … बढ़ाकर": the discount, whose period the clause is about
            if tokens[nxt].text in lang["compound_postpositions"] and not set(words) <= set(lang["duration_words"]):
                break  # "17वीं किस्त के रूप में": the label ends before the postposition
        elif words and tok.text in (lang["state_adverbs"] or []):
            state = state_after(tokens, _prev(tokens, k), lang)  # "3,260 चालान अब भी लंबित हैं": what is said of
            words = [state, *words] if state else words  # them, before them ("लंबित चालान")
            break
        elif words and tok.text in (lang["participles"] or []) and not measured and _quality_of(tokens, k, stops | genitives):
            if oblique(words[-1]) and counted:  # "200 सीटों वाले नवीन छात्रावास": the seats counted, of the hostel
                whose = phrase_after(tokens, k, lang)
                whose = whose[:next((i for i, w in enumerate(whose) if w in genitives), len(whose))]
                words = [*whose, *words] if len(words) == 1 else words
                break
            # "37 जलजमाव वाले स्थानों पर": a quality, then the noun counted
        elif words and (lang["manner_links"] or {}).get(words[-1]) == tok.text:
            pass  # "212 गंभीर रूप से एनीमिक महिलाओं": an adverb of manner inside the phrase
        elif tok.text in stops and not (through_genitives and words and words[-1] in genitives):
            words += _coordinated(tokens, k, lang) if words else []  # "186 अस्पताल एवं नर्सिंग होम, 142 …"
            at = next((i for i, w in enumerate(words) if i and w in lang["time_frame_before"]), None)
            words = words[:at] if at is not None and not _coordinated(tokens, k, lang) else words
            break  # "दो प्रस्ताव अगली बैठक तक": not the time
        elif words and tok.text in (lang["distributive"] or []):
            break  # "14 प्रोजेक्ट हर हाल में": another phrase
        elif words and tok.text in lang["duration_words"] and _since(tokens, k, lang) \
                and (oblique(tok.text) or words[-1] in lang["numbers"]):
            words = words[:-1] if words[-1] in lang["numbers"] else words
            break  # "235 कैमरे महीनों से बंद हैं", "काम दो साल से": for how long, not what is counted (not "मानव दिवस")
        elif words and tok.text.endswith(tuple(lang["verb_endings"] or ())):
            break  # "300 लोग भाग लेंगे": a finite verb ends the phrase
        elif words and tok.text in (lang["frequency_words"] or []) and (n := _next(tokens, k)) is not None \
                and tokens[n].kind == "num":
            break  # "146 टैंकर रोज 620 फेरे": how often the next number is, not this one
        elif words and conjunctive(tok.text, lang):
            break  # "1,846 चालान काटकर 9.42 लाख रुपये …": a conjunctive participle ends it too
        elif words and _habitual(tokens, k, lang):
            if len(words) > 1 and not _noun_at_end(words, lang) and words[-2] not in genitives:
                words.pop()  # "9.2 लाख यात्री सफर करते हैं": the verb and its nominal half, what they do every day
                # (not "दूध का संकलन": after a genitive, a noun)
            break
        words.append(tok.text)
        k = _next(tokens, k)
    while words and words[-1] in genitives:
        words.pop()
    if len(words) == 2 and oblique(words[1]) and k is not None and tokens[k].text in genitives \
            and _ends_with_copula(tokens, k, lang):
        return [words[1], tokens[k].text, words[0]]  # "800 पद शिक्षकों के हैं" → "शिक्षकों के पद": whose they are
    if k is not None and tokens[k].text in lang["verb_auxiliaries"] and len(words) > 1 and words[-2] not in genitives \
            and not _object_noun(tokens, last, words[-1], lang) and not words[-1].endswith(tuple(lang["plural_endings"] or ())):
        words.pop()  # "राशि भेजी गई", "निवेश आकर्षित होने": the word before the auxiliary is the verb's (not
        # "गन्ने की पेराई हुई", "का शुद्ध लाभ हुआ": after a genitive, a noun; "400 इलेक्ट्रिक बसें होंगी": a plural, a noun)
    elif k is not None and tokens[k].text in (lang["passive_auxiliaries"] or []) and words[-1:] \
            and words[-1] not in lang["conjunct_nouns"]:
        words.pop()  # "96.40 लाख रुपये वसूले गए": a participle, not what is counted
    elif 1 < len(words) <= _SAID_OF_WORDS and not set(words) & genitives and _said_of(words[-1], tokens, k, lang):
        said = words.pop()  # "2.4 लाख किसान लाभान्वित होंगे" → "लाभान्वित किसान": which ones
        while words and words[0] in (lang["label_edge_drop"] or []):
            words.pop(0)  # "1,84,200 ऐसे बच्चे चिन्हित किए गए" → "चिन्हित बच्चे"
        words.insert(0, said)
    if k is not None and tokens[k].text in lang["locatives"] and len(words) >= 3 and oblique(words[-1]) \
            and not _listed_places(tokens, k, lang) and words[-2] not in (lang["participles"] or []):
        # "1,549 पार्टी सदस्य सरकारी उद्यमों में": the oblique tail is a place, not the counted noun.
        words.pop()
        if len(words) >= 2 and words[-1].endswith(tuple(lang["adjective_endings"])):
            words.pop()
    return words


def _object_noun(tokens, last, word: str, lang) -> bool:
    """Whether ``word``, the last of a phrase that a genitive opens, is a noun (``का शुद्ध लाभ हुआ``), not a verb's
    infinitive, habitual or predicate (``का घाटा उठाना पड़ा``, ``प्रस्तुत करते हुए``, ``तय``, ``आकर्षित``)."""
    verbal = {*lang["conjunct_nouns"], *(lang["state_words"] or []), *(lang["light_habituals"] or []),
              *(lang["infinitives"] or [])}
    infinitive = word.endswith(tuple(lang["infinitive_endings"] or ()))
    predicate = word.endswith(tuple(lang["qualifier_endings"] or ()))  # "के निवेश आकर्षित होने"
    return tokens[last].text in lang["genitives"] and word not in verbal and not infinitive and not predicate


def _quality_of(tokens, k, stops: set[str]) -> bool:
    """Whether the participle at ``k`` (``वाले``) ties the words before it to a noun right after it."""
    nxt = _next(tokens, k)
    return nxt is not None and tokens[nxt].kind == "word" and tokens[nxt].text not in stops


def _noun_at_end(words: list[str], lang) -> bool:
    """Whether the last of ``words`` is a noun before a habitual light verb, not the verb's nominal half: a head
    (``generic_heads``: ``बिजली खर्च होता है``) or a noun after a participle (``qualifier_endings``: ``40 से 45
    प्रशिक्षित जवान होते हैं``)."""
    return words[-1] in (lang["generic_heads"] or []) or words[-2].endswith(tuple(lang["qualifier_endings"] or ()))


_SAID_OF_WORDS = 4  # "नए वितरण ट्रांसफार्मर स्थापित" → "स्थापित नए वितरण ट्रांसफार्मर"; not a longer name


def _since(tokens, k, lang) -> bool:
    """Whether the word after ``k`` makes a length of time before it how long something has been so (``since_links``)."""
    n = _next(tokens, k)
    return n is not None and tokens[n].text in (lang["since_links"] or [])


def state_after(tokens, noun, lang) -> str:
    """The state a counted noun is said to be in past a few adverbs (``state_adverbs``: ``ही पूरी तरह``, ``अब भी``)
    and before a copula or a verb of finding (``found_verbs``): ``चालू`` of ``241 शौचालय ही पूरी तरह चालू मिले``."""
    k = _next(tokens, noun)
    adverbs = {w for a in lang["state_adverbs"] or [] for w in a.split()}
    if tokens[noun].text in adverbs or tokens[noun].text in lang["label_skip"]:
        return ""  # "344 अब भी लंबित हैं": no noun after the number
    while k is not None and tokens[k].text in adverbs:
        k = _next(tokens, k)
    n = _next(tokens, k) if k is not None else None
    if k is None or n is None or k == _next(tokens, noun) or tokens[k].text not in (lang["state_words"] or []):
        return ""  # right after the noun, the phrase rules read it ("42 बच्चे पंजीकृत हैं")
    return tokens[k].text if tokens[n].text in {*(lang["copulas"] or []), *(lang["found_verbs"] or [])} else ""


def _habitual(tokens, k, lang) -> bool:
    """Whether the word at ``k`` is the habitual participle of a light verb (``light_habituals``: ``करते``)
    before a copula, or its stem before a mark of the progressive (``कर रही``)."""
    n = _next(tokens, k)
    if n is not None and tokens[k].text in (lang["light_stems"] or []) and tokens[n].text in (lang["progressive_marks"] or []):
        return True  # "126 महिला दुग्ध समितियां काम कर रही हैं": what they are doing, not what they are
    return tokens[k].text in (lang["light_habituals"] or []) and n is not None and tokens[n].text in (lang["copulas"] or [])


def _ends_with_copula(tokens, k, lang) -> bool:
    """Whether the genitive at ``k`` is the clause's predicate: a copula, a joiner or the end follows it."""
    n = _next(tokens, k)
    return n is None or tokens[n].kind == "punct" or tokens[n].text in (lang["copulas"] or []) \
        or tokens[n].text in (lang["list_joiners"] or [])


def _names_listed(tokens, k, lang) -> bool:
    """Whether the comma at ``k`` goes on with a list of names: words only, up to another comma or a joiner."""
    j, words = _next(tokens, k), 0
    while j is not None and tokens[j].kind == "word" and tokens[j].text not in lang["label_stops"] \
            and words < _NAME_WORDS:
        j, words = _next(tokens, j), words + 1
    return bool(words) and j is not None and (tokens[j].text == "," or tokens[j].text in (lang["list_joiners"] or []))


_NAME_WORDS = 3


def _coordinated(tokens, k, lang) -> list[str]:
    """``एवं नर्सिंग होम,``: a noun joined to the one before by the joiner (or ``alternatives``) at ``k``, with it, when
    the item ends after it (punctuation or a clause word; not another number)."""
    if tokens[k].text not in {*(lang["list_joiners"] or []), *(lang["alternatives"] or [])}:
        return []  # "200 झूठी या गलत सूचनाएं": either of two, named together
    words, j = [tokens[k].text], _next(tokens, k)
    while j is not None and tokens[j].kind == "word" and tokens[j].text not in lang["label_stops"] and len(words) <= 3:
        if tokens[j].text in lang["numbers"] or tokens[j].text in (lang["total_words"] or {}):
            return []  # "चारों विधायक और सातों विकासखंडों", "… तथा शेष ₹१.२० करोड़": another number's noun
        g = _next(tokens, j)
        if tokens[j].text.endswith(tuple(lang["infinitive_endings"] or ())) and g is not None \
                and tokens[g].text in lang["genitives"]:
            return []  # "8-10 तूफान और उष्णकटिबंधीय अवदाब बनने की संभावना": a clause, not a list item
        words.append(tokens[j].text)
        j = g
    ends = j is None or tokens[j].kind == "punct" or tokens[j].text in lang["label_stops"]  # not "42 सड़कों और 7 पुलों"
    if _said_of(words[-1], tokens, j, lang):
        words.pop()  # "… कॉम्प्लेक्स सम्मिलित हैं"
    return words if len(words) > 1 and ends else []


def _said_of(word: str, tokens, k, lang) -> bool:
    """``42 बच्चे पंजीकृत हैं``, ``312 गड्ढे चिह्नित किए गए``: a participle before the copula or the verb of
    doing at ``k`` is what is said of the counted noun (which ones, in front of it), not a noun of the phrase."""
    verbs = {*(lang["copulas"] or []), *(lang["doer_verbs"] or {})}  # "42 बच्चे पंजीकृत हैं", "3,216 बच्चे चिह्नित किए गए"
    return k is not None and tokens[k].text in verbs and word.endswith(tuple(lang["qualifier_endings"] or ()))


def action_after(tokens, k, lang) -> list[str]:
    """The action noun, with one word before it, right after the genitive at ``k``
    (``का पूर्ण टीकाकरण``, ``का निर्माण``), or nothing."""
    nouns, endings = set(lang["action_nouns"] or []), tuple(lang["action_endings"] or ())
    words: list[str] = []
    j = _next(tokens, k)
    while j is not None and tokens[j].kind == "word" and len(words) < _ACTION_SCAN:
        words.append(tokens[j].text)
        if len(words) <= 2 and (words[-1] in nouns or words[-1].endswith(endings)):
            n = _next(tokens, j)  # "16 विद्यार्थियों की नामांकन वृद्धि हुई": the change in it, a head of its own
            return [*words, tokens[n].text] if n is not None and tokens[n].text in (lang["generic_heads"] or []) else words
        n = _next(tokens, j)
        if n is not None and tokens[n].text in (lang["action_states"] or []) and words[-1] not in lang["label_stops"]:
            return words[-1:]  # "3,708 आवासों की सभी चरणों की जियो-टैगिंग पूरी है": what is done
        j = n
    return []


_ACTION_SCAN = 4  # words after a genitive within which an action and the state it is in are looked for


def genitive_object(tokens, last, lang, width: int = 1) -> list[str]:
    """``45 लाख डोंग की सहायता``: what the money is."""
    k = _next(tokens, last)
    while k is not None and tokens[k].text in lang["genitive_gap"]:
        k = _next(tokens, k)  # "2 लाख रुपये तक के ऋण"
    head = _next(tokens, k) if k is not None and tokens[k].text in lang["genitives"] else None
    if head is not None and not _postposition(tokens[k].text, tokens[head].text, lang):
        return tidy_label(" ".join(phrase_after(tokens, k, lang)[:width]), lang).split()
    return []


def _postposition(genitive: str, word: str, lang) -> bool:
    """``के अतिरिक्त`` (besides) is a postposition, ``की अतिरिक्त आय`` (additional income) is not:
    some words are one after one genitive only (``compound_genitive``)."""
    only = (lang["compound_genitive"] or {}).get(word)
    return word in lang["compound_postpositions"] and (only is None or only == genitive)
