"""What a percentage with a comparative after it measures (Hindi): ``निर्धारित लक्ष्य से 28.75% अधिक`` is an
excess over the target (``निर्धारित लक्ष्य से अधिक``), as the text compares; compared with an earlier time, how much
what the clause names grew or fell (``गेहूं की आवक … पिछले साल की इसी अवधि से 18 प्रतिशत अधिक``). The linking words
are language data (``comparatives``, ``comparison_links``, ``earlier_marks``). Called by ``labelsafter.label_after``.
"""

from __future__ import annotations

from generator.labelchanges import change_label
from generator.labelchunks import phrase_ending_before
from generator.labelphrase import phrase_before
from generator.labelwords import tidy_label
from generator.lexicon import lexicon
from generator.numerals import next_token as _next
from generator.numerals import prev_token as _prev


def comparison_after(tokens, first, last, lang) -> str | None:
    """``निर्धारित लक्ष्य से 28.75% अधिक`` → ``निर्धारित लक्ष्य से अधिक``."""
    k = _next(tokens, last)
    while k is not None and tokens[k].text in (lang["percent_points"] or []):
        k = _next(tokens, k)  # "5.5 प्रतिशत अंक अधिक"
    if k is None or tokens[k].text not in lang["comparatives"]:
        return None
    link, p = _comparison_link(tokens, first, lang)
    noun = _noun_after(tokens, k, lang)
    if p is None and noun:  # "यानी इस बार 23 प्रतिशत अधिक कार्रवाई हुई": more of the noun it comes before
        return f"{tokens[k].text} {noun}"
    if p is None:  # "इस बार खरीदी 19.5% ज्यादा है": more of what is named before it, than before
        what = tidy_label(" ".join(phrase_before(tokens, first, lang)[-3:]), lang).split()
        return " ".join([*what, tokens[k].text])
    b = _prev(tokens, p)  # "पिछले वर्ष के 15,000 टन से": the base is a figure, named by the words before it
    lex = lexicon(lang.code)
    while b is not None and (tokens[b].kind == "num" or tokens[b].text in lang["percent_words"] or tokens[b].text
                             in lang["scales"] or lex.units.match_before(tokens, b) or lex.currencies.match_before(tokens, b)):
        p, b = b, _prev(tokens, b)
    base = tidy_label(" ".join(phrase_before(tokens, p, lang)[-3:]), lang).split()
    if set(phrase_before(tokens, p, lang)) & set(lang["earlier_marks"] or []) and (what := _compared(tokens, p, lang)):
        # "गेहूं की आवक पिछले साल की इसी अवधि से 18 प्रतिशत अधिक": compared with a time, what grew
        return change_label(lang["comparatives"][tokens[k].text], " ".join(what), lang)
    return " ".join(base + [link, tokens[k].text] + ([noun] if noun else []))  # "सामान्य से 56 प्रतिशत अधिक वर्षा"


def _noun_after(tokens, k, lang) -> str:
    """The noun right after a comparative (``अधिक कंबल``), not a verb, copula, postposition or infinitive."""
    n = _next(tokens, k)
    if n is None or tokens[n].kind != "word":
        return ""
    word = tokens[n].text
    said = {*lang["clause_verbs"], *lang["copulas"], *lang["postpositions"], *lang["label_stops"], *lang["comparatives"]}
    return "" if word in said or word.endswith(tuple(lang["infinitive_endings"] or ())) else word


def _compared(tokens, p, lang) -> list[str]:
    """The noun phrase before the time a comparison at ``p`` is made with (``गेहूं की आवक`` of ``गेहूं की आवक
    पिछले साल की इसी अवधि से``): from the start of the time's words back to the clause's start."""
    k = _prev(tokens, p)
    marks = set(lang["earlier_marks"] or [])
    while k is not None and tokens[k].kind == "word" and tokens[k].text not in marks:
        k = _prev(tokens, k)
    if k is None or tokens[k].text not in marks:
        return []
    return tidy_label(" ".join(phrase_before(tokens, k, lang)[-3:]), lang).split()


def _comparison_link(tokens, first, lang) -> tuple[str, int | None]:
    """The words that join a comparison's base to its number (``से``, ``की तुलना में``), and the
    token where they start; a qualifier before the number stands between (``के मुकाबले करीब 29 फीसदी``)."""
    while (q := _prev(tokens, first)) is not None and tokens[q].text in (lang["qualifiers_before"] or {}):
        first = q
    return phrase_ending_before(tokens, first, sorted(lang["comparison_links"], key=len, reverse=True))
