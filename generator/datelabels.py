"""What a date is of.

A card for a date names the event with a date word, as a reader would ask for it ("when is
the counting?"): ``मतगणना 23 नवंबर को होगी`` → ``मतगणना की तिथि``; a deadline
(``… 30 सितंबर तक पूरी की जाएगी``, ``…ให้แล้วเสร็จภายในวันที่ 31 มีนาคม``) → ``सड़कों की
मरम्मत की समय-सीमा``, ``กำหนดก่อหนี้ผูกพัน``; a span of days → ``नामांकन की अवधि``,
``ช่วงแจกจ่ายน้ำ``. The templates and the words that mark a deadline, an agent or a time frame are
language data (``labels.yml``: ``date_labels``, ``date_words``, ``deadline_before``,
``deadline_after``, ``deadline_nouns``, ``date_agents``, ``span_frames``).

Hindi names the event before the date (``मतगणना 23 नवंबर को``, ``पहले चरण में 13 नवंबर
को``), else after it; Thai's events are ``thaidates``'. What a length of time or an age is of is
``durationlabels``'; what a year is of, ``yearlabels``'.
"""
from __future__ import annotations

from generator.labelchunks import name_hyphen
from generator.labelclause import ends_clause
from generator.labelphrase import before_adverb_phrase, conjunctive, phrase_before
from generator.labelphraseafter import action_after, phrase_after
from generator.labelroles import purpose_before
from generator.labelwords import cut, fill, tidy_label
from generator.language import Language
from generator.model import Figure
from generator.numerals import Token
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev
from generator.thaidates import thai_event


def date_label(tokens: list[Token], first: int, last: int, found: str, span: bool, lang: Language, month: bool = False) -> str:
    """The label of the date (``span``: a range of days; ``month``: a month of a year) at ``tokens[first:last + 1]``;
    ``found`` is the label read next to it as for any figure."""
    thai = lang["label_side"] == "before"
    if span and _frames_after(tokens, first, last, lang):
        return lang["date_words"]["span"]  # "1 अप्रैल से 31 जुलाई के बीच 1,036 मरीजों …": the period the figures cover
    deadline, event = thai_event(tokens, first, last, found, lang, span) if thai else _event(tokens, first, last, found, lang)
    words = cut(event)
    while words and words[-1] in (lang["label_edge_drop"] or []) and event.endswith(words[-1]) \
            and not (len(words) > 1 and _act(words, lang)):  # "काम पूरा करने", "गड्ढे भरने": what is to be done
        event = event[:-len(words.pop())].rstrip()  # "ช่วงจัดงานเทศกาลว่าว(และ)": not a joiner at its end
    which = "span" if span else "deadline" if deadline else "month" if month else "date"
    head = str(lang["date_labels"][which]).partition("{event}")[0]
    inner = [i for i, w in enumerate(words) if i and span and head and w == head]  # "จังหวัดประกาศ|ช่วง|ห้ามเผา…": the
    if inner and event.endswith("".join(words[inner[-1]:])):  # span the clause names, not who declared it
        event = "".join(words[inner[-1]:])
    if any(event.endswith(w) or event.startswith(w) for w in lang["date_nouns"] or []):
        return event  # "ปีการศึกษา", "…की समय-सीमा": the text names the date already
    if thai and event[:1].isascii() and event[:1].isalnum():
        event = f" {event}"  # "ช่วง OTOP อุดรฯ": a Latin name keeps its space
    return fill(lang["date_labels"][which], lang, event=event) if event else lang["date_words"][which]


