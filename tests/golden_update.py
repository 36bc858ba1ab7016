"""Rewrite every golden file from the current generator: ``make golden``.

Only as a program: pytest collects ``tests/`` (doctests included), and importing this
module must never rewrite the files that ``test_golden`` compares.
"""

from tests.golden_cases import GOLDEN, cases, render_case


def update() -> None:
    for case in cases():
        for name, text in render_case(case).items():
            (GOLDEN / case / name).write_text(text, "utf-8")
        print(f"updated tests/golden/{case}")


if __name__ == "__main__":
    update()
