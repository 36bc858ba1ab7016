"""What a clause says of a counted noun (Hindi): the state it puts it in or what befell it
(``356 लोग घायल हुए`` → ``घायल लोग``), the phrase before its verb (``2.3 करोड़ किसानों को सीधा लाभ
मिलेगा`` → ``को सीधा लाभ``), and where a clause ends. Used by ``labelsafter`` and ``datelabels``."""

from __future__ import annotations

from generator.labelphrase import oblique, phrase_before
from generator.labelwords import fill, tidy_label
from generator.lexicon import lexicon
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev
from generator.numeralscan import next_text


def what_befell(tokens, head, lang) -> list[str]:
    """``187 लोगों की मौत हुई`` → ``लोगों की मौत``, ``356 लोग घायल हुए`` → ``घायल लोग``: a count of
    people is told apart by the one word its clause says of them before the verb; of other things,
    by a state it puts them in (``2.4 लाख किसान लाभान्वित होंगे`` → ``लाभान्वित किसान``)."""
    verbs = set(lang["clause_verbs"])
    k = _next(tokens, head)
    if (participle := _participle(tokens, k, lang)) is not None:
        return [tokens[participle].text, tokens[head].text]  # "6,200 पद भरे जाएंगे" → "भरे पद"
    if (came := _came(tokens, k, lang)) is not None:
        return [tokens[came].text, tokens[head].text]  # "13.9 लाख अभ्यर्थी ही बैठे" → "बैठे अभ्यर्थी"
    if tokens[head].text not in (lang["person_nouns"] or []):  # other things: by the state a clause puts them in
        states = {*lang["conjunct_nouns"], *(lang["state_words"] or [])}
        v = _next(tokens, k) if k is not None and tokens[k].text in states else None
        if k is None or v is None or not ends_clause(tokens, v, verbs, lang):
            return []
        return [tokens[k].text, tokens[head].text]
    genitive = k is not None and tokens[k].text in lang["genitives"]
    w = _next(tokens, k) if genitive and k is not None else k
    v = _next(tokens, w) if w is not None else None
    chain = [tokens[head].text, tokens[k].text] if genitive and k is not None else []
    while genitive and w is not None and v is not None and len(chain) < _CHAIN_WORDS and tokens[w].kind == "word" \
            and tokens[v].text in lang["genitives"] and not _verb_at(tokens, v, verbs, lang):
        chain += [tokens[w].text, tokens[v].text]  # "तीन लोगों की मौत की पुष्टि हुई": of whom, what, up to the verb
        w = _next(tokens, v)
        v = _next(tokens, w) if w is not None else None
    if w is None or v is None or tokens[w].kind != "word" or tokens[w].text in lang["label_stops"] \
            or not _verb_at(tokens, v, verbs, lang):
        return []
    if genitive:
        return [*chain, tokens[w].text]
    return [tokens[w].text, tokens[head].text]


_CHAIN_WORDS = 4  # a count's noun and one more genitive link ("लोगों की आंखों की जांच")


def _verb_at(tokens, j, verbs: set[str], lang) -> bool:
    """A clause's verb at ``j``, the genitive's form "did" before a passive's auxiliary among them
    (``जांच की गई``)."""
    n = _next(tokens, j)
    return ends_clause(tokens, j, verbs, lang) or tokens[j].text in lang["genitives"] and n is not None \
        and tokens[n].text in (lang["passive_auxiliaries"] or [])


def _participle(tokens, k, lang) -> int | None:
    """``k`` when it is the participle of a passive or perfect verb right after a counted noun (``पद भरे
    जाएंगे``, ``किसान धान बेच चुके``: an auxiliary follows it), else None."""
    n = _next(tokens, k) if k is not None else None
    content = n is not None and tokens[k].text in (lang["content_participles"] or [])  # "4,050 पशु रखे गए": kept
    if n is None or tokens[k].kind != "word" or not content and (tokens[k].text in lang["label_stops"]
                                                                or tokens[k].text in lang["genitives"]
                                                                or tokens[k].text in lang["clause_verbs"]):
        return None
    return k if tokens[n].text in (lang["passive_auxiliaries"] or []) else None


def _came(tokens, k, lang) -> int | None:
    """Where the perfective of a verb of arriving or taking part is (``came_verbs``), right after a counted
    noun or its ``ही``, when the clause ends with it or its auxiliary: those counted are those that came."""
    while k is not None and tokens[k].text in lang["label_skip"]:
        k = _next(tokens, k)
    if k is None or tokens[k].text not in (lang["came_verbs"] or []):
        return None
    n = _next(tokens, k)
    ends = n is None or tokens[n].kind == "punct" or tokens[n].text in lang["clause_verbs"] \
        or tokens[n].text in lang["list_joiners"]
    return k if ends else None