def _event(tokens, first, last, found, lang) -> tuple[bool, str]:
    """Hindi: ``… 30 सितंबर तक`` is a deadline unless a comma follows (``31 दिसंबर तक, …``:
    the day the figures after it stand at); the event is the phrase before the date, past a
    locative (``पहले चरण में``) and unless it names who acts (``प्रांत``), else the one found after it."""
    k = _next(tokens, last)
    named = deadline = _named_deadline(tokens, last, lang)  # "31 जुलाई की समय सीमा तय की"
    if k is not None and tokens[k].text in lang["deadline_after"]:
        after = _next(tokens, k)
        deadline = after is None or tokens[after].text not in ",;"
        if deadline and (achieved := _achieved_by(tokens, k, lang)):
            return False, achieved  # "8 दिसंबर तक जिले में 32,46,800 क्विंटल धान की खरीदी हो चुकी है": the day it stood at
    start = first
    p = _prev(tokens, first)
    if p is not None and (q := before_adverb_phrase(tokens, p, lang)) != p:  # "प्रोजेक्ट हर हाल में 31 मई तक"
        start, p = (q + 1, q) if q is not None else (0, None)
    if p is not None and tokens[p].text in lang["date_event_skip"]:
        start = _past_number(tokens, p, lang)  # "ई-निविदा संख्या ०७/२०२५-२६ दिनांक २५.०८.२०२५": the tender's, past its number
    told = p is not None and tokens[p].text in {*lang["objects"], *(lang["agent_markers"] or [])}
    before = "" if told else tidy_label(" ".join(phrase_before(tokens, start, lang)[-4:]), lang)
    if len(before.split()) > 1 and conjunctive(before.split()[-1], lang):
        before = before.rsplit(" ", 1)[0]  # "पंजीकरण की अंतिम तिथि बढ़ाकर 31 दिसंबर": what was moved, not how
    last_word = before.split()[-1] if before else ""
    framed = last_word in (lang["meeting_nouns"] or []) and p is not None and tokens[p].text in lang["locatives"]
    if last_word in lang["date_agents"] or last_word in lang["compound_postpositions"] or framed:
        before = ""  # "प्रांत 5-7 सितंबर को … अभ्यास आयोजित करेगा", "योजना के तहत 1 अप्रैल से", "बैठक में 1 अगस्त
        # से … अभियान चलाने का फैसला": not the event
    if set(before.split()) <= {*(lang["time_frame_before"] or []), *lang["duration_words"], *(lang["earlier_periods"] or [])} \
            or no_event(before, lang):
        before = ""  # "अगले वर्ष २१ से २३ फरवरी तक … प्रतियोगिता होगी": when, not what
    if not before and (began := _what_began(tokens, last, lang)):
        before = began  # "1 जनवरी 2025 से शुरू हुई योजना के तहत …": the scheme began then
    if before and (start := _started(tokens, last, lang)) and start not in before.split():
        before = f"{before} {start}"  # "पेराई ५ नवंबर २०२५ से प्रारंभ हो चुकी है": the day it began
    if not named:
        if deadline and before and (act := _act_by(tokens, k, lang)) and not before.endswith(act):
            before = f"{before} {act}"  # "अधूरे काम 31 मार्च तक पूरे करने …": what is to be done to it by then
        done = object_before_verb(tokens, last, lang)
        done = "" if no_event(done, lang) else done
        where = deadline and p is not None and tokens[p].text in lang["locatives"]  # "सभी 19 विकास खंडों में 15
        return deadline, (done if where else "") or before or done or found  # अगस्त तक … अभियान चलाने": what
    purpose = "" if before else tidy_label(" ".join(purpose_before(tokens, first, lang)), lang)
    return deadline, before or purpose  # "लंबित भुगतान के लिए 31 जुलाई की समय सीमा": what it is for; not "सीमा"


def _started(tokens, last, lang) -> str:
    """After a date, ``से`` (``since_links``) and a word of beginning (``start_words``: ``प्रारंभ``, ``शुरू``): that word."""
    k = _next(tokens, last)
    n = _next(tokens, k) if k is not None and tokens[k].text in (lang["since_links"] or []) else None
    return tokens[n].text if n is not None and tokens[n].text in (lang["start_words"] or []) else ""


def _what_began(tokens, last, lang) -> str:
    """``1 नवंबर से शुरू हुए अभियान में`` → ``अभियान``: after a date, ``से``, a word of beginning and its verb forms
    (``start_participles``), the noun phrase that names what began; nothing if a number or nothing follows."""
    since = _next(tokens, last)
    if since is None or not _started(tokens, last, lang):
        return ""
    k = _next(tokens, since)  # the word of beginning, which _started found
    forms = set(lang["start_participles"] or [])
    while k is not None and (n := _next(tokens, k)) is not None and tokens[n].text in forms:
        k = n
    words = phrase_after(tokens, k, lang) if k is not None else []
    at = next((i for i, w in enumerate(words) if w in lang["genitives"]), len(words))
    return tidy_label(" ".join(words[:at]), lang)  # not "… अभियान की तैयारियों": what is done for it


