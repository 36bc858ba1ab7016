"""Build benchmark: N bilingual meetings, full build, rebuilds, memory, size, and two references.

    .venv/bin/python bench/build.py --sizes 100 1000 5000

For each N it synthesises N meetings from the samples and the test articles
(numbers perturbed the same way in both languages, paragraphs rotated, one
meeting id and date each), then measures in a temporary project, with a copy of
the generator taken when the benchmark starts (edits made while it runs are not measured):

- full build from scratch (extraction, pages, MkDocs, search index),
- rebuild with nothing changed, after adding the newest meeting, and after adding
  a meeting dated inside the archive (two articles each): the median of three,
- peak memory (the largest process of any of these builds), and site/ size per page,
- two references, one run each, after the builds:
  - "plain": what an editor would otherwise do, plain MkDocs + Material (with its
    search) on the articles' own text, one Markdown page per article (its first line
    as the heading, its paragraphs under it), sections-only nav;
  - "pages": the same MkDocs on the generated Markdown pages (boxes and tables included).
"""

from __future__ import annotations

import argparse
import atexit
import compileall
import functools
import os
import random
import re
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
DAYS = 3650  # one meeting a day over ten years, then the dates wrap around

PAIRS = [("content/000_23a266ace8edb898.txt", "content/001_94da9129867dff51.txt")] + [
    (f"tests/articles/{name}.hi.txt", f"tests/articles/{name}.th.txt") for name in ("agri", "budget", "flood", "tourism")]
_NUMBER = re.compile(r"(?<![\d,.])\d{3,5}(?![\d,.])")


def synthesise(content: Path, n: int, start: int = 0, seed: int = 7, day: date | None = None) -> list[Path]:
    """Write n bilingual meetings (2n files) into content/: each from one of the five
    bilingual pairs, paragraphs rotated, about one in four left out (the same ones in both
    languages), numbers perturbed: meetings differ in their paragraphs and figures.
    Meeting i is dated day i (modulo ten years) unless ``day`` is given."""
    sources = [tuple((ROOT / p).read_text("utf-8") for p in pair) for pair in PAIRS]
    written = []
    for i in range(start, start + n):
        rng = random.Random(seed * 100003 + i)
        shift = {}
        when = day or date(2015, 1, 1) + timedelta(days=i % DAYS)
        rotation = rng.randrange(1, 4) if i % 2 else 0  # the same for both translations
        keep = [rng.random() > 0.25 for _ in range(64)]
        for lang, text in zip(("hi", "th"), sources[i % len(sources)]):
            lines = text.split("\n")
            body = lines[1:]
            k = rotation % max(len(body) - 4, 1)
            body = body[k:] + body[:k] if k else body
            body = [line for j, line in enumerate(body) if keep[j % len(keep)]]
            text = "\n".join([lines[0]] + body)
            text = _NUMBER.sub(lambda m, shift=shift, rng=rng: _perturbed(m.group(), shift, rng), text)
            path = content / f"m{i:05d}.{lang}.txt"
            path.write_text(f"---\nmeeting: m{i:05d}\ndate: {when.isoformat()}\n---\n{text}", "utf-8")
            written.append(path)
    return written


def _perturbed(number: str, shift: dict[str, int], rng: random.Random) -> str:
    """A number moved by 1-49, the same way each time in the meeting; years stay."""
    if 1900 <= int(number) <= 2700:
        return number
    return str(shift.setdefault(number, int(number) + rng.randrange(1, 50)))


