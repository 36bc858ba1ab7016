"""What an amount is for, given as, or spent on, said before it in a language that puts the counted
noun after the number (Hindi): a purpose (``… के लिए 12.5 करोड़ रुपये``), a role (``मंडी शुल्क के रूप में
96.40 लाख रुपये``), the clause a relative pronoun stands for (``…राहत दी गई थी, जिस पर 190 करोड़ रुपये
खर्च हुए``); whom an amount is paid to or owed by (``accounts_of``, ``owed_on``, ``owed_by``). Used by ``labelsafter``
and ``labels``.
"""

from __future__ import annotations

import re

from generator.labelchunks import chunk_before, phrase_ending_before, qualifier_end, trim
from generator.labelphrase import oblique, owner_before, phrase_before
from generator.labelphraseafter import phrase_after
from generator.labelwords import measure_words, tidy_label
from generator.lexicon import lexicon
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev


def antecedent_on(tokens, first, lang) -> list[str]:
    """``आनुग्रहिक राहत दी गई थी, जिस पर 190 करोड़ रुपये खर्च हुए``: a relative pronoun's "on which"
    stands for the noun phrase before the verb of the clause before it (or that verb's object,
    ``286 कार्यों को मंजूरी दी, जिन पर``); ``14 सड़कों को मंजूरी दी, जिनकी लागत 22 करोड़ रुपये है``: "whose cost"
    is that phrase's (``genitive_relatives``: the genitive it stands for)."""
    k = _prev(tokens, first)
    while k is not None and tokens[k].text in lang["label_skip"]:
        k = _prev(tokens, k)  # "जिस पर करीब 190 करोड़"
    whose = lang["genitive_relatives"] or {}
    bare = k is not None and tokens[k].text in whose  # "चीनी का स्टॉक है, जिसका ₹३,८५० प्रति क्विंटल": whose, no noun
    r = k if bare else _prev(tokens, k) if k is not None and (tokens[k].text in (lang["spent_on_links"] or [])
                                                             or tokens[k].kind == "word") else None
    link = whose.get(tokens[r].text) if r is not None else None
    if r is not None and link is None and tokens[k].text not in (lang["spent_on_links"] or []):
        return []
    c = _prev(tokens, r) if r is not None and (link or tokens[r].text in (lang["relative_pronouns"] or [])) else None
    if c is None or tokens[c].text != ",":
        return []
    verbs = {*lang["clause_verbs"], *lang["conjunct_nouns"], *lang["verb_auxiliaries"], *lang["copulas"]}
    passive = set(lang["passive_auxiliaries"] or [])
    v = _prev(tokens, c)
    while v is not None and tokens[v].kind == "word" and (tokens[v].text in verbs or tokens[v].text in lang["objects"]
                                                          or tokens[_next(tokens, v) or v].text in passive  # "बनाए जाएंगे"
                                                          or tokens[v].text.endswith(tuple(lang["verb_endings"] or ()))
                                                          or tokens[v].text in lang["locatives"] and v != _prev(tokens, c)):
        v = _prev(tokens, v)  # "दी गई थी", "मंजूरी दी", "को", "खुलेंगे", "(पुल) में है"
    if v is None or v == _prev(tokens, c):
        return []  # no verb: not a clause this rule reads
    said = {*(lang["state_words"] or []), *(lang["adverbs_between"] or []), *lang["label_skip"]}
    while (p := _prev(tokens, v)) is not None and tokens[v].text in said and tokens[p].kind == "word":
        v = p  # "17,920 चालान अब भी लंबित हैं, जिन पर": the noun said to be in that state, not the state
    named = phrase_before(tokens, _next(tokens, v) or v, lang)
    width = 4 if len(named) > 3 and named[-3].endswith(tuple(lang["infinitive_endings"] or ())) else 3
    words = tidy_label(" ".join(named[-width:]), lang).split()  # "सिग्नल लगाने का प्रस्ताव": the verb with its object
    words = oblique_form(words, lang)  # "36 परियोजनाएं …, जिनकी लागत" → "परियोजनाओं की लागत"
    return words if bare else [*words, *([link] if link else []), tokens[k].text] if words else []


def oblique_form(words: list[str], lang) -> list[str]:
    """The phrase with its last word in the oblique plural a postposition after it asks for (``plural_obliques``:
    ``सड़कें`` → ``सड़कों``)."""
    ending = next((e for e in (lang["plural_obliques"] or {}) if words[-1:] and words[-1].endswith(e)), None)
    return [*words[:-1], words[-1][:-len(ending)] + lang["plural_obliques"][ending]] if ending else words


def purpose_before(tokens, first, lang) -> list[str]:
    """``तटीय सड़क परियोजना के लिए 12.5 अरब VND``: what the money is for; not a time (``चालू वित्त वर्ष के
    लिए 12 करोड़ रुपये का लक्ष्य``: when)."""
    _, k = phrase_ending_before(tokens, first, lang["purpose_before"])
    if k is None:
        return []
    purpose = phrase_before(tokens, k, lang)
    times = {*lang["duration_words"], *(lang["earlier_periods"] or [])}
    return [] if purpose and purpose[-1] in times else _joined_before(tokens, k, purpose, lang) + purpose