def _act(words: list[str], lang: Language) -> bool:
    """Whether the last word is a verb whole: an infinitive (``भरने``), except a light verb (``करने``) unless
    after the nominal half of a verb (``पूरा करने``)."""
    light = set((lang["doer_verbs"] or {}).values())
    return words[-2] in lang["conjunct_nouns"] or (words[-1].endswith(tuple(lang["infinitive_endings"] or ()))
                                                   and words[-1] not in light)


def _act_by(tokens, k, lang) -> str:
    """After ``तक`` at ``k``, an infinitive (``चुकाने``), or the nominal half of a verb and its infinitive
    (``पूरे करने``, ``ठीक करने``): what is to be done by the date; else nothing."""
    n = _next(tokens, k)
    words: list[str] = []
    if n is not None and tokens[n].text in lang["conjunct_nouns"]:
        words, n = [tokens[n].text], _next(tokens, n)
    if n is None or not tokens[n].text.endswith(tuple(lang["infinitive_endings"] or ())) or len(tokens[n].text) <= 3:
        return ""
    return " ".join([*words, tokens[n].text])


def _frames_after(tokens, first, last, lang) -> bool:
    """Whether the words after a span of days (past ``तक``) make it the time frame of what follows
    (``span_frames``: ``में``, ``के बीच``), not the span of an event named beside it, nor a period the
    word before names (``चालू वित्त वर्ष में अप्रैल-दिसंबर 2025 के दौरान``)."""
    p = _prev(tokens, first)
    while p is not None and (tokens[p].text in "()" or tokens[p].text in lang["locatives"]):
        p = _prev(tokens, p)  # "चालू वित्त वर्ष में अप्रैल-दिसंबर 2025 के दौरान"
    if p is not None and tokens[p].text in {*lang["duration_words"], *(lang["age_units"] or [])}:
        return False
    k = _next(tokens, last)
    if k is not None and tokens[k].text in lang["deadline_after"]:
        k = _next(tokens, k)
    return k is not None and opens_with(tokens, k, lang["span_frames"])


def _past_number(tokens, k: int, lang) -> int:
    """Where the words before a document's number and its word (``identifier_nouns``: ``संख्या``) that end right
    before ``k`` start, past them; else ``k``."""
    j = _prev(tokens, k)
    if j is None or tokens[j].kind != "num":
        return k
    while (q := _prev(tokens, j)) is not None and (tokens[q].kind == "num" or tokens[q].text in "/-"):
        j = q
    q = _prev(tokens, j)
    return q if q is not None and tokens[q].text in (lang["identifier_nouns"] or []) else k


def _named_deadline(tokens, last, lang) -> bool:
    """Whether a genitive and a word for a deadline follow the date (``की समय सीमा``, ``की डेडलाइन``:
    ``deadline_nouns``)."""
    k = _next(tokens, last)
    if k is None or tokens[k].text not in lang["genitives"]:
        return False
    return opens_with(tokens, k + 1, lang["deadline_nouns"])


def opens_with(tokens, k, phrases) -> bool:
    """Whether the words from ``k`` on, as written (spaces one), open with one of ``phrases``."""
    after = " ".join("".join(t.text for t in tokens[k:k + _PHRASE_TOKENS]).split())
    return any(f"{after} ".startswith(f"{phrase} ") for phrase in phrases or [])


_PHRASE_TOKENS = 8  # words and the spaces between


def _achieved_by(tokens, k, lang) -> str:
    """After ``तक`` at ``k``, a number in the clause before its verb: what had been done by then (the noun
    phrase after the number), else nothing."""
    j, words = _next(tokens, k), 0
    while j is not None and tokens[j].kind == "word" and words < _ACHIEVED_REACH \
            and not ends_clause(tokens, j, set(lang["clause_verbs"]), lang):
        j, words = _next(tokens, j), words + 1  # "जिले में", "मंडी में", "इनमें से"
    if j is None or tokens[j].kind != "num":
        return ""
    while (n := _next(tokens, j)) is not None and (tokens[n].kind == "num" or tokens[n].text in _measures(lang)):
        j = n
    done, n = False, _next(tokens, j)
    while n is not None and tokens[n].text not in _CLAUSE_ENDS and not done:
        if tokens[n].text.endswith(tuple(lang["infinitive_endings"])) and len(tokens[n].text) > 3:
            return ""  # "… तक 100 प्रतिशत राशि वितरित करने को कहा गया": still to be done
        done, n = tokens[n].text in (lang["perfect_markers"] or []), _next(tokens, n)
    return tidy_label(" ".join(phrase_after(tokens, j, lang)), lang) if done else ""  # not "… तक 100% वितरित करें"