def clause_object(tokens, head, lang) -> list[str]:
    """``2.3 करोड़ किसानों को सीधा लाभ मिलेगा`` → ``को सीधा लाभ``: a bare counted noun is told apart
    by what its clause says of it, the case word after it and the phrase before the verb
    (``परिवारों को … की दर से आनुग्रहिक राहत दी गई``, ``अभ्यर्थियों को इंटरव्यू के लिए बुलाया``)."""
    k = _next(tokens, head) if head is not None else None
    if k is None or tokens[k].text not in {*(lang["clause_links"] or []), *lang["genitives"]} \
            or tokens[head].text in lang["duration_words"]:
        return []  # not "5 वर्षों में सबसे ऊँची दर": a time is not told apart by its clause
    if [tokens[k].text, next_text(tokens, k)] == (lang["partitive_before"] or []):
        return []  # "2,400 शिकायतों में से 2,150 का निराकरण": the whole a part is taken from
    if tokens[k].text in lang["genitives"]:  # "61 बच्चों का …", not "महिला विक्रेता का …": what the counted have
        return _owned_state(tokens, k, lang) if oblique(tokens[head].text) else []
    clause = _clause(tokens, k, lang)
    if clause and _counts_between(tokens, k, clause[1], lang):
        return []  # "छह जोनों में 1,460 सेंट्रलाइज्ड कंट्रोल पैनल लगाए गए": the phrase is the other number's noun
    words = list(clause[0]) if clause else []
    while words and (words[0] in lang["genitives"] or words[0] in lang["label_stops"]):
        words.pop(0)
    while words and words[-1] in lang["genitives"]:
        words.pop()
    return [tokens[k].text, *words] if words else []


def _counts_between(tokens, k, verb, lang) -> bool:
    """Whether a number between ``k`` and the verb at ``verb`` counts the words right after it (not an amount of
    money, a scale's or a unit's: ``7,000 रुपये की दर से आनुग्रहिक राहत दी गई``)."""
    lex = lexicon(lang.code)
    for j in range(k + 1, verb):
        counted = tokens[j].kind == "num" or tokens[j].text.split("-")[0] in (lang["numbers"] or {})  # "तीन-तीन"
        n = _next(tokens, j) if counted else None
        if n is not None and n < verb and tokens[n].kind == "word" and tokens[n].text not in lang["scales"] \
                and not lex.currencies.match(tokens, n) and not lex.unit(tokens, n):
            return True
    return False


def _owned_state(tokens, k, lang) -> list[str]:
    """``61 बच्चों का हीमोग्लोबिन सामान्य हो गया`` → ``का हीमोग्लोबिन सामान्य``: what the clause says of
    something the counted have, one or two words right after the genitive at ``k`` and then the verb."""
    verbs = set(lang["clause_verbs"])
    words: list[str] = []
    j = _next(tokens, k)
    while j is not None and tokens[j].kind == "word" and not ends_clause(tokens, j, verbs, lang):
        if tokens[j].text in lang["label_stops"] or tokens[j].text in lang["genitives"] or len(words) == _OWNED_WORDS:
            return []
        words.append(tokens[j].text)
        j = _next(tokens, j)
    return [tokens[k].text, *words] if words and j is not None and tokens[j].kind == "word" else []


_OWNED_WORDS = 2


def _clause(tokens, k, lang, reach: int = 12) -> tuple[list[str], int] | None:
    """The phrase before the verb of the clause that starts after ``k``, and where the verb is; None
    when the sentence ends first or the clause denies."""
    verbs, light, resets = set(lang["clause_verbs"]), set(lang["conjunct_nouns"]), set(lang["clause_resets"])
    lex = lexicon(lang.code)
    segment: list[str] = []
    kept: list[str] = []  # a phrase ended by a postposition of purpose, kept when the verb follows it
    j = _next(tokens, k)
    for _ in range(reach):
        if j is None or tokens[j].kind == "punct" and tokens[j].text != ",":
            return None  # the sentence ends before a verb
        text = tokens[j].text
        if text in lang["negations"]:
            return None  # "मानक न … होने": what the clause denies does not name them
        if ends_clause(tokens, j, verbs, lang):
            return (segment or kept)[-4:], j
        if text in resets:
            kept, segment = segment, []
        elif text in (lang["state_adverbs"] or []):
            pass  # "1,980 मरीजों को मुफ्त चश्मे भी दिए गए": "also" neither names what is given nor ends the phrase
        elif text in (lang["than_links"] or []) and set(segment) - set(lang["percent_words"]) \
                and next_text(tokens, j) in (lang["comparatives"] or {}):
            segment.append(text)  # "वितरण प्रदेश औसत से कम रहा": a comparison is what the clause says of them
        elif tokens[j].kind != "word" or text in lang["scales"] or text in lang["locatives"] or text in lang["objects"] \
                or text in lang["label_skip"] or lex.months.match(tokens, j) or lex.currencies.match(tokens, j):
            kept, segment = [], []  # a number, its money, a date, another participant: the phrase starts again
        elif text not in light:
            segment.append(text)
        j = _next(tokens, j)
    return None