def _joined_before(tokens, k, phrase: list[str], lang) -> list[str]:
    """``वेतन एवं`` before ``भत्तों हेतु``: a noun joined to the one-word phrase that ends before token
    ``k`` by a list's conjunction (``list_joiners``), where nothing else comes before it in its clause."""
    if len(phrase) != 1 or (j := _prev(tokens, k)) is None or (joiner := _prev(tokens, j)) is None:
        return []
    noun = _prev(tokens, joiner)
    if noun is None or tokens[joiner].text not in (lang["list_joiners"] or []) or tokens[noun].kind != "word" \
            or tokens[noun].text in lang["label_stops"] or tokens[noun].text in lang["genitives"] \
            or tokens[noun].text in measure_words(lang):  # "₹ 3.5 cr और नालियों के लिए": an amount's scale
        return []
    return [tokens[noun].text, tokens[joiner].text]


def as_before(tokens, first, lang) -> list[str]:
    """``मंडी शुल्क के रूप में अब तक 96.40 लाख रुपये``, ``दूध के भुगतान के रूप में उत्पादकों को 348 करोड़``: what
    the amount is given or taken as (``as_phrases``), a few words back in its clause."""
    k: int | None = first
    for _ in range(_AS_REACH):
        k = _prev(tokens, k) if k is not None else None
        if k is None or tokens[k].kind != "word":
            return []
        for phrase in lang["as_phrases"] or []:
            words: list[str] = phrase.split()
            j: int | None = k
            for word in reversed(words):
                if j is None or tokens[j].text != word:
                    break
                j = _prev(tokens, j)
            else:
                return phrase_before(tokens, _next(tokens, j) if j is not None else k, lang)
    return []


_AS_REACH = 6


def reflexive_owner(figure, label: str, text: str, lang) -> str:
    """``किसानों ने अपने अंश के रूप में 26 करोड़ रुपये``: a label whose words a reflexive possessive opens in the
    figure's clause (``reflexives``, dropped as a label's lead) is the doer's own, the words before ``ने``:
    ``किसानों के अंश``."""
    reflexives = lang["reflexives"] or {}
    said = label.split()
    if not reflexives or not said:
        return label
    words = re.split(r"[।.;:!?\n]", text[max(0, figure.start - _CLAUSE_CHARS):figure.start])[-1].split()
    at = max((i for i, w in enumerate(words) if w in reflexives), default=None)
    if at is None or words[at + 1:at + 2] != said[:1]:
        return label
    doer = max((i for i, w in enumerate(words[:at]) if w in (lang["agent_markers"] or [])), default=None)
    owner: list[str] = []
    k = doer - 1 if doer is not None else -1
    stops = {*lang["label_stops"], *lang["postpositions"], *(lang["duration_words"] or [])}  # "इस वर्ष किसानों ने"
    while k >= 0 and len(owner) < _OWNER_WORDS and words[k] not in stops:
        owner.insert(0, words[k])
        k -= 1
    return " ".join([*owner, reflexives[words[at]], *said]) if owner else label


_CLAUSE_CHARS = 120
_OWNER_WORDS = 2  # the doer's words kept before ने ("मंत्री समूह")


def accounts_of(tokens, first, lang) -> list[str]:
    """``58,930 किसानों के खातों में 746.82 करोड़ रुपये का भुगतान`` → ``किसानों को``: whose accounts an amount
    goes into (one of ``recipient_phrases`` of more than a word, right before it) is whom it is paid to."""
    p = _prev(tokens, first)
    found = lexicon(lang.code).recipients.match_before(tokens, p) if p is not None else None
    k = _prev(tokens, found[1]) if found and found[1] != p else None
    if k is not None and tokens[k].kind == "word" and oblique(tokens[k].text):
        return [tokens[k].text, (lang["recipient_links"] or [""])[0]]
    return []


def owed_on(tokens, first, lang) -> list[str]:
    """``भवन स्वामियों पर 50 हजार रुपये से अधिक का बकाया`` → ``भवन स्वामियों पर``: on whom a due or a charge is
    (``owed_links``), not a pronoun that stands for things counted before (``इन पर``: ``pronoun_places``)."""
    p = _prev(tokens, first)
    if p is not None and tokens[p].text in (lang["total_words"] or {}):
        return []  # "सुविधाओं के उन्नयन पर कुल 386 अरब डोंग का निवेश": a total, named by itself
    owed = owner_before(tokens, first, lang, lang["owed_links"] or [])
    said = " ".join(owed) in (lang["pronoun_places"] or []) or owed[:1] and owed[0] in lang["compound_postpositions"]
    return [] if said else owed  # "अग्रिम के तौर पर 10 करोड़ रुपये": a postposition, not on whom


