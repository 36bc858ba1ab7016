"""Extraction throughput on one core (CPU time of this process): the samples, then 1,000 synthetic articles.

Prints articles per second; run with `make bench`. Synthetic articles are the
sample and test articles with their numbers perturbed and paragraphs rotated.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.pipeline import process_article  # noqa: E402


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
    start = time.process_time()
    figures = 0
    for _ in range(repeat):
        for i, data in enumerate(files):
            figures += len(process_article(f"a{i}.txt", data, ["hi", "th"]).figures)
    seconds = time.process_time() - start
    count = len(files) * repeat
    print(f"{label:<32} {count:>6} articles  {seconds:7.2f} s  {count / seconds:8.1f} articles/s  {figures / seconds:9.0f} figures/s")


def main() -> None:
    samples = [p.read_bytes() for p in sorted((ROOT / "content").glob("*.txt"))[:2]]
    articles = samples + [p.read_bytes() for p in sorted((ROOT / "tests/articles").glob("*.txt"))]
    process_article("warm.txt", samples[1], ["hi", "th"])  # load PyThaiNLP's dictionaries once
    measure("samples (x50)", samples, repeat=50)
    measure("synthetic 1,000", synthetic(articles, 1000))


if __name__ == "__main__":
    main()
