"""Labels a figure takes from the figure right after it: a year named only by its noun is the year of what follows
(``वर्ष 2024-25 के लिए 1,050 करोड़ रुपये के ऋण वितरण का लक्ष्य``), a bare target is the target of what is set against
it (``25,000 के लक्ष्य के मुकाबले 18,640 कुत्तों की नसबंदी``). Called by ``labelrefs.relate_labels``; the words are
language data (``year_nouns``, ``year_label``, ``target_against``, ``target_label``)."""

from __future__ import annotations

from generator.labelwords import fill, word_list
from generator.language import Language
from generator.model import Figure


def target_of_next(figure: Figure, after: list[Figure], text: str, lang: Language) -> str | None:
    """``25,000 के लक्ष्य के मुकाबले 18,640 कुत्तों की नसबंदी``: a number labelled by the target word alone, said
    against the figure right after it (``target_against``), is the target of what that figure counts."""
    against = lang["target_against"] or []
    if not after or not against or figure.label not in (lang["target_words"] or []) or not after[0].label \
            or after[0].kind != figure.kind or after[0].sentence != figure.sentence \
            or set(after[0].label.split()) & {*lang["target_words"], *(lang["achievement_words"] or [])}:
        return None  # not "… की उपलब्धि": what was achieved is named before the target
    between = " ".join(word_list(text[figure.end:after[0].start]))
    said = any(between.endswith(f"{figure.label} {link}") for link in against)
    return fill(lang["target_label"], lang, label=after[0].label) if said else None


def year_of_next(figure: Figure, after: list[Figure], text: str, lang: Language) -> str | None:
    """``वर्ष 2024-25 के लिए 1,050 करोड़ रुपये के ऋण वितरण का लक्ष्य``, ``वर्ष 2022-23 में देश में खाद्यान्न
    उत्पादन 3,288.52 लाख टन``: a year labelled by its year noun alone is the year of the figure right
    after it, when only postpositions, a qualifier, a word before its postposition (where, whose, who)
    and that figure's own label stand between."""
    nouns = lang["year_nouns"] or []
    if not after or not nouns or figure.label != nouns[0] or figure.kind not in {"year", "range"} \
            or after[0].sentence != figure.sentence or not after[0].label or after[0].kind in {"year", "date"}:
        return None
    between = word_list(text[figure.end:after[0].start])
    label = after[0].label.split()
    if between[len(between) - len(label):] == label:
        between = between[:len(between) - len(label)]
    links = {w for p in lang["year_words_after"] or [] for w in p.split()}
    links |= {w for q in lang["qualifiers_before"] or {} for w in q.split()}  # "में कम से कम ३,५००"
    marks = {*lang["locatives"], *lang["genitives"], *(lang["agent_markers"] or [])}
    # "देश में", "प्रदेश का", "संघ ने": where, whose or who, said before its postposition
    if len(between) > _YEAR_GAP_WORDS or any(i + 1 >= len(between) or between[i + 1] not in marks
                                            for i, w in enumerate(between) if w not in links):
        return None
    return fill(lang["year_label"], lang, what=after[0].label, year=nouns[0])


_YEAR_GAP_WORDS = 4