def owed_by(tokens, last, lang) -> list[str]:
    """``₹112 करोड़ विभिन्न सरकारी विभागों पर बकाया है`` → ``विभिन्न सरकारी विभागों पर बकाया``: an amount
    followed by who or what it is owed by or spent on and the word that says so (``amount_predicates``)."""
    words: list[str] = []
    k = _next(tokens, last)
    while k is not None and tokens[k].kind == "word" and len(words) < _OWED_WORDS:
        if tokens[k].text in (lang["spent_on_links"] or []):
            p = _next(tokens, k)
            if words and p is not None and tokens[p].text in (lang["amount_predicates"] or []):
                return [*words, tokens[k].text, tokens[p].text]
            return []
        if tokens[k].text in lang["label_stops"] or tokens[k].text in lang["genitives"]:
            return []
        words.append(tokens[k].text)
        k = _next(tokens, k)
    return []


_OWED_WORDS = 6  # words between an amount and the link that says who owes or spends it


def members_of(tokens, first, last, lang) -> str:
    """``जांच के लिए 4 सदस्यीय समिति गठित`` → ``जांच समिति सदस्य``: a count that a size word (``body_sizes``)
    turns into the size of a body counts the body's members; the body is the noun phrase after the size word
    (without a state said of it, ``गठित``), with the noun of what it is for before a one-word body."""
    k = _next(tokens, last)
    member = (lang["body_sizes"] or {}).get(tokens[k].text) if k is not None else None
    if not member:
        return ""
    states = {*lang["conjunct_nouns"], *(lang["state_words"] or []), *(lang["fronted_states"] or [])}
    body = [w for w in tidy_label(" ".join(phrase_after(tokens, k, lang)), lang).split() if w not in states]
    infinitive = tuple(lang["infinitive_endings"] or ())
    end = next((i for i, w in enumerate(body) if i and (w in lang["genitives"] or w.endswith(infinitive))), len(body))
    body = tidy_label(" ".join(body[:end]), lang).split()  # "समिति का गठन", "समिति बनाने के निर्देश": the body
    purpose = purpose_before(tokens, first, lang)[-1:] if len(body) == 1 else []
    noun = purpose and not purpose[0].endswith(infinitive) and not oblique(purpose[0])
    return " ".join([*(purpose if noun else []), *body, member]) if body else ""


def received(tokens, last, lang) -> str:
    """``जबकि अब तक 5.2 करोड़ रुपये ही मिले हैं``, ``जिसे 48 लाख रुपये मिलेंगे``: an amount nothing else names,
    followed (past a particle) by a verb of getting (``receipt_verbs``), is the amount received (``received_label``)."""
    k = _next(tokens, last)
    while k is not None and tokens[k].text in (lang["state_adverbs"] or []):
        k = _next(tokens, k)
    return str(lang["received_label"] or "") if k is not None and tokens[k].text in (lang["receipt_verbs"] or []) else ""


def budget_head(tokens, first, lang) -> list[str]:
    """``संचालन एवं रखरखाव मद में 12.5 करोड़ रुपये का बजट`` → ``संचालन एवं रखरखाव``: the budget head (``budget_heads``)
    an amount is put under, named before it."""
    p = _prev(tokens, first)
    q = _prev(tokens, p) if p is not None and tokens[p].text in lang["locatives"] else None
    if q is None or tokens[q].text not in (lang["budget_heads"] or []):
        return []
    head = phrase_before(tokens, q, lang)
    return _joined_before(tokens, q, head, lang) + head  # "वेतन एवं पेंशन मद में"


def penalty(tokens, first, lang) -> str:
    """``หรือปรับไม่เกิน 10,000 บาท`` → ``โทษปรับ``: an amount right after a verb of punishing (``penalty_verbs``),
    past a qualifier, is that penalty (the verb's noun)."""
    words = [w for w in chunk_before(tokens, first, lang)[0] if w.strip()]
    while (n := qualifier_end(words, lang)):
        del words[-n:]
    return str((lang["penalty_verbs"] or {}).get(words[-1], "")) if words else ""


def over_base(tokens, first, lang) -> str:
    """``เกินค่ามาตรฐานที่ 37.5 มคก./ลบ.ม. ถึง 3.8 เท่า`` → ``เกินค่ามาตรฐาน``: a number whose own words say only how
    much (a qualifier) right after a base and its unit is how far beyond that base, as the comparative before the
    base says (``comparatives``)."""
    chunk, start = chunk_before(tokens, first, lang)
    if not chunk or not set(chunk) <= {*(lang["qualifiers_before"] or {}), *lang["label_tail_drop"]}:
        return ""
    k = _prev(tokens, start)
    while k is not None and tokens[k].kind != "num" and start - k < _UNIT_TOKENS:
        k = _prev(tokens, k)
    n = _next(tokens, k) if k is not None and tokens[k].kind == "num" else None
    unit = lexicon(lang.code).unit(tokens, n) if n is not None else None
    if unit is None or _next(tokens, unit[1]) != start:
        return ""  # the base's unit must end right before the words of how much
    words = trim(chunk_before(tokens, k, lang)[0], lang, cut_at_stops=False)
    return "".join(words) if any(w in (lang["comparatives"] or {}) for w in words) else ""


_UNIT_TOKENS = 12  # "มคก./ลบ.ม.": the tokens of a unit between a base and the words of how much