_ACHIEVED_REACH = 6  # words between "तक" and the number of what had been done by then
_CLAUSE_ENDS = {"।", ",", ";", ".", "?", "!"}


def _measures(lang) -> set[str]:
    return {*lang["scales"], *(lang["currencies"] or {}), *(lang["units"] or {}), *lang["percent_words"]}


def object_before_verb(tokens, last, lang) -> str:
    """``… 5-7 सितंबर को तटीय जिलों में खोज और बचाव अभ्यास आयोजित करेगा`` → ``खोज और बचाव
    अभ्यास``: after the date, the last phrase before the verb, past places and objects."""
    breaks = {*lang["locatives"], *lang["objects"]}
    joiners, stops = set(lang["list_joiners"] or []), set(lang["label_stops"])
    words: list[str] = []
    phrase: list[str] = []
    verb: list[str] = []  # the infinitive after a verb's nominal half
    k = _next(tokens, last)
    skip = {*lang["duration_words"], *lang["genitives"], *lang["compound_postpositions"], *breaks}
    while k is not None and tokens[k].text in skip:
        k = _next(tokens, k)  # "15 दिन के भीतर …": past the duration's own words
    while k is not None and tokens[k].kind == "word":
        text = tokens[k].text
        if (n := k + 1) < len(tokens) - 1 and name_hyphen(tokens, n):
            text, k = f"{text}-{tokens[n + 1].text}", n + 1  # "जिग-जैग तकनीक", "ई-रिक्शा": one word
        if text in breaks and len(words) > 1 and words[-1] in (lang["date_nouns"] or []):
            break  # "15 जून से 15 अक्टूबर तक की बाढ़ अवधि में …": the phrase names the span itself
        if text in breaks:
            phrase, words = words or phrase, []
        elif text in lang["genitives"] and words and (act := action_after(tokens, k, lang) or _done_after(tokens, k, lang)):
            words += [text, *act]  # "15 दिन में सभी केंद्रों का निरीक्षण करने के निर्देश": what is done to them
            break
        elif words and words[-1] in lang["conjunct_nouns"] and text.endswith(tuple(lang["infinitive_endings"] or ())) \
                and len(text) > 3:
            verb = [text]  # "सात दिन में चालू करने के निर्देश": the verb whole, its nominal half and infinitive
            break
        elif (noun := verbal_noun(words, text, lang)) is not words:
            words = noun  # "भोजन पकाया गया", "रिपोर्ट देनी होगी": the verb before its auxiliary ends what is done
            break
        elif text in stops and text not in joiners or text.endswith(tuple(lang["verb_endings"] or ())) \
                or words and text.endswith(tuple(lang["infinitive_endings"] or ())) and _joined_next(tokens, k, joiners):
            break  # "… विशेष वसूली अभियान चलाने और बड़े बकायेदारों …": the verb ends what is done, not a list
        else:
            words.append(text)
        k = _next(tokens, k)
    event = tidy_label(" ".join(words or phrase), lang).split()
    while len(event) > 1 and event[-1] in lang["conjunct_nouns"] and not verb:
        event.pop()  # "30 नवंबर तक सत्यापन पूरा करें": the verb's nominal half is not the event
    event = tidy_label(" ".join(event[-5:]), lang).split()
    return " ".join(event + verb) if event and event[-1] in lang["conjunct_nouns"] else " ".join(event)


def verbal_noun(words: list[str], auxiliary: str, lang) -> list[str]:
    """``भोजन पकाया`` before ``गया`` → ``भोजन पकाने``, ``रिपोर्ट देनी`` before ``होगी`` → ``रिपोर्ट देने``: a main
    verb before a passive auxiliary (its participle) or a modal (its infinitive), as the oblique infinitive that
    names what is done with its object; any other phrase as it is."""
    endings = lang["participle_endings"] if auxiliary in lang["passive_auxiliaries"] else \
        lang["modal_endings"] if auxiliary in lang["modal_auxiliaries"] else []
    verb = words[-1] if len(words) > 1 else ""  # not a verb alone: what it is done to is named elsewhere
    if not endings or not verb or verb in lang["conjunct_nouns"]:
        return words
    if verb in lang["doer_verbs"]:
        return [*words[:-1], lang["doer_verbs"][verb]]
    end = next((e for e in endings if verb.endswith(e) and len(verb) > len(e) + 1), "")
    return [*words[:-1], verb[: -len(end)] + lang["infinitive_endings"][0]] if end else words


