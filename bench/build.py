"""Build benchmark: N bilingual meetings, full build, rebuilds, memory, size, and a reference.

    .venv/bin/python bench/build.py --sizes 100 1000 5000

For each N it synthesises N meetings from the samples and the test articles
(numbers perturbed the same way in both languages, paragraphs rotated, one
meeting id and date each), then measures in a temporary project:

- full build from scratch (extraction, pages, MkDocs, search index),
- rebuild with nothing changed, and after adding one meeting (two articles): the
  median of three,
- peak memory (largest process), and site/ size per page,
- the reference: plain MkDocs with Material on the same generated Markdown
  pages, sections-only nav, one run.
"""

from __future__ import annotations

import argparse
import compileall
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
REPEAT = 3  # rebuilds are timed three times each, the median reported (this machine varies 15-30%)

PAIRS = [("content/000_23a266ace8edb898.txt", "content/001_94da9129867dff51.txt")] + [
    (f"tests/articles/{name}.hi.txt", f"tests/articles/{name}.th.txt") for name in ("agri", "budget", "flood", "tourism")]
_NUMBER = re.compile(r"(?<![\d,.])\d{3,5}(?![\d,.])")


def synthesise(content: Path, n: int, start: int = 0, seed: int = 7) -> list[Path]:
    """Write n bilingual meetings (2n files) into content/: each from one of the five
    bilingual pairs, paragraphs rotated, about one in four left out (the same ones in both
    languages), numbers perturbed: meetings differ in their paragraphs and figures."""
    sources = [tuple((ROOT / p).read_text("utf-8") for p in pair) for pair in PAIRS]
    written = []
    for i in range(start, start + n):
        rng = random.Random(seed * 100003 + i)
        shift = {}
        day = date(2015, 1, 1) + timedelta(days=i % 3650)
        rotation = rng.randrange(1, 4) if i % 2 else 0  # the same for both translations
        keep = [rng.random() > 0.25 for _ in range(64)]
        for lang, text in zip(("hi", "th"), sources[i % len(sources)]):
            lines = text.split("\n")
            body = lines[1:]
            k = rotation % max(len(body) - 4, 1)
            body = body[k:] + body[:k] if k else body
            body = [line for j, line in enumerate(body) if keep[j % len(keep)]]
            text = "\n".join([lines[0]] + body)
            text = _NUMBER.sub(lambda m: str(shift.setdefault(m.group(), int(m.group()) + rng.randrange(1, 50)))
                               if not 1900 <= int(m.group()) <= 2700 else m.group(), text)
            path = content / f"m{i:05d}.{lang}.txt"
            path.write_text(f"---\nmeeting: m{i:05d}\ndate: {day.isoformat()}\n---\n{text}", "utf-8")
            written.append(path)
    return written


def project(n: int) -> Path:
    root = Path(tempfile.mkdtemp(prefix=f"bench-{n}-"))
    shutil.copytree(ROOT / "theme", root / "theme")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "content").mkdir()
    synthesise(root / "content", n)
    return root


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{result.stderr[-3000:]}")
    return time.perf_counter() - start


def reference(root: Path) -> float:
    """Plain MkDocs + Material, the same Markdown pages, sections-only nav, one run."""
    docs = root / "build" / "docs"
    config = root / "reference.yml"
    config.write_text(f"site_name: reference\ndocs_dir: {docs}\nsite_dir: {root / 'reference-site'}\n"
                      "theme:\n  name: material\n  font: false\nplugins:\n  - search\n"
                      "nav:\n  - hi/index.md\n  - th/index.md\n", "utf-8")
    return timed([PYTHON, "-m", "mkdocs", "build", "-q", "-f", str(config)], root)


def measure(n: int) -> dict:
    root = project(n)
    build = [PYTHON, "-m", "generator", "build"]
    full = timed(build, root)
    nothing = statistics.median(timed(build, root) for _ in range(REPEAT))
    ones = []
    for k in range(REPEAT):  # one new meeting at a time: the newest up to 3,650 meetings (one a day), inside the archive beyond
        synthesise(root / "content", 1, start=n + k)
        ones.append(timed(build, root))
    one = statistics.median(ones)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    pages = sum(1 for _ in (root / "site").rglob("index.html"))
    size = sum(p.stat().st_size for p in (root / "site").rglob("*") if p.is_file())
    ref = reference(root)
    shutil.rmtree(root)
    return {"n": n, "full": full, "nothing": nothing, "one": one, "peak_mb": peak,
            "kb_per_page": size / 1024 / pages, "pages": pages, "reference": ref}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    args = parser.parse_args()
    # The generator's bytecode, as an installed package has it (PYTHONDONTWRITEBYTECODE would
    # otherwise have every build compile it again, a tenth of a second).
    compileall.compile_dir(ROOT / "generator", quiet=1)
    print(f"{'meetings':>8} {'pages':>6} {'full s':>7} {'ref s':>6} {'full/ref':>8} {'no change s':>11} "
          f"{'+1 meeting s':>12} {'peak MB':>8} {'KB/page':>8}")
    for n in args.sizes:
        r = measure(n)
        print(f"{r['n']:>8} {r['pages']:>6} {r['full']:>7.1f} {r['reference']:>6.1f} {r['full'] / r['reference']:>8.2f} "
              f"{r['nothing']:>11.2f} {r['one']:>12.2f} {r['peak_mb']:>8.0f} {r['kb_per_page']:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