def doers(tokens, k, lang) -> list[str]:
    """``1,250 किसानों ने पंजीकरण कराया`` → ``पंजीकरण कराने वाले``: those counted as the agent (``ने`` at
    ``k``) are told apart by what they did, the phrase before the verb with the verb's infinitive
    (``doer_verbs``: ``किया`` → ``करने``) and a participle."""
    forms = lang["doer_verbs"] or {}
    if k is None or tokens[k].text not in (lang["agent_markers"] or []) or not forms:
        return []
    clause = _clause(tokens, k, lang, _GIFT_REACH)
    if clause is None:
        return _denied(tokens, k, lang)
    if tokens[clause[1]].text not in forms:
        return []
    said = " ".join(tokens[j].text for j in range(k + 1, clause[1]) if tokens[j].kind == "word")
    if any(side in said for side in lang["vote_sides"] or []):
        return []  # "11 ने पक्ष में मत दिया": a vote, labelled by its side
    words = [w for w in clause[0] if w not in (lang["adverbs_between"] or [])]
    while words and (words[0] in lang["genitives"] or words[0] in lang["label_stops"]):
        words.pop(0)
    light = _prev(tokens, clause[1])
    if words and light is not None and tokens[light].text in lang["conjunct_nouns"]:
        words.append(tokens[light].text)  # "राशन प्राप्त किया" → "राशन प्राप्त करने वाले"
    return fill(lang["doer_label"], lang, what=" ".join(words), verb=forms[tokens[clause[1]].text]).split() if words else []


def _denied(tokens, k, lang) -> list[str]:
    """``74 ने हेलमेट नहीं पहना था`` → ``हेलमेट नहीं पहना``: those counted as the agent of a denied deed are told
    apart by the clause as it says it, a few words up to its verb with the negation in them."""
    verbs = set(lang["clause_verbs"])
    words: list[str] = []
    j = _next(tokens, k)
    while j is not None and tokens[j].kind == "word" and len(words) < _DENIED_WORDS:
        words.append(tokens[j].text)
        if words[-1] not in lang["negations"] and len(words) > 1 and words[-2] in lang["negations"]:
            return words  # the verb right after the negation
        if ends_clause(tokens, j, verbs, lang):
            return []
        j = _next(tokens, j)
    return []


_DENIED_WORDS = 4


def received(tokens, first, head, lang) -> list[str]:
    """``1,103 मरीजों को … सहायता का भुगतान किया गया`` → ``सहायता पाने वाले मरीजों``, ``58,930 किसानों के
    खातों में … का भुगतान`` → ``भुगतान पाने वाले किसानों``: those an amount, a good or a service is given to
    (``recipient_links``, ``give_words``) are told apart by what they get, named in the clause, else
    before the number (``… का फसल ऋण 1,18,742 किसानों को दिया``), else an amount (``amount_word``)."""
    n = _next(tokens, head) if head is not None else None  # no noun after the number: nobody named
    found = lexicon(lang.code).recipients.match(tokens, n) if n is not None else None
    k = found[1] if found else None
    clause = _clause(tokens, k, lang, _GIFT_REACH) if k is not None else None
    if clause is None or k is None:
        return []
    gives, states = set(lang["give_words"] or []), set(lang["conjunct_nouns"])
    said = {tokens[j].text for j in range(k, clause[1] + 1)}
    if not gives & said or states & said - gives:
        return []  # "प्रस्तावों को मंजूरी दी": a state they are put in, not a thing they get
    what = _gift(tokens, k, clause, lang) or _named_before(tokens, first, lang)
    if not what:
        money = any(lexicon(lang.code).currencies.match(tokens, j) for j in range(k, clause[1]))
        what = [lang["amount_word"]] if money and lang["amount_word"] else []
    if not what:
        return []
    who, label = tokens[head].text, lang["recipient_label"]
    for plural, direct in (lang["feminine_plurals"] or {}).items():  # "महिलाओं" → "पाने वाली महिलाएं"
        if who.endswith(plural):
            who, label = who[:-len(plural)] + direct, lang["recipient_label_feminine"]
    return fill(label, lang, what=" ".join(what), who=who).split()


