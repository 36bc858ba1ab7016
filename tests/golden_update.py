"""Rewrite every golden file from the current generator: ``make golden``."""

from tests.golden_cases import GOLDEN, cases, render_case

for case in cases():
    for name, text in render_case(case).items():
        (GOLDEN / case / name).write_text(text, "utf-8")
    print(f"updated tests/golden/{case}")
