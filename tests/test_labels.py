"""What each figure counts, one short sentence per construction (tests/labels/<lang>.jsonl)."""

import json
from pathlib import Path

import pytest

from generator.pipeline import IncompleteArticle, process_article

LABELS = Path(__file__).resolve().parent / "labels"
CASES = [(path.stem, json.loads(line)) for path in sorted(LABELS.glob("*.jsonl"))
         for line in path.read_text("utf-8").splitlines() if line.strip()]
# A dated lead, so that the sentence is read as a paragraph of a meeting report like any other.
LEADS = {"hi": "12 मार्च 2024 को जिला समिति की बैठक हुई।", "th": "ที่ประชุมคณะกรรมการจังหวัดเมื่อวันที่ 12 มีนาคม 2567"}


@pytest.mark.parametrize("lang,case", CASES, ids=[f"{lang}-{i}-{c['note'][:40]}" for i, (lang, c) in enumerate(CASES)])
def test_label(lang, case):
    text = f"{LEADS[lang]}\n\n{case['sentence']}\n"
    try:
        article = process_article(f"case.{lang}.txt", text.encode())
    except IncompleteArticle as error:
        article = error.article
    found = {f.text: f.label for f in article.figures if f.text in case["labels"]}
    assert found == case["labels"]
