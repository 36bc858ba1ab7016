"""Score the extractor against gold files written apart from it.

    python bench/gold.py tests/corpus/dev tests/corpus/held tests/corpus/samples

Each folder holds ``*.gold.json`` (or ``*.json``) files in the format of ``shared/gold``. The
matching is ``tests/gold_scoring.py``'s. Prints value F1 and value+label F1 per folder and
language, and with ``-v`` each missed or extra figure and each wrong label.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.gold_scoring import f1, score_file  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss, extra figure and wrong label")
    args = parser.parse_args()
    print("| gold | lang | articles | figures | value F1 | value+label F1 (same words) | value+label F1 (half the words) |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for folder in args.folders:
        totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        files = sorted(folder.glob("*.gold.json")) or sorted(folder.glob("*.json"))
        for path in files:
            result = score_file(path, args.verbose)
            for key in ("all", result["lang"]):
                totals[key]["articles"] += 1
                for k in ("gold", "found", "tp", "exact", "overlap"):
                    totals[key][k] += result[k]
        for key in sorted(totals, key=lambda k: k != "all"):
            t = totals[key]
            print(f"| {folder} | {key} | {t['articles']} | {t['gold']} | {f1(t['tp'], t['found'], t['gold']):.3f} "
                  f"| {f1(t['exact'], t['found'], t['gold']):.3f} | {f1(t['overlap'], t['found'], t['gold']):.3f} |")


if __name__ == "__main__":
    main()
