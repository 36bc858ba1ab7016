"""Labels of figures a sentence sets as targets (``नए सदस्यों का लक्ष्य``, ``เป้าหมายสมาชิกใหม่``).
Called by ``labelrefs.relate_labels``; the words are language data (``target_words``,
``target_followers``, ``target_label``)."""

from __future__ import annotations

import re

from generator.labelwords import cut, fill, measure_words, unit_word, word_list
from generator.language import Language
from generator.model import Figure
from generator.numerals import ascii_digits
from generator.textdates import is_year


def joined_target(before: Figure | None, figure: Figure, label: str, text: str, lang: Language) -> bool:
    """``ตั้งเป้าหมายนักท่องเที่ยว 7.2 ล้านคน และรายได้ 45,000 ล้านบาท``: a figure joined to a target
    by a list's joining word is a target too."""
    words = lang["target_words"] or []
    if before is None or not label or figure.kind not in {"count", "money"} or any(w in label for w in words):
        return False
    if not any(w in before.label for w in words) or any(w in before.label for w in lang["comparatives"] or {}):
        return False
    between = text[before.end:figure.start]
    if "\n" in between or len(between) > 40 or re.search(r"[।.;,]", between):
        return False
    skipped = measure_words(lang) | set(lang["classifiers"] or []) | set(before.label.split())
    words = [w for w in cut(between) if unit_word(w, lang) not in skipped]
    return bool(words) and words[0] in (lang["list_joiners"] or [])


def target(label: str, lang: Language) -> str:
    return fill(lang["target_label"], lang, label=label)


def as_target(figure: Figure, label: str, text: str, lang: Language, before: Figure | None = None) -> str:
    """A figure the sentence sets as a target says so (``नए सदस्यों का लक्ष्य``, ``เป้าหมายสมาชิกใหม่``)."""
    words = lang["target_words"] or []
    if figure.kind == "percent" and (reached := _reached(label, text[max(0, figure.start - 60):figure.start], lang)):
        if reached == _reached("", text[max(0, figure.start - 60):figure.start], lang) and before is not None \
                and before.label and _this_of(before, figure, text, lang):
            return _reached(before.label, text[max(0, figure.start - 60):figure.start], lang)  # "… 3,87,660 पैकेट
            # वितरित हुए। यह लक्ष्य का 92.3 फीसदी है": what the figure before counts, reached
        return reached
    if not label or figure.kind in {"year", "date", "ordinal", "ratio"} or any(w in label for w in words):
        return label
    if any(w in label for w in lang["comparatives"] or {}):
        return label  # "निर्धारित लक्ष्य से अधिक": an excess over a target, not a target
    if lang["label_side"] == "after" and (chain := _target_after(figure, label, text, lang)) is not None:
        return target(" ".join([label, *chain]), lang)
    marks = ("\n", "।", ". ", ";", ",") if lang["label_side"] == "after" else ("\n", " ")
    clause_start = max(text.rfind(mark, 0, max(0, figure.start - 2)) for mark in marks)
    clause = text[max(clause_start, figure.start - 60):figure.start]
    found, word = max(((clause.rfind(w), w) for w in words), default=(-1, ""))
    if found < 0:
        return label
    rest = clause[found + len(word):].lstrip(" :")  # "लक्ष्य: 2025 तक 8,000 नए सदस्य"
    if any(not is_year(float(n), lang) for n in re.findall(r"\d+(?:\.\d+)?", ascii_digits(rest).replace(",", ""))):
        return label  # "यह लक्ष्य का करीब 94 प्रतिशत है और 24,750 पैकेट कम बंटे": the target is the other number's
    followers = lang["target_followers"] or []
    if lang["label_side"] == "after":  # Hindi: the next word; Thai runs words together: what the run goes on with
        nxt, then = (word_list(rest)[:2] + ["", ""])[:2]
        sets = not rest or rest[0].isdigit() or nxt in followers
        sets = sets and then not in (lang["compound_postpositions"] or [])  # "लक्ष्य के मुकाबले": compared, not set
    else:
        sets = not rest or rest[0].isdigit() or any(rest.startswith(w) for w in followers)
    if not sets:
        return label  # "राष्ट्रीय लक्ष्य कार्यक्रमों", "โครงการเป้าหมายแห่งชาติ": a name with the word in it
    return target(label, lang)


def _this_of(before: Figure, figure: Figure, text: str, lang: Language) -> bool:
    """Whether the clause of ``figure`` opens with a demonstrative (``यह``) right after the sentence of ``before``."""
    between = text[before.end:figure.start]
    said = re.split(r"[।.;]\s", between)
    return len(said) == 2 and "\n" not in between and word_list(said[1])[:1] != [] \
        and word_list(said[1])[0] in (lang["demonstratives"] or [])


