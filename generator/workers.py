"""The build's worker processes: extraction on every core the build may use.

Forked workers start with what the build has loaded and load what extracting the
languages needs (PyThaiNLP's dictionary) while the archive is read. Each reads its
file itself, files the article in the cache under the key of the bytes it read, and
returns that key with it, so an article is always filed under the bytes it was
extracted from (and the main process does not spend seconds writing the cache
while the workers wait).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import os
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from generator import cache
from generator.errors import ArticleError
from generator.faults import quiet_child
from generator.meetings import summarize
from generator.model import Article, ArticleSummary
from generator.pipeline import prepare_extraction, process_article
from generator.searchtext import PackedTerms

log = logging.getLogger("generator")

_WORKERS = max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
"""One worker per core this process may run on (GitHub's runners have 4, this machine 2)."""
ARTICLES_A_WORKER = 16
"""A worker's start (Thai models, half a second) costs about what extracting or indexing 16 articles
does: a rebuild with fewer to do gets one worker, not one a core competing with MkDocs for them
(a new meeting at 1,000 meetings on two cores: 0.96-1.01 s with one, 1.07-1.18 with two). The search
indexes of the languages are jobs of their own (``worker_pool``'s ``jobs``): one after the other on one worker
they were a new meeting's longest path at 5,000 meetings (0.64 s of its 1.8)."""


def extract_articles(sources: dict[str, bytes], languages: list[str] | None) -> tuple[list[Article], list[ArticleError]]:
    """Run the pure pipeline over every source, on every core (``check`` and ``extract``;
    ``build_site`` keeps what it extracted)."""
    results = _run(_process, [(name, data, languages) for name, data in sources.items()])
    return [r for r in results if not isinstance(r, ArticleError)], [r for r in results if isinstance(r, ArticleError)]


def _progress(results, total: int):
    """Yield ``results``, showing count and rate on a terminal (and nothing elsewhere)."""
    show = sys.stderr.isatty()
    started = time.monotonic()
    for done, result in enumerate(results, 1):
        if show and (done % 25 == 0 or done == total):
            rate = done / max(time.monotonic() - started, 1e-6)
            print(f"\rextracting {done}/{total} articles, {rate:.0f}/s", end="" if done < total else "\n",
                  file=sys.stderr, flush=True)
        yield result


def _process(job) -> Article | ArticleError:
    path, data, languages = job
    try:
        return process_article(path, data, languages)
    except ArticleError as err:
        return err
    except Exception as err:  # a bug must not cost the other articles their pages
        return ArticleError(path, None, f"internal error: {type(err).__name__}: {err}",
                            "please report this with the file attached")


def summarize_sources(paths: dict[str, str], keys: dict[str, str], languages: list[str], cache_dir: Path,
                      known: dict[str, dict], staged: Path, pool: ProcessPoolExecutor
                      ) -> tuple[dict[str, ArticleSummary], dict[str, Article], list[ArticleError]]:
    """The summary of every source (``known``: by cache key, from the last build); the
    sources without one are extracted (or loaded from the cache) on ``pool``, new
    extractions kept in ``staged`` until the build succeeds, under the key of the bytes
    that were extracted (``keys`` is updated: a file may change after it was hashed).
    Returns the summaries by source, the articles loaded in full, and the errors."""
    summaries, jobs = {}, []
    for name in paths:
        summary = known.get(keys[name])
        if summary is not None:
            summaries[name] = ArticleSummary(**{**summary, "pairing": tuple(summary["pairing"])})
        else:
            jobs.append((name, paths[name], languages, str(cache_dir / f"{keys[name]}.json"), str(staged)))
    results = _run(_summarize, jobs, pool, _shared_terms)
    errors = [r for r in results if isinstance(r, ArticleError)]
    extracted = {}
    for article, summary, key in (r for r in results if not isinstance(r, ArticleError)):
        summaries[article.path] = summary
        extracted[article.path] = article
        keys[article.path] = key
        for line, dropped in article.leftovers.items():  # web-page leftovers left out of the page
            log.info("%s:%s: page leftover dropped: %s", article.path, line, dropped)
    log.info("%d articles extracted or loaded, %d known", len(results), len(paths) - len(jobs))
    order = {name: i for i, name in enumerate(paths)}
    return dict(sorted(summaries.items(), key=lambda item: order[item[0]])), extracted, errors


Summarized = tuple[Article, ArticleSummary, str]


def _shared_terms(result: Summarized | ArticleError) -> Summarized | ArticleError:
    """A worker's article with its search terms packed (``searchtext.PackedTerms``), their strings
    shared with the other articles' (an article comes back with strings of its own), as it arrives:
    the build holds no article twice."""
    if isinstance(result, ArticleError):
        return result
    article, summary, key = result
    return replace(article, terms=PackedTerms(article.terms)), summary, key


def _summarize(job):
    """One source's article, summary and cache key; an article extracted (not in the cache)
    is filed in ``staged`` under the key of the bytes read."""
    name, path, languages, cached, staged = job
    article = cache.load_file(Path(cached))
    if article is not None:
        return article, summarize(article), Path(cached).stem
    article, key = _extract(name, path, languages)
    if isinstance(article, ArticleError):
        return article
    cache.store(Path(staged), key, article)
    return article, summarize(article), key


def _extract(name: str, path: str, languages: list[str]) -> tuple[Article | ArticleError, str]:
    """The article of the file's bytes as they are now, and their cache key."""
    try:
        data = Path(path).read_bytes()
    except OSError as err:  # deleted or made unreadable during the build
        return ArticleError(name, None, f"cannot be read: {err.strerror}"), ""
    return _process((name, data, languages)), cache.cache_key(data, name)


def _run(function, jobs: list, pool: ProcessPoolExecutor | None = None, each=None) -> list:
    """``function`` over ``jobs``: on ``pool``, or on every core when there are several; ``each``
    applied here to each result as it arrives."""
    if pool is None and len(jobs) < 2:
        return [(each or _same)(function(job)) for job in jobs]
    with contextlib.nullcontext(pool) if pool is not None else worker_pool() as pool:
        results = _progress(pool.map(function, jobs, chunksize=max(1, min(8, len(jobs) // (4 * _WORKERS)))), len(jobs))
        return list(map(each or _same, results))


def _same(result):
    return result


@contextlib.contextmanager
def worker_pool(prepare: Sequence[str] = (), articles: int | None = None, jobs: int = 1) -> Iterator[ProcessPoolExecutor]:
    """Forked workers, one a core (for ``articles`` to do, one per ``ARTICLES_A_WORKER`` of them, and at least
    one per job of ``jobs`` that run side by side): they start with what this process has loaded, and load what
    extracting the languages ``prepare`` needs, each worker one language first, in turn, then the others.
    Stopped at once if the build fails."""
    context = multiprocessing.get_context("fork")
    workers = _WORKERS if articles is None else min(_WORKERS, max(1, jobs, -(-articles // ARTICLES_A_WORKER)))
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(list(prepare), context.Value("i", 0)))
    try:
        yield pool
    except BaseException:
        stop_pool(pool)
        raise
    pool.shutdown()


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool``'s workers at once, whatever they are doing (a failed build's, or ones started
    for a rebuild that turns out to have nothing to extract)."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):  # no public way to stop a running job
        process.kill()
    pool.shutdown(wait=False, cancel_futures=True)


class EarlyWorker:
    """A rebuild's extraction worker, started before the sources are hashed: most rebuilds extract one
    article or a few, and the worker's start (Thai models, half a second) came after the hashing on a new
    meeting's path. Closed (stopped at once) when there is nothing to extract or more than one worker does
    well; ``pool`` while it is open. As a context, it stops its worker as ``worker_pool`` does."""

    def __init__(self, languages: list[str], start: bool):
        self._context = worker_pool(languages, 1) if start else None
        self.pool = self._context.__enter__() if self._context else None
        if self.pool:
            self.pool.submit(int)

    def close(self) -> None:
        if self.pool:
            stop_pool(self.pool)
        self.pool = self._context = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        if self._context:
            self._context.__exit__(*exc)
        self.pool = self._context = None


def _start_worker(prepare: list[str], started) -> None:
    quiet_child()
    fewer_collections()
    if not prepare:
        return
    with started.get_lock():  # the how-manieth worker this is
        turn, started.value = started.value, started.value + 1
    for lang in prepare[turn % len(prepare):] + prepare[:turn % len(prepare)]:  # its own language first, then the
        try:  # others: the pool gives a job to the first worker free, whatever its language
            _warm_up(lang)
        except Exception:  # left to the first article that needs it, whose error names its file
            pass


_WARM_UP = {
    "hi": "बीटीओ- 27 फरवरी 2024 को प्रांतीय समिति ने बैठक की। बैठक में 1,549 सदस्य उपस्थित थे, जो पिछले वर्ष से 12% अधिक है।",
    "th": "BTO- บ่ายวันที่ 27 กุมภาพันธ์ 2567 คณะกรรมการจังหวัดได้จัดการประชุม มีสมาชิกเข้าร่วม 1,549 ราย เพิ่มขึ้น 12%",
}


def _warm_up(lang: str) -> None:
    """Extract a two-sentence article in ``lang``, while the archive is read: what the first
    article loads (for Thai, PyThaiNLP's word list, part-of-speech and sentence models,
    1-1.5 s) is loaded before the worker's first article, not in its time."""
    if lang not in _WARM_UP:
        prepare_extraction([lang])
        return
    with contextlib.suppress(ArticleError):  # (for Thai, not the pure-Python word list prepare_extraction builds)
        process_article(f"warm-up.{lang}.txt", _WARM_UP[lang].encode(), [lang])


def fewer_collections() -> None:
    """The extraction makes a million small objects that live until the end: Python's
    default collector ran a full collection every few thousand of them (a third of
    loading PyThaiNLP's dictionary)."""
    gc.set_threshold(50_000, 20, 100)


def load_article(cache_dir: Path, staged: Path, keys: dict[str, str], name: str, path: str, languages: list[str]) -> Article:
    """An unchanged article of a changed meeting, from the cache (or extracted again, into
    ``staged``, under the key of the bytes read: ``keys`` is updated)."""
    cached = cache.load(cache_dir, keys[name])
    if cached is not None:
        return replace(cached, terms=PackedTerms(cached.terms))
    article, keys[name] = _extract(name, path, languages)
    if isinstance(article, ArticleError):  # it was extracted before: changed since, or a bug
        raise ArticleError(article.path, article.line, f"{article.message} (changed during the build: build again)")
    cache.store(staged, keys[name], article)
    return article
