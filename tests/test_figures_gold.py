"""The extractor against hand-made gold (tests/gold), written apart from the code.

Values: every gold figure found, nothing else (100% recall and precision).
Labels: a label is right when it equals the gold label or one contains the
other (the gold is a short phrase copied from the article; the extractor may
keep a word more or less of it).
"""

import json
from pathlib import Path

import pytest

from generator.pipeline import process_article

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = {
    "sample.hi": "content/000_23a266ace8edb898.txt",
    "sample.th": "content/001_94da9129867dff51.txt",
    **{p.stem: f"tests/articles/{p.name}" for p in sorted((ROOT / "tests/articles").glob("*.txt"))},
}


def _load(name):
    gold = json.loads((ROOT / "tests/gold" / f"{name}.json").read_text("utf-8"))
    path = ARTICLES[name]
    return gold, process_article(path, (ROOT / path).read_bytes())


def _key(value):
    return json.dumps(value)


def label_matches(found: str, gold: str) -> bool:
    return bool(found) and (found == gold or found in gold or gold in found)


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_values_kinds_units_exact(name):
    gold, article = _load(name)
    expected = [(f["text"], _key(f["value"]), f["kind"], f["unit"], f.get("qualifier")) for f in gold["figures"]]
    found = [(f.text, _key(f.value), f.kind, f.unit, f.qualifier) for f in article.figures]
    assert found == expected
    assert article.date == gold["date"]
    assert article.lang == gold["lang"]


@pytest.mark.parametrize("name", ["sample.hi", "sample.th"])
def test_sample_labels(name):
    gold, article = _load(name)
    right = sum(label_matches(f.label, g["label"]) for f, g in zip(article.figures, gold["figures"]))
    assert right / len(gold["figures"]) >= 0.95, [(f.text, f.label, g["label"]) for f, g in
                                                   zip(article.figures, gold["figures"]) if not label_matches(f.label, g["label"])]


def test_labels_overall():
    """All gold articles together: the floor this suite holds the label rules to."""
    right = total = 0
    for name in ARTICLES:
        gold, article = _load(name)
        right += sum(label_matches(f.label, g["label"]) for f, g in zip(article.figures, gold["figures"]))
        total += len(gold["figures"])
    assert right / total >= 0.75


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_offsets_point_at_text(name):
    _, article = _load(name)
    raw = (ROOT / ARTICLES[name]).read_text("utf-8")
    for figure in article.figures:
        assert raw[figure.start:figure.end] == figure.text
