"""Extraction throughput on one core (CPU time of this process), per language: the samples,
then 1,000 synthetic articles.

Prints articles per second; run with `make bench`. Synthetic articles are the
sample and test articles with their numbers perturbed and paragraphs rotated. An
article extracted but left unpublished (no date: a perturbed year can leave a
yearless date without one) counts as extracted.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.pipeline import IncompleteArticle, process_article  # noqa: E402


def synthetic(sources: list[bytes], n: int, seed: int = 1) -> list[bytes]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lines = sources[i % len(sources)].decode().split("\n")
        lead, body = lines[0], lines[1:]
        k = rng.randrange(len(body) or 1)
        body = body[k:] + body[:k]
        text = "\n".join([lead] + body)
        text = re.sub(r"(?<![\d,.])\d{3,5}(?![\d,.])", lambda m: str(int(m.group()) + rng.randrange(1, 9)), text)
        out.append(text.encode())
    return out


def measure(label: str, files: list[bytes], repeat: int = 1) -> None:
    seconds: dict[str, float] = {}
    counts: dict[str, int] = {}
    figures: dict[str, int] = {}
    for _ in range(repeat):
        for i, data in enumerate(files):
            start = time.process_time()
            try:
                article = process_article(f"a{i}.txt", data, ["hi", "th"])
            except IncompleteArticle as err:
                article = err.article
            spent = time.process_time() - start
            seconds[article.lang] = seconds.get(article.lang, 0.0) + spent
            counts[article.lang] = counts.get(article.lang, 0) + 1
            figures[article.lang] = figures.get(article.lang, 0) + len(article.figures)
    for lang in sorted(counts):
        count, spent = counts[lang], seconds[lang]
        print(f"{label:<20} {lang}  {count:>6} articles  {spent:7.2f} s  {count / spent:8.1f} articles/s"
              f"  {1000 * spent / count:6.1f} ms/article  {figures[lang] / spent:9.0f} figures/s")


def main() -> None:
    samples = [p.read_bytes() for p in sorted((ROOT / "content").glob("*.txt"))[:2]]
    articles = samples + [p.read_bytes() for p in sorted((ROOT / "tests/articles").glob("*.txt"))]
    process_article("warm.txt", samples[1], ["hi", "th"])  # load PyThaiNLP's dictionaries once
    measure("samples (x50)", samples, repeat=50)
    measure("synthetic 1,000", synthetic(articles, 1000))


if __name__ == "__main__":
    main()
