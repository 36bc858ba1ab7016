"""The extraction cache: one JSON file per source in ``site-data/cache/``, keyed by
the hash of the file's bytes and of the generator itself (its code and language
data), so adding one article re-extracts one article and changing the generator
re-extracts all. The key is always that of the bytes that were extracted (hashed
where they were read): a file changed while a build reads it cannot file one
version's figures under the other's key.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path

from generator.model import Article, Check, Figure, Sentence

CACHE_DIR = "cache"


@functools.cache
def generator_version() -> str:
    """Hash of every file of the generator package (code, language data, schema)."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix in {".py", ".yml", ".json"}):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(data: bytes, path: str) -> str:
    """The cache file name of one source: its bytes, its path (errors name it) and the generator."""
    return hashlib.sha256(data + b"\0" + path.encode() + b"\0" + generator_version().encode()).hexdigest()[:32]


def load(cache_dir: Path, key: str) -> Article | None:
    return load_file(cache_dir / f"{key}.json")


def load_file(path: Path) -> Article | None:
    try:
        return article_from_dict(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, TypeError, KeyError):
        return None  # missing or unreadable: extract again


def store(cache_dir: Path, key: str, article: Article) -> None:
    """Keep ``article`` under ``key``, which must be the key of the bytes it was extracted
    from (``cache_key``); written whole or not at all."""
    cache_dir.mkdir(parents=True, exist_ok=True)
    temporary = cache_dir / f".{key}.tmp"
    temporary.write_text(json.dumps(asdict(article), ensure_ascii=False), "utf-8")
    os.replace(temporary, cache_dir / f"{key}.json")


def article_from_dict(data: dict) -> Article:
    """The inverse of ``dataclasses.asdict`` for an ``Article``.

    >>> from generator.pipeline import process_article
    >>> a = process_article("x.txt", "BTO- บ่ายวันที่ 27 กุมภาพันธ์ 2567 มีสมาชิก 1,549 ราย\\r\\n".encode())
    >>> article_from_dict(json.loads(json.dumps(asdict(a)))) == a
    True
    """
    return Article(**{
        **data,
        "paragraphs": tuple(tuple(p) for p in data["paragraphs"]),
        "sentences": tuple(Sentence(**s) for s in data["sentences"]),
        "figures": tuple(Figure(**f) for f in data["figures"]),
        "checks": tuple(Check(**{**c, "figures": tuple(c["figures"])}) for c in data["checks"]),
        "shifts": tuple(tuple(s) for s in data.get("shifts", ())),
    })