_GIFT_REACH = 16  # words from the receivers to the verb: "… के क्लेम का भुगतान सीधे उनके बैंक खातों में किया"


def _gift(tokens, k, clause, lang) -> list[str]:
    """What is given: the phrase before the verb without the giving noun and its genitive (``सहायता का
    भुगतान`` → ``सहायता``), or the giving noun's genitive object anywhere in the clause (``… के क्लेम का
    भुगतान सीधे खातों में किया``)."""
    nouns, genitives = set(lang["give_nouns"] or []), set(lang["genitives"])
    plain = {*(lang["give_words"] or []), *(lang["adverbs_between"] or [])} - nouns
    words = [w for w in clause[0] if w not in plain]  # "… 7.56 करोड़ रुपये सीधे जमा कराए": no gift named
    while words and (words[0] in genitives or words[0] in lang["label_stops"]):
        words.pop(0)
    if len(words) > 2 and words[-1] in nouns and words[-2] in genitives:
        words = words[:-2]
    if words:
        return words
    at = max((j for j in range(k, clause[1]) if tokens[j].text in nouns), default=None)
    if at is None:
        return []
    g = _prev(tokens, at)
    o = _prev(tokens, g) if g is not None and tokens[g].text in genitives else None
    if o is not None and tokens[o].kind == "word" and tokens[o].text not in lang["scales"] \
            and not lexicon(lang.code).currencies.match_before(tokens, o):
        return [tokens[o].text]
    return [tokens[at].text]


def _named_before(tokens, first, lang) -> list[str]:
    """The noun phrase right before the number (``का अल्पावधि फसल ऋण 1,18,742 किसानों को``), if it names a
    thing, not a time."""
    words = tidy_label(" ".join(phrase_before(tokens, first, lang)[-3:]), lang).split()
    return [] if set(words) & set(lang["duration_words"]) else words


def ends_clause(tokens, j, verbs: set[str], lang) -> bool:
    """A verb at ``j``: one of ``verbs``, a future or an infinitive, or a genitive's form that ends a
    clause (``चर्चा की और …``: the verb "did")."""
    text, n = tokens[j].text, _next(tokens, j)
    if tokens[j].kind != "word":
        return False
    if text in verbs or text.endswith(tuple(lang["verb_endings"])):
        return True
    if text.endswith(tuple(lang["infinitive_endings"])) and len(text) > 3:
        return True
    return text in lang["genitives"] and (n is None or tokens[n].kind == "punct" or tokens[n].text in lang["list_joiners"])


def share_predicate(tokens, last, lang) -> list[str]:
    """``इनमें से 41.60 करोड़ रुपये यानी 49 फीसदी राशि स्वास्थ्य और शिक्षा से जुड़े कामों पर खर्च होगी``:
    an amount or a share nothing names is labelled by what its clause says of it, the words after
    it (past the share that restates it and the amount word) up to the verb; a bare verb says what
    befell the amount (``… राशि खर्च हो चुकी है`` → ``खर्च राशि``)."""
    amount, j = lang["amount_word"], _next(tokens, last)
    passing = {*lang["share_markers"], *lang["label_skip"], *lang["percent_words"], amount, ","}
    while j is not None and (tokens[j].text in passing or tokens[j].kind == "num"):
        j = _next(tokens, j)
    words: list[str] = []
    verbs = set(lang["clause_verbs"]) | set(lang["copulas"]) | set(lang["verb_auxiliaries"])
    while j is not None and len(words) < _PREDICATE_WORDS and tokens[j].kind == "word" \
            and not ends_clause(tokens, j, verbs, lang):
        words.append(tokens[j].text)
        j = _next(tokens, j)
    if j is None or tokens[j].kind != "word" or not ends_clause(tokens, j, verbs, lang) \
            or words[:1] and (words[0] in lang["per_words"] or words[0] in lang["scales"]):
        return []  # the sentence ends before its verb; a rate, another amount: not a predicate
    if words[1:] and words[0] in lang["genitives"] and words[1] in lang["compound_postpositions"]:
        return []  # "… 10 हजार रुपये के रूप में दी जाती है": how it is given, not what it is
    if words and tokens[j].text in (lang["passive_auxiliaries"] or []):
        words.pop()  # "96.40 लाख रुपये वसूले गए": the participle, not what it is
    words = words[:_LABEL_WORDS]
    while words and (words[-1] in lang["genitives"] or words[-1] in lang["label_stops"]):
        words.pop()
    if len(words) == 1 and amount:
        words.append(amount)  # "खर्च हो चुकी है" → "खर्च राशि"
    return words


_PREDICATE_WORDS, _LABEL_WORDS = 12, 6
