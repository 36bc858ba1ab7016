"""Generated pages and extracted records, compared exactly with reviewed files."""

import pytest

from tests.golden_cases import GOLDEN, cases, render_case


@pytest.mark.parametrize("case", cases())
def test_golden(case):
    produced = render_case(case)
    expected_names = sorted(p.name for p in (GOLDEN / case).iterdir() if p.name != "inputs.txt")
    assert sorted(produced) == expected_names, "a case's expected files and the generated ones differ"
    for name, text in produced.items():
        assert text == (GOLDEN / case / name).read_text("utf-8"), f"tests/golden/{case}/{name}: run 'make golden' and review the diff"
