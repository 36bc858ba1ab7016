"""Generated pages and extracted records, compared exactly with reviewed files."""

import hashlib
import importlib
import shutil

import pytest

from tests.golden_cases import GOLDEN, cases, differences, render_case


@pytest.mark.parametrize("case", cases())
def test_golden(case):
    produced = render_case(case)
    expected_names = sorted(p.name for p in (GOLDEN / case).iterdir() if p.name != "inputs.txt")
    assert sorted(produced) == expected_names, "a case's expected files and the generated ones differ"
    for name, text in produced.items():
        expected = (GOLDEN / case / name).read_text("utf-8")
        assert text == expected, f"tests/golden/{case}/{name}: run 'make golden' and review the diff"


def test_a_golden_file_changed_by_hand_is_reported(tmp_path):
    case = cases()[0]
    shutil.copytree(GOLDEN / case, tmp_path / case)
    page = sorted((tmp_path / case).glob("*.md"))[0]
    page.write_text(page.read_text("utf-8").replace("\n", "\n\n", 1), "utf-8")
    assert differences(case, tmp_path) == [page.name]


def test_importing_the_updater_rewrites_nothing():
    """pytest imports every module under tests/ (doctests): the updater must only run as ``make golden``."""
    def digest():  # the times too: rewriting a file with the same text must show
        return {p: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
                for p in sorted(GOLDEN.rglob("*")) if p.is_file()}

    before = digest()
    module = importlib.import_module("tests.golden_update")
    importlib.reload(module)
    assert digest() == before