@functools.cache
def _generator() -> Path:
    """The generator as it is when the benchmark starts (every size measures the same code)."""
    folder = Path(tempfile.mkdtemp(prefix="bench-generator-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)  # not left in /tmp after the run
    copy = folder / "generator"
    shutil.copytree(ROOT / "generator", copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def project(n: int) -> Path:
    """A project of n meetings with its own copy of the generator (``python -m generator``
    run in it imports this copy, and so do its MkDocs runs)."""
    root = Path(tempfile.mkdtemp(prefix=f"bench-{n}-"))
    shutil.copytree(ROOT / "theme", root / "theme")
    shutil.copytree(_generator(), root / "generator")
    # The generator's bytecode, as an installed package has it (PYTHONDONTWRITEBYTECODE would
    # otherwise have every build compile it again, a tenth of a second).
    compileall.compile_dir(root / "generator", quiet=1)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    (root / "content").mkdir()
    synthesise(root / "content", n)
    return root


def timed(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Seconds, and the peak memory in MB of the largest process the command ran."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        if process.returncode:
            errors.seek(0)
            raise SystemExit(f"{' '.join(cmd)} failed:\n{errors.read().decode(errors='replace')[-3000:]}")
    return seconds, usage.ru_maxrss / 1024


def reference_pages(root: Path) -> float:
    """Plain MkDocs + Material on the generated Markdown pages, sections-only nav, one run."""
    return _mkdocs(root, root / "build" / "docs", "pages")


def reference_plain(root: Path) -> float:
    """Plain MkDocs + Material on the articles' own text: a page per article, its first line
    as the heading and its paragraphs under it, sections-only nav, one run."""
    docs = root / "plain-docs"
    for source in sorted((root / "content").glob("*.txt")):
        text = source.read_text("utf-8").split("---\n", 2)[-1]
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        meeting, lang = source.name.split(".")[:2]
        page = docs / lang / f"{meeting}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"# {lines[0]}\n\n" + "\n\n".join(lines[1:]) + "\n", "utf-8")
    for lang in ("hi", "th"):
        (docs / lang / "index.md").write_text(f"# {lang}\n", "utf-8")
    return _mkdocs(root, docs, "plain")


def _mkdocs(root: Path, docs: Path, name: str) -> float:
    config = root / f"reference-{name}.yml"
    config.write_text(f"site_name: reference\ndocs_dir: {docs}\nsite_dir: {root / ('reference-site-' + name)}\n"
                      "theme:\n  name: material\n  font: false\nplugins:\n  - search\n"
                      "nav:\n  - hi/index.md\n  - th/index.md\n", "utf-8")
    return timed([PYTHON, "-m", "mkdocs", "build", "-q", "-f", str(config)], root)[0]


def measure(n: int) -> dict:
    root = project(n)
    build = [PYTHON, "-m", "generator", "build"]
    full, peak = timed(build, root)
    runs = {"nothing": [], "newest": [], "inside": []}
    for k in range(REPEAT):
        runs["nothing"].append(timed(build, root))
        # The newest meeting up to 3,650 meetings (one a day); beyond, the dates wrap and it lands inside.
        synthesise(root / "content", 1, start=n + 2 * k)
        runs["newest"].append(timed(build, root))
        synthesise(root / "content", 1, start=n + 2 * k + 1, day=date(2015, 1, 1) + timedelta(days=min(n, DAYS) // 2 + k))
        runs["inside"].append(timed(build, root))
    peak = max([peak] + [mb for times in runs.values() for _, mb in times])
    pages = sum(1 for _ in (root / "site").rglob("index.html"))
    size = sum(p.stat().st_size for p in (root / "site").rglob("*") if p.is_file())
    ref_pages = reference_pages(root)
    ref_plain = reference_plain(root)
    shutil.rmtree(root)
    return {"n": n, "full": full, "pages": pages, "peak_mb": peak, "kb_per_page": size / 1024 / pages,
            "ref_pages": ref_pages, "ref_plain": ref_plain,
            **{name: statistics.median(s for s, _ in times) for name, times in runs.items()}}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 5000])
    args = parser.parse_args()
    _generator()
    commit = subprocess.run(["git", "log", "-1", "--format=%h %cd", "--date=format:%H:%M"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    print(f"generator of {commit} (and any uncommitted change); {len(os.sched_getaffinity(0))} cores")
    print(f"{'meetings':>8} {'pages':>6} {'full s':>7} {'plain s':>7} {'full/plain':>10} {'pages s':>7} {'full/pages':>10} "
          f"{'no change s':>11} {'+1 newest s':>11} {'+1 inside s':>11} {'peak MB':>8} {'KB/page':>8}")
    for n in args.sizes:
        r = measure(n)
        print(f"{r['n']:>8} {r['pages']:>6} {r['full']:>7.1f} {r['ref_plain']:>7.1f} {r['full'] / r['ref_plain']:>10.2f} "
              f"{r['ref_pages']:>7.1f} {r['full'] / r['ref_pages']:>10.2f} {r['nothing']:>11.2f} {r['newest']:>11.2f} "
              f"{r['inside']:>11.2f} {r['peak_mb']:>8.0f} {r['kb_per_page']:>8.1f}", flush=True)


if __name__ == "__main__":
    main()
