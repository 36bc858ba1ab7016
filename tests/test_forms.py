"""One short sentence per written form, in both languages (tests/forms/*.jsonl)."""

import json
from pathlib import Path

import pytest

from generator.figures import extract_figures
from generator.language import get_language
from generator.read import file_offset, normalise

FORMS = Path(__file__).resolve().parent / "forms"
# tests/forms/<lang>.jsonl and <lang>-<topic>.jsonl: one sentence per line with its figures.
CASES = [(path.name.split("-")[0].split(".")[0], json.loads(line)) for path in sorted(FORMS.glob("*.jsonl"))
         for line in path.read_text("utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("lang,case", CASES, ids=[f"{lang}-{i}-{c['note'][:40]}" for i, (lang, c) in enumerate(CASES)])
def test_form(lang, case):
    sentence = case["sentence"]
    text, shifts = normalise(sentence)  # as an article is read: the figure's text is the sentence's own
    figures = extract_figures(text, [(0, len(text))], (), get_language(lang), None)
    spans = [(file_offset(shifts, f.start), file_offset(shifts, f.end, end=True)) for f in figures]
    found = [(sentence[a:b], json.dumps(f.value), f.kind, f.unit, f.qualifier) for f, (a, b) in zip(figures, spans)]
    expected = [(f["text"], json.dumps(f["value"]), f["kind"], f["unit"], f.get("qualifier")) for f in case["figures"]]
    assert found == expected