def _reached(label: str, before: str, lang: Language) -> str:
    """``18,750 कार्ड जारी किए जा चुके हैं, जो लक्ष्य का 75 प्रतिशत है``: a share right after a target word and
    a genitive (``share_hedges`` may stand between) is what was reached of the target (``reached_label``),
    of what the label names besides the target."""
    words, targets = word_list(before), lang["target_words"] or []
    while words and words[-1] in (lang["share_hedges"] or []):
        words.pop()
    if not lang["reached_label"] or len(words) < 2 or words[-1] not in lang["genitives"]:
        return ""
    if words[-2] not in targets:
        amount = _target_and_amount(before, lang)  # "लक्ष्य 10,000 आवेदनों का 84 प्रतिशत": the words after the
        return fill(lang["reached_label"], lang, label="").strip() if amount else ""  # amount are the target's own
    kept = untargeted(label.split(), lang)  # "कार्ड जारी का लक्ष्य" → "कार्ड जारी"
    if set(kept) & set(targets):
        return " ".join(kept)  # "संस्थागत प्रसव लक्ष्य की उपलब्धि": the label says what of the target was reached
    named = [w for w in kept if w not in lang["genitives"]]  # "धान की खरीद": a name; "डिजिटल शिक्षण का दिवसीय
    kept = kept if len(named) <= _REACHED_WORDS else []  # प्रशिक्षण": a clause
    return fill(lang["reached_label"], lang, label=" ".join(kept)).strip()


_REACHED_WORDS = 2  # words of what a share of a target names besides it


def _target_and_amount(before: str, lang: Language) -> bool:
    """Whether the text before a genitive ends with a target word and its amount (``लक्ष्य ५०,००,००० क्विंटल का``,
    ``लक्ष्य 24 लाख गोलियों का``: a number and at most two words of unit or scale after it)."""
    tokens = before.split()
    while tokens and tokens[-1] in (lang["share_hedges"] or []):
        tokens.pop()
    tokens = tokens[:-1]  # without the genitive
    number = next((i for i in range(len(tokens) - 1, max(len(tokens) - 4, 0) - 1, -1) if re.search(r"\d", tokens[i])), -1)
    return number > 0 and tokens[number - 1] in (lang["target_words"] or []) \
        and not any(re.search(r"\d", t) for t in tokens[number + 1:])


def untargeted(words: list[str], lang: Language) -> list[str]:
    """A label's words without the target word and the genitives that end it (``कार्ड जारी का लक्ष्य`` → ``कार्ड
    जारी``): what the target is of."""
    targets, genitives = lang["target_words"] or [], lang["genitives"] or []
    kept = list(words)
    while kept and (kept[-1] in targets or kept[-1] in genitives):
        kept.pop()
    return kept


def _target_after(figure: Figure, label: str, text: str, lang: Language) -> list[str] | None:
    """``8,000 नए सदस्यों का लक्ष्य है``: the target word after the label, joined by a genitive; or one
    genitive further (``1,240 तालाबों की खुदाई का लक्ष्य``: the words between, which the label keeps)."""
    after = re.split(r"[।;,.\n]", text[figure.end:figure.end + 80])[0]
    words = [w for w in word_list(after) if w not in measure_words(lang)]
    genitives, targets = lang["genitives"], lang["target_words"] or []
    aim = next((k for k, w in enumerate(words[:_AIM_WORDS + 2]) if w in genitives), None)
    if aim is not None and words[aim + 1:aim + 2] and words[aim + 1] in targets and aim and \
            all(w in (lang["aim_words"] or []) or w.endswith(tuple(lang["aim_verb_endings"] or ())) for w in words[:aim]):
        return []  # "इसे 15 प्रतिशत तक लाने का लक्ष्य": what it is to be brought to
    last = label.split()[-1]
    at = next((k for k, w in enumerate(words[:len(label.split()) + 2]) if w == last), None)
    if at is None:
        return None
    link = words[at + 1:at + 5]
    aims = tuple(lang["aim_verb_endings"] or ())
    for chain in (link[:0], link[:1], link[:2]):
        end = link[len(chain):len(chain) + 2]
        if len(end) == 2 and end[0] in genitives and end[1] in targets and (not chain or chain[0] in genitives or (
                len(chain) == 1 and bool(aims) and chain[0].endswith(aims)) or (
                len(chain) == 2 and chain[0] in (*(lang["objects"] or []), *lang["conjunct_nouns"]) and chain[1].endswith(aims))):
            return chain  # "1,240 तालाबों की खुदाई का लक्ष्य"; "25,000 बस्तियों को जोड़ने के लक्ष्य": what is to be done to them;
            # "15,000 लाइसेंस जारी करने का लक्ष्य", "312 करोड़ रुपये का ऋण वितरित करने का लक्ष्य"
    return None


_AIM_WORDS = 2  # words between a figure and "का लक्ष्य" that say it is to be reached ("तक लाने")
