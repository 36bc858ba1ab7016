"""One short sentence per written form, in both languages (tests/forms/*.jsonl)."""

import json
from pathlib import Path

import pytest

from generator.figures import extract_figures
from generator.language import get_language

FORMS = Path(__file__).resolve().parent / "forms"
# tests/forms/<lang>.jsonl and <lang>-<topic>.jsonl: one sentence per line with its figures.
CASES = [(path.name.split("-")[0].split(".")[0], json.loads(line)) for path in sorted(FORMS.glob("*.jsonl"))
         for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("lang,case", CASES, ids=[f"{lang}-{i}-{c['note'][:40]}" for i, (lang, c) in enumerate(CASES)])
def test_form(lang, case):
    sentence = case["sentence"]
    figures = extract_figures(sentence, [(0, len(sentence))], (), get_language(lang), None)
    found = [(f.text, json.dumps(f.value), f.kind, f.unit, f.qualifier) for f in figures]
    expected = [(f["text"], json.dumps(f["value"]), f["kind"], f["unit"], f.get("qualifier")) for f in case["figures"]]
    assert found == expected
