"""Scoring extracted figures against gold written apart from the extractor (``tests/corpus``).

A gold figure is found when an extracted figure has the same value (numbers to 1e-9, lists item
by item), taken in document order (one with the gold's text first); its label is right when the
two labels are the same words (``exact``), or when they share at least half their words
(``overlap``: word F1 ≥ 0.5; Thai cut into words by PyThaiNLP; words compared without nukta
and plural endings, since a careful reader's label and ours may inflect the same noun
differently). Used by ``tests/test_figures_gold.py`` and ``bench/gold.py``.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

from generator.errors import ArticleError
from generator.pipeline import IncompleteArticle, process_article

ROOT = Path(__file__).resolve().parent.parent


def same_value(a, b) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_value(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def words(label: str, lang: str) -> list[str]:
    """The label's words, folded (``हज़ार`` = ``हजार``) and without plural endings (``छात्रों`` =
    ``छात्र``): a careful reader's label and ours may inflect the same noun differently."""
    from generator.checks import stem_word
    from generator.language import get_language
    from generator.numerals import fold

    label = re.sub(r"[^\w\s\u0900-\u097f\u0e00-\u0e7f]", " ", label or "")
    if lang == "th":
        from generator import thai

        return [w for w in thai.words(label) if w.strip()]
    data = get_language(lang)
    return [stem_word(fold(w, data), data) for w in label.split()]


def label_scores(found: str, gold: str, lang: str) -> tuple[bool, bool]:
    a, b = words(found, lang), words(gold, lang)
    if not a or not b:
        return False, False
    common = sum(min(a.count(w), b.count(w)) for w in set(a))
    f1 = 2 * common / (len(a) + len(b))
    return a == b, f1 >= 0.5


def source_of(gold_path: Path, gold: dict) -> Path:
    for base in (ROOT, ROOT.parent, gold_path.parent):
        candidate = base / gold["file"]
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(gold["file"])


def extract(path: Path):
    try:
        return process_article(str(path), path.read_bytes()).figures
    except IncompleteArticle as err:
        return err.article.figures
    except ArticleError as err:
        print(f"  {err}", file=sys.stderr)
        return ()


def score_file(gold_path: Path, verbose: bool) -> dict:
    gold = json.loads(gold_path.read_text("utf-8"))
    lang = gold["lang"]
    figures = list(extract(source_of(gold_path, gold)))
    used: set[int] = set()
    tp = exact = overlap = 0
    misses = []
    for g in gold["figures"]:
        candidates = [i for i, f in enumerate(figures) if i not in used and same_value(f.value, g["value"])]
        candidates.sort(key=lambda i: figures[i].text != g.get("raw"))
        if not candidates:
            misses.append(f"    missed {g.get('raw')!r} = {g['value']} ({g['label']})")
            continue
        f = figures[candidates[0]]
        used.add(candidates[0])
        tp += 1
        e, o = label_scores(f.label, g["label"], lang)
        exact += e
        overlap += o
        if not o:
            misses.append(f"    label  {f.text!r}: {f.label!r}, gold {g['label']!r}")
    for i, f in enumerate(figures):
        if i not in used:
            misses.append(f"    extra  {f.text!r} = {f.value} {f.kind} ({f.label})")
    if verbose and misses:
        print(f"  {gold_path.name}")
        print("\n".join(misses))
    return {"lang": lang, "gold": len(gold["figures"]), "found": len(figures), "tp": tp, "exact": exact, "overlap": overlap}


def f1(tp: int, found: int, gold: int) -> float:
    return 2 * tp / (found + gold) if found + gold else 1.0