def no_event(event: str, lang) -> bool:
    """A single word that cannot be what happens on a date or lasts a time: a total, a month, a place, a
    qualifier, a conjunctive participle (``कुल 118 दिन``, ``अप्रैल से जून तक 91 दिनों``, ``घटाकर 3 दिन``;
    ``no_event_words``); nor a verb or the nominal half of one alone (``मिल 118 दिन चली और कुल …``)."""
    words = event.split()
    plain = {*(lang["total_words"] or {}), *(lang["place_owners"] or []), *(lang["no_event_words"] or []),
             *(lang["qualifiers_before"] or {}), *(lang["months"] or {}), *(lang["clause_verbs"] or []),
             *(lang["conjunct_nouns"] or [])}
    return len(words) == 1 and (words[0] in plain or words[0].endswith(tuple(lang["conjunctive_endings"] or ())))


def _joined_next(tokens, k, joiners: set[str]) -> bool:
    n = _next(tokens, k)
    return n is not None and tokens[n].text in joiners


def _done_after(tokens, k, lang) -> list[str]:
    """``… की रिपोर्ट भेजने के निर्देश``: after the genitive at ``k``, a noun and the infinitive of what is
    done to it, or nothing."""
    noun = _next(tokens, k)
    verb = _next(tokens, noun) if noun is not None else None
    if verb is None or tokens[noun].kind != "word" or tokens[noun].text in lang["label_stops"]:
        return []
    text = tokens[verb].text
    return [tokens[noun].text, text] if text.endswith(tuple(lang["infinitive_endings"])) and len(text) > 3 else []


def date_of_next(figure: Figure, after: list[Figure], text: str, lang: Language) -> str | None:
    """Hindi: ``31 मार्च 2024 की स्थिति में बैंक की कुल जमा राशि 612.40 करोड़ रुपये``: a date followed by a word
    of "as of" (``as_of_after``) is the day the next figure of its sentence stands at (``as_of_label``)."""
    marks = lang["as_of_after"] or []
    if figure.kind != "date" or not marks or not after or after[0].sentence != figure.sentence or not after[0].label:
        return None
    following = " ".join(text[figure.end:after[0].start].split())
    if not any(following.startswith(mark) for mark in marks):
        return None
    return fill(lang["as_of_label"], lang, what=after[0].label)


def previous_meeting(figure: Figure, text: str, lang: Language) -> str | None:
    """``รับรองรายงานการประชุมครั้งที่ ๑/๒๕๖๘ เมื่อวันที่ ๑๗ มกราคม ๒๕๖๘``, ``दिनांक 18 जुलाई 2025 को हुई बैठक के
    कार्यवृत्त की पुष्टि``: a date in a sentence that confirms minutes (``minutes_confirmed``) is the day of the
    meeting before, whose minutes they are (``previous_meeting_word``), unless its label says so already
    (``previous_meeting_marks``: ``गत बैठक की तिथि``)."""
    if figure.kind != "date" or not lang["minutes_confirmed"] or any(
            mark in figure.label for mark in lang["previous_meeting_marks"] or []):
        return None
    start = max(text.rfind(end, 0, figure.start) for end in _SENTENCE_ENDS)
    ends = [at for at in (text.find(end, figure.end) for end in _SENTENCE_ENDS) if at >= 0]
    sentence = text[start + 1:min(ends, default=len(text))]
    heading = text[text.rfind("\n", 0, max(start, 0)) + 1:max(start, 0)] if text[start:start + 1] == "\n" else ""
    if len(heading) > _HEADING_CHARS:
        heading = ""  # a short line right before, an agenda item's heading ("ระเบียบวาระที่ ๒ รับรองรายงานการประชุม")
    if any(all(word in sentence or word in heading for word in words) for words in lang["minutes_confirmed"]):
        return lang["previous_meeting_word"]
    return None


_HEADING_CHARS = 80


_SENTENCE_ENDS = ("\n", "।", "?", "!")
