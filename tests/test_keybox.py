"""The key-figure box on every article with gold: what it never shows, and values as written."""

import json
from pathlib import Path

import pytest

from generator.display import as_written
from generator.pipeline import IncompleteArticle, process_article

ROOT = Path(__file__).resolve().parent.parent
# The held-out half of the corpus stays out of development, tests included (tests/corpus/README.md).
ARTICLES = sorted([*ROOT.glob("content/*.txt"), *ROOT.glob("tests/articles/*.txt"), *ROOT.glob("tests/corpus/dev/*.txt")])


def _article(path: Path):
    try:
        return process_article(str(path.relative_to(ROOT)), path.read_bytes())
    except IncompleteArticle as err:
        return err.article


def _non_figures(path: Path) -> list[str]:
    gold = path.with_name(path.name[:-4] + ".gold.json")
    return [n["raw"] for n in json.loads(gold.read_text("utf-8")).get("non_figures", [])] if gold.is_file() else []


@pytest.mark.parametrize("path", ARTICLES, ids=[p.name for p in ARTICLES])
def test_key_box(path):
    article = _article(path)
    key = [f for f in article.figures if f.key]
    countable = [f for f in article.figures if f.kind in {"count", "money", "percent", "ratio"} and f.label]
    assert bool(key) == bool(countable), "an article with labelled amounts has key figures"
    assert not [f.text for f in key if f.kind in {"year", "date", "ordinal"}]
    assert not [f.text for f in key if f.incidental]
    values = [(f.kind, f.unit, repr(f.value)) for f in key]
    assert len(values) == len(set(values)), "the same value twice"
    assert all(f.label for f in key)
    texts = {f.text for f in key}
    for raw in _non_figures(path):  # identifiers, clock times, list markers, phone numbers
        assert raw not in texts, raw
    for figure in key:
        shown = as_written(figure, article)
        assert shown in article.text, shown  # money and measures as the article writes them
        if figure.unit not in (None, "%") and figure.kind == "count":
            assert len(shown) > len(figure.text), f"{shown}: a quantity keeps its unit"
